import { factored, findGeneralEquivalenceClauses, type Block, type Rule, type RuleContext } from '@tenderlint/core';
import { BRAND_CUE_SOURCE, findBrandReferences, hasKnownName, mayHoldBrand, type BrandReference } from './text/brand-references.js';
import {
  ORIGIN_PATTERN,
  acceptsEquivalent,
  authorityAcronyms,
  isExample,
  isExistingEquipment,
  ownershipCues,
  saysNotIncluded,
} from './text/brand-context.js';

/**
 * A technical specification may not name a make, source, process, trade mark, patent, type or
 * origin that favours some products, unless the subject cannot otherwise be described, and then
 * only with "or equivalent" (Dir 2014/24 art. 42(4); Wet 17 juni 2016 art. 53).
 */
const rule: Rule = {
  meta: {
    id: 'functional-specs/brand-or-equivalent',
    pack: 'functional-specs',
    principle: ['2.1'],
    legal: 'Richtlijn 2014/24/EU art. 42, lid 4; wet van 17 juni 2016 (technische specificaties, merk of type)',
    severity: 'error',
    messages: {
      brand: {
        nl: '"{reference}" schrijft een merk, handelsnaam of type voor zonder "of gelijkwaardig". Een technische specificatie mag geen merk of type opleggen dat bepaalde producten bevoordeelt (plan 2.1, functionele bestekken; Richtlijn 2014/24/EU art. 42, lid 4). Beschrijf de gevraagde prestatie, of voeg "of gelijkwaardig" toe en zeg waaraan een gelijkwaardig product moet voldoen.',
        fr: '« {reference} » impose une marque, un nom commercial ou un type sans « ou équivalent ». Une spécification technique ne peut pas imposer une marque ou un type qui favorise certains produits (plan 2.1 ; directive 2014/24/UE art. 42, § 4). Décrivez la performance demandée, ou ajoutez « ou équivalent » et précisez à quoi un produit équivalent doit répondre.',
        en: '"{reference}" prescribes a brand, trade name or type without "or equivalent". A technical specification may not name a make or type that favours certain products (plan 2.1, functional specifications; Directive 2014/24/EU art. 42(4)). Describe the performance you need, or add "or equivalent" and say what an equivalent product must meet.',
      },
      origin: {
        nl: '"{reference}" legt een bepaalde herkomst op. Een technische specificatie mag geen oorsprong of productieplaats voorschrijven (plan 2.1; Richtlijn 2014/24/EU art. 42, lid 4). Beschrijf de eisen aan het product zelf (prestatie, kwaliteit, duurzaamheid) in plaats van de plaats waar het gemaakt wordt.',
        fr: '« {reference} » impose une origine déterminée. Une spécification technique ne peut pas imposer une provenance ou un lieu de production (plan 2.1 ; directive 2014/24/UE art. 42, § 4). Décrivez les exigences envers le produit lui-même (performance, qualité, durabilité) plutôt que son lieu de fabrication.',
        en: '"{reference}" prescribes a specific origin. A technical specification may not require a source or place of production (plan 2.1; Directive 2014/24/EU art. 42(4)). State the requirements on the product itself (performance, quality, sustainability) instead of where it is made.',
      },
    },
    suggestions: {
      brand: { nl: ' of gelijkwaardig', fr: ' ou équivalent', en: ' or equivalent' },
    },
    docs: {
      description: 'Flags a brand, trade name, model or type designation, or a specific origin, prescribed without "of gelijkwaardig".',
      rationale:
        'Plan 2.1 asks for functional specifications that leave the market room to offer its best solution. Directive 2014/24/EU art. 42(4) and the Belgian law of 17 June 2016 forbid technical specifications that name a make, trade mark, type, patent or origin, unless the subject cannot be described precisely otherwise; then the reference must be followed by "or equivalent". A brand without it shuts out competing products and is a red flag for a specification tailored to one supplier.',
      howToFix:
        'Describe the performance or the characteristics you need (dimensions, capacity, durability, consumption). If a brand or type is the only way to make yourself understood, add "of gelijkwaardig" right after it and state the criteria an equivalent must meet, or put one general clause in the document: "Elke vermelding van een merk, type of handelsnaam in dit bestek wordt gelezen als gevolgd door de woorden \'of gelijkwaardig\'." A brand of equipment you already own may stay when the text says the new goods must be compatible with it and why.',
      examples: {
        valid: [
          { text: 'De laptops wegen hoogstens 1,4 kg, halen minstens 10 uur batterijduur en 15.000 punten in PassMark CPU Mark of een gelijkwaardige benchmark.', note: 'performance instead of a brand' },
          { text: 'De stoffering bestaat uit een stof van het type Camira Era of gelijkwaardig, met een slijtvastheid van minstens 100.000 toeren Martindale.', note: '"of gelijkwaardig" in the same sentence' },
          { text: 'Het agentschap heeft 1.500 schermen van het type Dell UltraSharp U2422H in gebruik; om die bestaande schermen te blijven gebruiken, moet het dockingstation daarmee compatibel zijn.', note: 'equipment the authority owns, compatibility with a reason' },
        ],
        invalid: [
          { text: 'De laptops zijn van het merk Dell, type Latitude 7450.', messageId: 'brand' },
          { text: 'Les chaises d\'élèves sont du modèle PantoSwing-LuPo du fabricant VS.', lang: 'fr', messageId: 'brand' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const { document } = context;
    const general = findGeneralEquivalenceClauses(document).some((c) => c.covers.has('brand'));
    if (general) return;
    const blocks = document.blocks;
    const ownership = ownershipCues(authorityAcronyms(blocks.slice(0, HEAD_BLOCKS).map((b) => b.text)));
    for (const block of blocks) {
      if (block.kind === 'heading' || !mayHoldBrandOrOrigin(block.text)) continue;
      const sentences = context.sentences(block);
      let paragraphExempt: boolean | undefined;
      let notIncludedNearby: boolean | undefined;
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        const origins = !ORIGIN_WORDS.test(s.text) ? [] : [...s.text.matchAll(ORIGIN_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
        const brands = findBrandReferences(s.text).filter((r) => {
          const before = s.text.slice(Math.max(0, r.start - 30), r.start);
          return !isExample(before) && !isExistingEquipment(before);
        });
        if (!brands.length && !origins.length) continue;
        if (ownership.describesOwned(s.text, (brands[0] ?? origins[0])!.start)) continue;
        paragraphExempt ??= ownership.requiresCompatibilityWithExisting(block.text);
        if (paragraphExempt) continue;
        notIncludedNearby ??= excludedFromContract(context, block);
        if (notIncludedNearby) continue;
        if (origins.length) {
          const o = origins[0]!;
          context.report({ messageId: 'origin', data: { reference: o.text }, block, start: s.start + o.start, end: s.start + o.end });
          continue;
        }
        if (acceptsEquivalent(s.text) || acceptsEquivalent(nextSentence(context, block, i) ?? '')) continue;
        const first: BrandReference = brands[0]!;
        context.report({
          messageId: 'brand',
          data: { reference: first.text },
          block,
          start: s.start + first.start,
          end: s.start + first.end,
          suggestion: { messageId: 'brand', replace: false },
        });
      }
    }
  },
};

// The document's head, where the authority names itself (title, "Opdrachtgever: ...").
const HEAD_BLOCKS = 12;

// A cheap test before the origin pattern runs.
const ORIGIN_WORDS = /oorsprong|herkomst|makelij|fabricage|afkomstig|geproduceerd|vervaardigd|gefabriceerd|origine|fabriqu|produit|made in|origin/i;

// One scan for the cue and origin words of a block; without them only a gazetteer name makes it a candidate.
const ANY_CUE = factored(new RegExp(`${BRAND_CUE_SOURCE}|${ORIGIN_WORDS.source}`, 'i'));

function mayHoldBrandOrOrigin(text: string): boolean {
  return ANY_CUE.test(text) ? mayHoldBrand(text) || ORIGIN_WORDS.test(text) : hasKnownName(text);
}

/** The sentence after sentence `i`: the next one in the block, else the first of the next block. */
function nextSentence(context: RuleContext, block: Block, i: number): string | undefined {
  const sentences = context.sentences(block);
  if (i + 1 < sentences.length) return sentences[i + 1]!.text;
  const next = context.document.blocks[block.id + 1];
  if (!next || next.kind === 'heading') return undefined;
  return context.sentences(next)[0]?.text;
}

/** The block, or one of the few before it under the same heading, says its items are not part of the contract. */
function excludedFromContract(context: RuleContext, block: Block): boolean {
  const blocks = context.document.blocks;
  for (let id = block.id; id >= 0 && id >= block.id - 4; id--) {
    const b = blocks[id]!;
    if (b.kind === 'heading' || b.headingId !== block.headingId) break;
    if (saysNotIncluded(b.text)) return true;
  }
  return false;
}

export default rule;
