import type { Rule } from '@tenderlint/core';
import { AMOUNT, HINTS, LOT_NUMBER, MINIMUM, NEGATION_BEFORE, PER_LOT, REFERENCE_VALUE, TURNOVER } from './data/cues.js';

/** "per perceel" that is not denied ("er is geen afzonderlijke drempel per perceel"). */
function setPerLot(text: string): boolean {
  const re = new RegExp(PER_LOT.source, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NEGATION_BEFORE.test(text.slice(0, m.index))) return true;
  return false;
}

const rule: Rule = {
  meta: {
    id: 'lots/turnover-per-lot',
    pack: 'lots',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 58(3)',
    severity: 'warning',
    messages: {
      oneAmount: {
        nl: 'De opdracht is in percelen verdeeld, maar de {what} is één bedrag voor de hele opdracht. Een kmo die op één klein perceel inschrijft, moet zo de draagkracht voor alle percelen samen aantonen (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 58(3)). Stel het bedrag per perceel vast (en tel de bedragen op voor wie op meerdere percelen inschrijft).',
        fr: 'Le marché est divisé en lots, mais l\'exigence de {what} est un montant unique pour l\'ensemble du marché. Une PME qui remet offre pour un petit lot doit ainsi prouver la capacité requise pour tous les lots (plan flamand 2.3 ; directive 2014/24/UE, art. 58, §3). Fixez le montant par lot (cumulé pour qui remet offre pour plusieurs lots).',
        en: 'The contract is divided into lots, but the {what} is one amount for the whole contract. An SME bidding for one small lot must then show the capacity for all lots together (Flemish procurement plan 2.3; Directive 2014/24/EU art. 58(3)). Set the amount per lot (added up for those bidding for several lots).',
      },
    },
    suggestions: {
      oneAmount: {
        nl: 'De minimale jaaromzet bedraagt per perceel: perceel 1: € ...; perceel 2: € .... Wie op meerdere percelen inschrijft, toont de som van de bedragen van die percelen aan.',
        fr: 'Le chiffre d\'affaires annuel minimal par lot est de : lot 1 : ... € ; lot 2 : ... €. Pour plusieurs lots, les montants sont cumulés.',
        en: 'The minimum yearly turnover per lot is: Lot 1: EUR ...; Lot 2: EUR .... For several lots the amounts are added up.',
      },
    },
    docs: {
      description: 'Flags a contract in lots whose turnover (or reference value) requirement is one amount for the whole contract instead of per lot.',
      rationale:
        'Lots open a contract to SMEs (plan 2.3). Directive 2014/24/EU art. 58(3) applies the turnover cap per lot: a single figure for the whole contract asks a firm bidding for one lot to show capacity for all of them.',
      howToFix: 'Set the turnover (and reference value) per lot or per group of lots, and add them up for tenderers bidding for several lots.',
      examples: {
        valid: [
          { text: 'De opdracht is verdeeld in twee percelen.\n\nDe minimale jaaromzet bedraagt € 200.000 voor perceel 1 en € 80.000 voor perceel 2.' },
        ],
        invalid: [
          { text: 'De opdracht is verdeeld in twee percelen.\n\nDe inschrijver heeft een jaaromzet van minstens € 400.000 excl. btw. Dit minimum geldt voor de opdracht in haar geheel.', messageId: 'oneAmount' },
        ],
      },
    },
  },
  check(context) {
    const lots = context.facts.lots;
    if (!(lots.divided === true || (lots.count ?? 0) > 1)) return;
    const lang = context.language;
    for (const block of context.document.blocks) {
      if (block.kind === 'heading' || block.kind === 'table-cell' || !HINTS.demand.test(block.text) || !HINTS.amount.test(block.text) || !AMOUNT.test(block.text)) continue;
      if (!TURNOVER.test(block.text) && !REFERENCE_VALUE.test(block.text)) continue;
      if (block.headingPath.some((h) => LOT_NUMBER.test(h))) continue;
      const sentences = context.sentences(block);
      for (const [i, s] of sentences.entries()) {
        if (!AMOUNT.test(s.text) || !MINIMUM.test(s.text)) continue;
        const cue = TURNOVER.exec(s.text) ?? REFERENCE_VALUE.exec(s.text);
        if (!cue) continue;
        const turnover = TURNOVER.test(cue[0]);
        // A lot named near the demand, or "per perceel" there or in the sentence after it, sets it per lot.
        const near = s.text.slice(Math.max(0, cue.index - 200), cue.index + cue[0].length + 200);
        if (LOT_NUMBER.test(near) || setPerLot(near) || setPerLot(sentences[i + 1]?.text ?? '')) continue;
        const what = turnover ? { nl: 'minimale jaaromzet', fr: 'chiffre d\'affaires', en: 'minimum turnover' }[lang] : { nl: 'minimale waarde van de referenties', fr: 'valeur minimale des références', en: 'minimum value of the references' }[lang];
        context.report({ messageId: 'oneAmount', data: { what }, block, start: s.start, end: s.end, suggestion: { messageId: 'oneAmount' } });
        break;
      }
    }
  },
};

export default rule;
