/**
 * clarity/vague-requirement: a requirement softened by vague words ("voldoende", "zo snel mogelijk",
 * "bij voorkeur", "sufficient", ...) with no measure in the same sentence cannot be checked, priced
 * or enforced the same way by every tenderer.
 */
import { defineRule, type Block, type SectionKind, type Sentence } from '@tenderlint/core';
import { COMPLIANCE, LEGAL_SUBSECTION, MEASURE_WORD, NUMBER_WORD, REFERENCE_NUMBER } from './data/measure-cues.js';
import {
  AUTHORITY_BEFORE_SHORT_NAME,
  AUTHORITY_NAMED,
  AUTHORITY_SUBJECT,
  DOCUMENT_HEAD_BLOCKS,
  NOT_AUTHORITY_ACRONYM,
  CLAUSE_END,
  CONTRACTOR,
  NON_REQUIREMENT_HEADING,
  NOT_OBLIGATION,
  OBJECT_MARKER,
  OBLIGING,
  PASSIVE,
  SHORT_NAME,
  REQUIREMENT_HEADING,
} from './data/requirement-cues.js';
import { VAGUE, VAGUE_PREFILTER } from './data/vague-words.js';

/** Sections whose plain statements describe what the contractor delivers or does. */
const REQUIREMENT_SECTIONS = new Set<SectionKind>(['technical', 'execution']);

/** How many characters at the start of a sentence hold its subject. */
const SUBJECT_WINDOW = 60;

export default defineRule({
  meta: {
    id: 'clarity/vague-requirement',
    pack: 'clarity',
    principle: ['2.3'],
    legal: 'Plan 2.3; transparantiebeginsel (richtlijn 2014/24/EU art. 18(1))',
    severity: 'warning',
    messages: {
      vague: {
        nl: '"{words}" maakt deze eis vaag: er staat geen maat bij (een getal, een termijn, een norm of een ander controleerbaar criterium). Inschrijvers lezen zo\'n eis elk anders, prijzen ze anders in en de naleving is niet af te dwingen; plan 2.3 vraagt heldere, toegankelijke en transparante bewoordingen. Vervang het woord door een meetbare eis (bv. "uiterlijk binnen 4 uur", "minstens 2 vervangers per ploeg") of schrap het als het geen eis is.',
        fr: "« {words} » rend cette exigence vague : aucune mesure ne l'accompagne (un chiffre, un délai, une norme ou un autre critère vérifiable). Chaque soumissionnaire la lit autrement, la chiffre autrement et son respect ne peut être imposé ; le plan 2.3 demande des termes clairs, accessibles et transparents. Remplacez le mot par une exigence mesurable (p. ex. « au plus tard dans les 4 heures », « au moins 2 remplaçants par équipe ») ou supprimez-le si ce n'est pas une exigence.",
        en: '"{words}" makes this requirement vague: no measure comes with it (a number, a time limit, a standard or another criterion one can verify). Tenderers read, price and meet such a requirement differently and it cannot be enforced; plan 2.3 asks for clear, accessible and transparent wording. Replace the word with a measurable requirement (e.g. "within 4 hours at the latest", "at least 2 substitutes per team") or drop it if it is not a requirement.',
      },
    },
    docs: {
      description: 'Flags requirements softened by vague words ("voldoende", "zo snel mogelijk", "bij voorkeur", "in de mate van het mogelijke", ...) that come with no measure in the same sentence.',
      rationale:
        'Plan 2.3 asks for clear, accessible and transparent wording, and the principle of transparency (Directive 2014/24/EU art. 18(1)) asks that conditions be clear, precise and unequivocal, so that every tenderer understands them the same way and the authority can check them. "Voldoende personeel" or "zo snel mogelijk" cannot be priced or enforced; "minstens twee vervangers" or "uiterlijk binnen 4 uur" can.',
      howToFix: 'Put a measure in the sentence (a number, a time limit, a standard or a verifiable criterion), or, if the sentence is only a wish, write it as a wish outside the requirements or turn it into an award criterion.',
      examples: {
        valid: [
          { text: 'Warme maaltijden worden zo snel mogelijk en uiterlijk twintig minuten na het regenereren opgediend.', note: 'The vague words come with a measure.' },
          { text: '## Inleiding\n\nDe provincie kiest waar mogelijk voor circulaire oplossingen.', note: 'A policy statement, not a requirement.' },
          { text: "## Technische bepalingen\n\nHet schoolbestuur werkt bij voorkeur met menu's die de leerlingen mee samenstellen.", note: 'The authority, in whatever name, describing what it does itself.' },
        ],
        invalid: [
          { text: 'De opdrachtnemer moet over voldoende vervangend personeel beschikken om elke afwezigheid van de vaste ploeg op te vangen.', messageId: 'vague', note: 'A purpose is not a measure.' },
          { text: "L'adjudicataire doit, dans la mesure du possible, affecter les mêmes agents aux mêmes bâtiments.", lang: 'fr', messageId: 'vague' },
        ],
      },
    },
  },

  check(context) {
    const ownName = authorityAcronyms(context.document.blocks);
    // Many blocks share their headings: test each heading once.
    const nonRequirementHeading = memo(NON_REQUIREMENT_HEADING);
    const requirementHeading = memo(REQUIREMENT_HEADING);
    for (const block of context.document.blocks) {
      if (block.kind === 'heading' || !VAGUE_PREFILTER.test(block.text)) continue;
      if (block.headingPath.some(nonRequirementHeading)) continue;
      const inRequirements = REQUIREMENT_SECTIONS.has(context.facts.sections[block.id] ?? 'other') || block.headingPath.some(requirementHeading);
      for (const sentence of context.sentences(block)) {
        if (!VAGUE_PREFILTER.test(sentence.text)) continue;
        const s = withinQuotedValue(sentence);
        const vague = firstVague(s.text);
        if (!vague || hasMeasure(s.text) || !isRequirement(s, block, inRequirements, ownName)) continue;
        context.report({ messageId: 'vague', data: { words: vague.text }, block, start: s.start + vague.start, end: s.start + vague.end });
      }
    }
  },
});

/** A test of a pattern that keeps its answer per text. */
function memo(re: RegExp): (text: string) => boolean {
  const seen = new Map<string, boolean>();
  return (text) => {
    let hit = seen.get(text);
    if (hit === undefined) seen.set(text, (hit = re.test(text)));
    return hit;
  };
}

/**
 * Structured data pasted into a document (OCDS or TED exports) holds prose in quoted values; the
 * sentence splitter does not stop at `",`, so keep to the quoted value that holds the vague words.
 */
function withinQuotedValue(s: Sentence): Sentence {
  if (!s.text.includes('": "')) return s;
  const vague = firstVague(s.text);
  if (!vague) return s;
  const open = s.text.lastIndexOf('": "', vague.start);
  const from = open >= 0 ? open + 4 : 0;
  const close = s.text.slice(vague.end).search(/"\s*[,}\]]/u);
  const to = close >= 0 ? vague.end + close : s.text.length;
  return { start: s.start + from, end: s.start + to, text: s.text.slice(from, to) };
}

function firstVague(text: string): { text: string; start: number; end: number } | undefined {
  VAGUE.lastIndex = 0;
  const m = VAGUE.exec(text);
  VAGUE.lastIndex = 0;
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

function hasMeasure(text: string): boolean {
  const stripped = text
    .replace(REFERENCE_NUMBER, ' ')
    .replace(LEGAL_SUBSECTION, ' ')
    .replace(/^\s*\(?[\da-z]{1,3}[.)]\s/iu, ' ');
  return /\d/u.test(stripped) || NUMBER_WORD.test(stripped) || MEASURE_WORD.test(stripped) || COMPLIANCE.test(stripped);
}

/**
 * A sentence that obliges the tenderer or contractor: an obliging word, the contractor as actor, a
 * passive technical clause, a plain statement in the technical or execution part, or an item of a
 * list; not the authority speaking of itself, and not a permission or reservation.
 */
function isRequirement(s: Sentence, block: Block, inRequirements: boolean, ownName: RegExp | undefined): boolean {
  const text = s.text;
  const obliging = OBLIGING.test(text);
  if (!obliging && NOT_OBLIGATION.test(mainClause(text))) return false;
  if (startsWithAuthority(text) || AUTHORITY_NAMED.test(text) || (ownName && ownName.test(text))) return false;
  if (obliging) return true;
  if (CONTRACTOR.test(text) || PASSIVE.test(text)) return true;
  return inRequirements || block.kind === 'list-item' || block.kind === 'table-cell';
}

function mainClause(text: string): string {
  const comma = text.indexOf(', ');
  const sub = CLAUSE_END.exec(text);
  const ends = [comma, sub ? sub.index : -1].filter((i) => i > 0);
  return ends.length ? text.slice(0, Math.min(...ends)) : text;
}

function startsWithAuthority(text: string): boolean {
  const head = text.slice(0, SUBJECT_WINDOW);
  const authority = AUTHORITY_SUBJECT.exec(head);
  if (!authority) return false;
  // "assistance to the Government", "aan het bestuur": the authority is the object, not the subject.
  if (OBJECT_MARKER.test(head.slice(0, authority.index))) return false;
  const contractor = CONTRACTOR.exec(head);
  return !contractor || contractor.index > authority.index;
}

/**
 * The short names the document gives the authority in its head, as a pattern for a sentence that
 * opens with one ("IWDS gebruikt bij voorkeur ..."), or undefined when there is none.
 */
function authorityAcronyms(blocks: readonly Block[]): RegExp | undefined {
  const names = new Set<string>();
  for (const block of blocks.slice(0, DOCUMENT_HEAD_BLOCKS)) {
    for (const m of block.text.matchAll(SHORT_NAME)) {
      const name = m[1]!;
      if (!NOT_AUTHORITY_ACRONYM.has(name) && AUTHORITY_BEFORE_SHORT_NAME.test(block.text.slice(Math.max(0, m.index - 90), m.index))) names.add(name);
    }
  }
  if (!names.size) return undefined;
  // A short name holds capitals, digits and hyphens only: nothing to escape (and an escaped hyphen is an error in Unicode mode).
  const alternatives = [...names].sort().join('|');
  return new RegExp(`^\\s*(?:(?:de|het|le|la|l['’]|the)\\s+)?(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}
