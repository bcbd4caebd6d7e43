import type { Rule } from '@tenderlint/core';
import { ALL_LOTS, BID, HINTS, LOTS_PLURAL, MISSING_ITEMS, MAY, MUST, NOT_REQUIRED, OWN_LOT, PARTIAL_BID, PARTIAL_REFUSED } from './data/cues.js';

const LOT_WORD = /\b(?:perceel|lot)\b/iu;

const rule: Rule = {
  meta: {
    id: 'lots/all-lots-duty',
    pack: 'lots',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 46(2)',
    severity: 'warning',
    messages: {
      mustBidAll: {
        nl: 'Inschrijvers moeten een offerte indienen voor alle percelen. Daarmee verliest de verdeling in percelen haar zin: een kmo die maar één perceel aankan, kan niet meedingen (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 46(2)). Laat inschrijven op één, meerdere of alle percelen toe.',
        fr: 'Les soumissionnaires doivent remettre offre pour tous les lots. La division en lots perd alors son sens : une PME qui ne peut assumer qu\'un lot ne peut concourir (plan flamand 2.3 ; directive 2014/24/UE, art. 46, §2). Permettez de soumissionner pour un, plusieurs ou tous les lots.',
        en: 'Tenderers must submit a tender for every lot. That defeats the purpose of lots: an SME that can take on one lot cannot compete (Flemish procurement plan 2.3; Directive 2014/24/EU art. 46(2)). Allow tenders for one, several or all lots.',
      },
    },
    suggestions: {
      mustBidAll: {
        nl: 'Inschrijvers mogen op één, meerdere of alle percelen inschrijven.',
        fr: 'Les soumissionnaires peuvent remettre offre pour un, plusieurs ou tous les lots.',
        en: 'Tenderers may bid for one, several or all lots.',
      },
    },
    docs: {
      description: 'Flags a contract in lots where tenderers must bid for all lots.',
      rationale:
        'Lots open a contract to SMEs (plan 2.3). Directive 2014/24/EU art. 46(2) lets tenderers bid for one, several or all lots; obliging a tender for every lot, or refusing a tender for only some lots, takes that chance away.',
      howToFix: 'Let tenderers bid for one, several or all lots; if needed, cap the number of lots one tenderer can win and give the rule that decides which.',
      examples: {
        valid: [
          { text: 'Inschrijvers mogen op één, meerdere of alle percelen inschrijven; één inschrijver krijgt maximaal twee percelen, volgens de regel in punt 4.3.' },
          { text: 'Les soumissionnaires peuvent remettre offre pour un, plusieurs ou tous les lots.', lang: 'fr' },
        ],
        invalid: [
          { text: 'Inschrijvers moeten een offerte indienen voor alle percelen.', messageId: 'mustBidAll' },
          { text: 'Tenderers must submit a tender for all lots.', lang: 'en', messageId: 'mustBidAll' },
        ],
      },
    },
  },
  check(context) {
    const mustBidAll = context.facts.lots.mustBidAll;
    const reported = new Set<number>();
    for (const block of context.document.blocks) {
      if (block.kind === 'heading' || !HINTS.lots.test(block.text) || (!LOTS_PLURAL.test(block.text) && !LOT_WORD.test(block.text))) continue;
      for (const s of context.sentences(block)) {
        const t = s.text;
        const all = LOTS_PLURAL.test(t) && ALL_LOTS.test(t) && MUST.test(t) && BID.test(t) && !NOT_REQUIRED.test(t) && !(MAY.test(t) && !/\b(?:moet|moeten|doit|doivent|must|shall)\b/iu.test(t));
        // A bid refused for leaving out items of its own lot is about completeness, not about bidding for all lots.
        const partialRefused = PARTIAL_BID.test(t) && PARTIAL_REFUSED.test(t) && BID.test(t) && !MAY.test(t) && !(MISSING_ITEMS.test(t) && OWN_LOT.test(t));
        if (all || partialRefused) {
          context.report({ messageId: 'mustBidAll', block, start: s.start, end: s.end, suggestion: { messageId: 'mustBidAll' } });
          reported.add(block.id);
          break;
        }
      }
    }
    if (mustBidAll && !reported.has(mustBidAll.blockId)) {
      const block = context.document.blocks[mustBidAll.blockId];
      const s = block && context.sentences(block).find((x) => x.start <= mustBidAll.start && mustBidAll.start < x.end);
      // The extractor's reading, kept only when the sentence is not a permission or a denial of the duty.
      if (block && s && !NOT_REQUIRED.test(s.text) && !MAY.test(s.text)) {
        context.report({ messageId: 'mustBidAll', block, start: s.start, end: s.end, suggestion: { messageId: 'mustBidAll' } });
      }
    }
  },
};

export default rule;
