/**
 * innovation/variants-minimum: when variants are allowed or required, the documents state the
 * minimum requirements variants must meet; otherwise tenders cannot be compared on equal terms.
 */
import { defineRule, type Block } from '@tenderlint/core';
import { FORBIDDEN, MINIMUM_REQUIREMENTS, VARIANT, VARIANT_ALLOWED, VARIANT_PREFILTER } from './data/variant-cues.js';

export default defineRule({
  meta: {
    id: 'innovation/variants-minimum',
    pack: 'innovation',
    principle: ['2.5.3'],
    legal: 'Richtlijn 2014/24/EU art. 45(2)',
    severity: 'error',
    messages: {
      noMinimum: {
        nl: 'Varianten zijn toegestaan of verplicht, maar het bestek zegt niet aan welke minimumeisen een variant moet voldoen. Zonder die minimumeisen zijn varianten niet op gelijke voet te vergelijken en moet de aanbestedende overheid ze weren (richtlijn 2014/24/EU art. 45(2)). Varianten zijn een hefboom voor innovatie (plan 2.5.3): vermeld de minimumeisen, bv. dat een variant aan alle minimumeisen van de technische bepalingen moet voldoen, en hoe varianten worden ingediend.',
        fr: "Les variantes sont autorisées ou exigées, mais le cahier des charges n'indique pas les exigences minimales qu'elles doivent respecter. Sans ces exigences, les variantes ne peuvent être comparées sur un pied d'égalité et le pouvoir adjudicateur ne peut pas les prendre en considération (directive 2014/24/UE art. 45(2)). Les variantes favorisent l'innovation (plan 2.5.3) : indiquez les exigences minimales, p. ex. qu'une variante respecte toutes les exigences minimales des clauses techniques, et les modalités de leur présentation.",
        en: 'Variants are allowed or required, but the document does not state the minimum requirements a variant must meet. Without them variants cannot be compared on equal terms and may not be taken into account (Directive 2014/24/EU art. 45(2)). Variants foster innovation (plan 2.5.3): state the minimum requirements, e.g. that a variant must meet every minimum requirement of the technical specifications, and how variants are to be submitted.',
      },
    },
    suggestions: {
      minimumRequirements: {
        nl: ' Een variant moet voldoen aan alle minimumeisen van de technische bepalingen; alleen de wijze waarop die eisen worden gehaald, mag afwijken. De inschrijver dient de variant in een afzonderlijk document in, met een eigen prijs.',
        fr: " Une variante doit respecter toutes les exigences minimales des clauses techniques ; seule la manière de les atteindre peut différer. Le soumissionnaire présente la variante dans un document séparé, avec son prix.",
        en: ' A variant must meet every minimum requirement of the technical specifications; only the way of meeting them may differ. Tenderers submit a variant in a separate document, with its own price.',
      },
    },
    docs: {
      description: 'Flags variants that are allowed or required without the minimum requirements variants must meet.',
      rationale:
        'Article 45(2) of Directive 2014/24/EU lets an authority accept or require variants only if it states the minimum requirements variants must meet (and how they are submitted). Variants leave room for innovative solutions (plan 2.5.3), but without minimum requirements they cannot be compared fairly.',
      howToFix: 'Next to the sentence that allows variants, state the minimum requirements they must meet, or say that a variant must meet all minimum requirements of the base tender.',
      examples: {
        valid: [
          { text: 'Voor perceel 1 zijn vrije varianten toegestaan. Een variant moet voldoen aan alle minimale eisen van Deel II, punt 2.' },
          { text: 'Varianten zijn niet toegestaan.', note: 'Variants forbidden.' },
          { text: 'Vrije varianten zijn toegelaten. Elke variant voldoet minstens aan de minimale technische eisen van artikel 11 tot 13.' },
        ],
        invalid: [
          { text: 'Vrije varianten zijn toegestaan. De inschrijver die een variant indient, licht in een afzonderlijke nota toe waarin die afwijkt van de basisoplossing.', messageId: 'noMinimum' },
          { text: 'Les variantes libres sont autorisées pour chacun des lots.', lang: 'fr', messageId: 'noMinimum' },
        ],
      },
    },
  },

  check(context) {
    let allowedAt: { block: Block; start: number; end: number } | undefined;
    let forbidden = false;
    for (const block of context.document.blocks) {
      if (!VARIANT_PREFILTER.test(block.text) || !VARIANT.test(block.text)) continue;
      // Minimum requirements in the same paragraph ("Elles doivent respecter ...") or the next one.
      const next = context.document.blocks[block.id + 1];
      if (MINIMUM_REQUIREMENTS.test(block.text) || (next && next.kind !== 'heading' && MINIMUM_REQUIREMENTS.test(next.text))) return;
      for (const s of context.sentences(block)) {
        if (!VARIANT.test(s.text)) continue;
        if (FORBIDDEN.test(s.text)) forbidden = true;
        else if (!allowedAt && VARIANT_ALLOWED.test(s.text)) allowedAt = { block, start: s.start, end: s.end };
      }
    }
    if (!allowedAt) {
      // The extractor may have read what the text says; a sentence forbidding variants wins.
      if (forbidden) return;
      const stated = context.facts.variants;
      if (!stated || stated.value === 'forbidden') return;
      const block = context.document.blocks[stated.evidence.blockId];
      if (!block) return;
      allowedAt = { block, start: stated.evidence.start, end: stated.evidence.end };
    }
    context.report({ messageId: 'noMinimum', ...allowedAt, suggestion: { messageId: 'minimumRequirements' } });
  },
});
