import type { Rule } from '@tenderlint/core';
import { readTurnoverDemands } from './read/turnover.js';
import { valueFor } from './read/scope.js';
import { formatEuro } from './text/money.js';

/** Dir 2014/24 art. 58(3): the minimum yearly turnover may not exceed twice the estimated value. */
const MAX_RATIO = 2;


const rule: Rule = {
  meta: {
    id: 'proportionality/turnover-cap',
    pack: 'proportionality',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 58(3); KB 18 april 2017 (economische en financiële draagkracht)',
    severity: 'error',
    messages: {
      tooHigh: {
        nl: 'De gevraagde minimale jaaromzet ({turnover}) is {ratio} maal de geraamde waarde {scope} ({value}). Een omzeteis van meer dan het dubbele sluit kmo\'s uit zonder dat dit nodig is (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 58(3)). Verlaag de eis tot hoogstens {cap} of motiveer in dezelfde alinea waarom een hogere omzet nodig is.',
        fr: 'Le chiffre d\'affaires annuel minimal exigé ({turnover}) vaut {ratio} fois le montant estimé {scope} ({value}). Une exigence supérieure au double écarte les PME sans nécessité (plan flamand 2.3 ; directive 2014/24/UE, art. 58, §3). Ramenez l\'exigence à {cap} au plus ou justifiez dans le même paragraphe pourquoi un chiffre plus élevé est nécessaire.',
        en: 'The minimum yearly turnover required ({turnover}) is {ratio} times the estimated value {scope} ({value}). A turnover demand above twice the value shuts out SMEs without need (Flemish procurement plan 2.3; Directive 2014/24/EU art. 58(3)). Lower it to at most {cap} or state in the same paragraph why a higher turnover is needed.',
      },
      multipleTooHigh: {
        nl: 'De minimale jaaromzet wordt gevraagd als {multiple} maal de geraamde waarde, meer dan het dubbele dat richtlijn 2014/24/EU art. 58(3) toelaat zonder motivering (Vlaams plan overheidsopdrachten 2.3). Vraag hoogstens tweemaal de waarde of motiveer waarom meer nodig is.',
        fr: 'Le chiffre d\'affaires annuel minimal est exigé à {multiple} fois le montant estimé, plus que le double admis sans justification par la directive 2014/24/UE, art. 58, §3 (plan flamand 2.3). Exigez au plus deux fois le montant ou justifiez pourquoi davantage est nécessaire.',
        en: 'The minimum yearly turnover is set at {multiple} times the estimated value, more than the twice the value that Directive 2014/24/EU art. 58(3) allows without a justification (Flemish procurement plan 2.3). Ask at most twice the value or state why more is needed.',
      },
    },
    suggestions: {
      tooHigh: {
        nl: 'De inschrijver toont over de laatste drie afgesloten boekjaren een gemiddelde jaaromzet van minstens {cap} excl. btw aan.',
        fr: 'Le soumissionnaire démontre un chiffre d\'affaires annuel moyen d\'au moins {cap} HTVA sur les trois derniers exercices clôturés.',
        en: 'The tenderer shows an average yearly turnover of at least {cap} excl. VAT over the last three closed financial years.',
      },
    },
    docs: {
      description: 'Flags a minimum yearly turnover of more than twice the estimated value of the contract or lot, without a justification.',
      rationale:
        'Plan 2.3 asks for proportionate selection criteria so that SMEs can take part. Directive 2014/24/EU art. 58(3) caps the minimum yearly turnover at twice the estimated value, unless the documents give a duly justified reason (special risks of the subject). For a contract in lots the cap applies per lot; one figure for the whole of a contract in lots is compared with the total value.',
      howToFix: 'Ask a turnover of at most twice the value of the lot (or of the contract), or give the reason for a higher figure in the same paragraph.',
      examples: {
        valid: [
          { text: 'De opdracht is geraamd op € 400.000 excl. btw.\n\nDe inschrijver toont over de laatste drie boekjaren een gemiddelde jaaromzet van minstens € 600.000 excl. btw aan.', note: '1,5 maal de waarde.' },
          { text: 'De opdracht is geraamd op € 400.000 excl. btw.\n\nDe inschrijver heeft een minimale jaaromzet van € 1.000.000, omdat de opdrachtnemer de lonen van 40 werknemers drie maanden moet voorfinancieren.', note: 'Gemotiveerd.' },
        ],
        invalid: [
          { text: 'De opdracht is geraamd op € 400.000 excl. btw.\n\nDe inschrijver toont een minimale jaaromzet van € 2.000.000 aan.', messageId: 'tooHigh' },
        ],
      },
    },
  },
  check(context) {
    for (const d of readTurnoverDemands(context)) {
      if (d.justified) continue;
      if (d.multiple !== undefined) {
        if (d.multiple > MAX_RATIO) context.report({ messageId: 'multipleTooHigh', data: { multiple: d.multiple }, block: d.block, start: d.start, end: d.end });
        continue;
      }
      const value = valueFor(context.facts, d.lot);
      const euro = (n: number) => formatEuro(n, context.language);
      if (value === undefined || d.amount === undefined || d.amount <= MAX_RATIO * value) continue;
      const scope = d.lot === null ? { nl: 'van de opdracht', fr: 'du marché', en: 'of the contract' } : { nl: `van perceel ${d.lot}`, fr: `du lot ${d.lot}`, en: `of lot ${d.lot}` };
      context.report({
        messageId: 'tooHigh',
        data: { turnover: euro(d.amount), value: euro(value), ratio: (d.amount / value).toFixed(1).replace('.', context.language === 'en' ? '.' : ','), cap: euro(MAX_RATIO * value), scope: scope[context.language] },
        block: d.block,
        start: d.start,
        end: d.end,
        suggestion: { messageId: 'tooHigh', data: { cap: euro(MAX_RATIO * value) } },
      });
    }
  },
};

export default rule;
