import { ACCREDITATION_CLASS_LIMITS, BELGIAN_TRIGGERS, requiredAccreditationClass, type Block, type Rule, type RuleContext } from '@tenderlint/core';
import { ACCREDITATION, CATEGORY_CLASS, CLASS_CATEGORY, CLASS_ONLY, COMPACT, HINTS } from './data/cues.js';
import { amountInRow, formatEuro, lotOf, valueFor } from './scope.js';

interface Demand {
  category?: string;
  class: number;
  lot: number | null;
  block: Block;
  start: number;
  end: number;
}

const PAIR_HINT = /\b(?:klasse|classe|class)\s*:?\s*[1-8]\b/iu;
const CATEGORY_HINT = /\b(?:onder|sous-|sub-?)?(?:categorie|catégorie|category)\b/iu;

/** Accreditation classes the document asks, with the lot each applies to. */
function readDemands(context: RuleContext): Demand[] {
  const out: Demand[] = [];
  for (const block of context.document.blocks) {
    if (block.kind === 'heading' || !HINTS.accreditation.test(block.text)) continue;
    const text = block.text;
    if (!ACCREDITATION.test(text) && !(PAIR_HINT.test(text) && CATEGORY_HINT.test(text))) continue;
    for (const s of context.sentences(block)) {
      const found: { category?: string; cls: number; index: number; length: number }[] = [];
      const overlaps = (index: number, length: number) => found.some((f) => f.index < index + length && index < f.index + f.length);
      for (const re of [CATEGORY_CLASS, CLASS_CATEGORY]) {
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
          const [category, cls] = re === CATEGORY_CLASS ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
          if (!overlaps(m.index, m[0].length)) found.push({ category, cls: Number(cls), index: m.index, length: m[0].length });
        }
      }
      if (!found.length && ACCREDITATION.test(s.text)) {
        for (const re of [COMPACT, CLASS_ONLY]) {
          re.lastIndex = 0;
          for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
            found.push(re === COMPACT ? { category: m[2]!, cls: Number(m[1]), index: m.index, length: m[0].length } : { cls: Number(m[1]), index: m.index, length: m[0].length });
          }
          if (found.length) break;
        }
      }
      for (const f of found) out.push({ category: f.category, class: f.cls, lot: lotOf(context, block, s.text.slice(0, f.index + f.length)), block, start: s.start, end: s.end });
    }
  }
  return out;
}

const rule: Rule = {
  meta: {
    id: 'accreditation/class-matches-value',
    pack: 'accreditation',
    principle: ['2.3', '2.5.2'],
    legal: 'Wet 20 maart 1991 (erkenning van aannemers); KB 26 september 1991, art. 3, gewijzigd bij KB 14 april 2024',
    severity: 'error',
    messages: {
      tooLow: {
        nl: 'De gevraagde erkenningsklasse {cls} volstaat niet voor werken van {value} excl. btw{scope}: klasse {cls} dekt opdrachten tot {limit}, deze waarde vraagt klasse {required} (KB 26 september 1991, art. 3, bedragen sinds 1 juni 2024). Een aannemer in klasse {cls} mag deze werken niet uitvoeren. Vraag klasse {required}.',
        fr: 'La classe d\'agréation {cls} exigée ne suffit pas pour des travaux de {value} HTVA{scope} : la classe {cls} couvre les marchés jusqu\'à {limit}, ce montant requiert la classe {required} (AR du 26 septembre 1991, art. 3, montants depuis le 1er juin 2024). Exigez la classe {required}.',
        en: 'The accreditation class {cls} asked for is too low for works of {value} excl. VAT{scope}: class {cls} covers contracts up to {limit}, this value needs class {required} (Royal Decree of 26 September 1991 art. 3, amounts since 1 June 2024). Ask class {required}.',
      },
      tooHigh: {
        nl: 'De gevraagde erkenningsklasse {cls} is hoger dan wat werken van {value} excl. btw{scope} vragen: klasse {required} volstaat (KB 26 september 1991, art. 3, bedragen sinds 1 juni 2024). Een te hoge klasse sluit kleinere aannemers zonder reden uit (Vlaams plan overheidsopdrachten 2.3). Vraag klasse {required}.',
        fr: 'La classe d\'agréation {cls} exigée dépasse ce que requièrent des travaux de {value} HTVA{scope} : la classe {required} suffit (AR du 26 septembre 1991, art. 3, montants depuis le 1er juin 2024). Une classe trop élevée écarte sans raison les petites entreprises (plan flamand 2.3). Exigez la classe {required}.',
        en: 'The accreditation class {cls} asked for is higher than works of {value} excl. VAT{scope} need: class {required} is enough (Royal Decree of 26 September 1991 art. 3, amounts since 1 June 2024). Too high a class shuts out smaller contractors for no reason (Flemish procurement plan 2.3). Ask class {required}.',
      },
      missing: {
        nl: 'Voor deze werken van {value} excl. btw wordt geen erkenning als aannemer gevraagd. Vanaf € 75.000 is een erkenning in de passende (onder)categorie nodig, hier in klasse {required} (wet 20 maart 1991; KB 26 september 1991, art. 3). Vermeld de vereiste erkenning bij de selectie.',
        fr: 'Aucune agréation d\'entrepreneur n\'est exigée pour ces travaux de {value} HTVA. À partir de 75 000 €, une agréation dans la (sous-)catégorie adéquate est requise, ici en classe {required} (loi du 20 mars 1991 ; AR du 26 septembre 1991, art. 3). Indiquez l\'agréation requise dans la sélection.',
        en: 'No contractor accreditation is asked for these works of {value} excl. VAT. From €75,000 accreditation in the matching (sub)category is required, here class {required} (law of 20 March 1991; Royal Decree of 26 September 1991 art. 3). State the accreditation required under selection.',
      },
    },
    suggestions: {
      tooLow: { nl: 'erkenning in categorie {category}, klasse {required}', fr: 'agréation en catégorie {category}, classe {required}', en: 'accreditation in category {category}, class {required}' },
      tooHigh: { nl: 'erkenning in categorie {category}, klasse {required}', fr: 'agréation en catégorie {category}, classe {required}', en: 'accreditation in category {category}, class {required}' },
      missing: {
        nl: 'De inschrijver is erkend in categorie [..], klasse {required}, of toont aan dat hij voldoet aan de voorwaarden van artikel 3, § 1 van de wet van 20 maart 1991.',
        fr: 'Le soumissionnaire est agréé en catégorie [..], classe {required}, ou démontre qu\'il satisfait aux conditions de l\'article 3, § 1er de la loi du 20 mars 1991.',
        en: 'The tenderer is accredited in category [..], class {required}, or shows that it meets the conditions of article 3 § 1 of the law of 20 March 1991.',
      },
    },
    docs: {
      description: 'Works: checks that the accreditation class asked matches the estimated value of the contract or lot, and that accreditation is asked from €75,000.',
      rationale:
        'Belgian works contractors may only carry out works up to the amount of their accreditation class (law of 20 March 1991; class limits of the Royal Decree of 26 September 1991 art. 3 as amended on 14 April 2024: class 1 up to €162,000, class 2 up to €330,000, ... class 7 up to €6,396,000). Too low a class lets in contractors who may not carry out the works; too high a class shuts out smaller contractors (plan 2.3, 2.5.2). The class is judged against the value of the lot it applies to.',
      howToFix: 'Ask the lowest class whose limit covers the value of the lot (or of the contract): class = min{c : limit(c) >= value}.',
      examples: {
        valid: [
          { text: 'Dit is een opdracht voor werken.\n\nVoor deze werken, geraamd op € 250.000 excl. btw, is een erkenning in categorie D, klasse 2 vereist (of het bewijs van gelijkwaardige draagkracht).' },
        ],
        invalid: [
          { text: 'Dit is een opdracht voor werken.\n\nVoor deze werken, geraamd op € 250.000 excl. btw, is een erkenning in categorie D, klasse 5 vereist.', messageId: 'tooHigh' },
        ],
      },
    },
  },
  check(context) {
    if (context.facts.contractType?.value !== 'works') return;
    const lang = context.language;
    const total = valueFor(context, null);
    const demands = readDemands(context);
    if (!demands.length && !context.facts.accreditation.length) {
      if (total === undefined || total < BELGIAN_TRIGGERS.accreditationCategory) return;
      const required = requiredAccreditationClass(total);
      const anchor = context.anchorFor('selection', 'subject');
      if (anchor) context.report({ messageId: 'missing', severity: 'warning', data: { value: formatEuro(total, lang), required }, block: anchor, missing: true, suggestion: { messageId: 'missing', data: { required } } });
      return;
    }
    for (const d of demands) {
      const value = amountInRow(context, d.block) ?? (d.lot !== null ? valueFor(context, d.lot) : total);
      if (value === undefined || value < BELGIAN_TRIGGERS.accreditationSubcategory) continue;
      const required = requiredAccreditationClass(value);
      if (d.class === required) continue;
      const scope = d.lot === null ? '' : { nl: ` (perceel ${d.lot})`, fr: ` (lot ${d.lot})`, en: ` (lot ${d.lot})` }[lang];
      const tooLow = d.class < required;
      context.report({
        messageId: tooLow ? 'tooLow' : 'tooHigh',
        severity: tooLow ? 'error' : 'warning',
        data: { cls: d.class, required, value: formatEuro(value, lang), scope, limit: formatEuro(ACCREDITATION_CLASS_LIMITS[d.class - 1] ?? 0, lang) },
        block: d.block,
        start: d.start,
        end: d.end,
        suggestion: { messageId: tooLow ? 'tooLow' : 'tooHigh', data: { category: d.category ?? '..', required } },
      });
    }
  },
};

export default rule;
