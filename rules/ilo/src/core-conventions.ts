import type { Rule } from '@tenderlint/core';
import { findIloClause } from './clause.js';
import { conventionLists } from './convention-numbers.js';
import { CORE_CONVENTIONS } from './data/clause-cues.js';
import { ETHICAL_CLAUSE } from './data/ethical-clause.js';

const rule: Rule = {
  meta: {
    id: 'ilo/core-conventions',
    pack: 'ilo',
    principle: ['2.5.2'],
    legal: 'Dir. 2014/24/EU bijlage X; plan 2016-2020 §2.5.2',
    severity: 'warning',
    messages: {
      incomplete: {
        nl: 'De ethische clausule somt IAO-verdragen op maar niet alle acht basisverdragen: {missing} ontbreken. Bijlage X van richtlijn 2014/24/EU en de Vlaamse ethische clausule (plan §2.5.2) noemen de verdragen 29, 87, 98, 100, 105, 111, 138 en 182 (dwangarbeid, vrijheid van vereniging en collectief onderhandelen, gelijke beloning en non-discriminatie, kinderarbeid). Vul de lijst aan, of verwijs zonder nummers naar "de fundamentele IAO-verdragen".',
        fr: 'La clause éthique énumère des conventions de l\'OIT mais pas les huit conventions fondamentales : il manque {missing}. L\'annexe X de la directive 2014/24/UE et la clause éthique flamande (plan §2.5.2) visent les conventions 29, 87, 98, 100, 105, 111, 138 et 182 (travail forcé, liberté syndicale et négociation collective, égalité de rémunération et non-discrimination, travail des enfants). Complétez la liste, ou renvoyez sans numéros aux « conventions fondamentales de l\'OIT ».',
        en: 'The ethical clause lists ILO conventions but not all eight core conventions: {missing} are missing. Annex X of Directive 2014/24/EU and the Flemish ethical clause (plan §2.5.2) name conventions 29, 87, 98, 100, 105, 111, 138 and 182 (forced labour, freedom of association and collective bargaining, equal pay and non-discrimination, child labour). Complete the list, or refer to "the ILO core conventions" without numbers.',
      },
    },
    suggestions: { clause: ETHICAL_CLAUSE },
    docs: {
      description: 'An ILO clause that lists convention numbers must list all eight core conventions (29, 87, 98, 100, 105, 111, 138, 182).',
      rationale:
        'A clause that names only some conventions leaves the others out of the contract: a list of 29, 138 and 182 bans forced and child labour but says nothing of freedom of association, collective bargaining, equal pay or discrimination. Directive 2014/24/EU Annex X lists the eight core conventions, and the Flemish ethical clause (plan 2016-2020 §2.5.2) names them all.',
      howToFix: 'List all eight: "IAO-verdragen nrs. 29, 87, 98, 100, 105, 111, 138 en 182", or refer to "de fundamentele arbeidsnormen van de IAO" without numbers.',
      examples: {
        valid: [
          {
            text: 'De opdrachtnemer waarborgt dat de goederen doorheen de volledige toeleveringsketen vervaardigd worden met naleving van de IAO-verdragen nrs. 29, 87, 98, 100, 105, 111, 138 en 182.',
            note: 'All eight listed.',
          },
          {
            text: 'De aannemer waarborgt de naleving van de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO).',
            note: 'No numbers: the reference covers all core conventions.',
          },
        ],
        invalid: [
          {
            text: 'De opdrachtnemer waarborgt dat de laptops geproduceerd worden met naleving van de IAO-basisverdragen nrs. 29, 105, 138 en 182.',
            messageId: 'incomplete',
            note: '87, 98, 100 and 111 are missing.',
          },
        ],
      },
    },
  },
  check(context) {
    const clause = findIloClause(context);
    if (!clause) return;
    const lists = conventionLists(context, clause.blocks);
    if (!lists.length) return;
    const named = new Set<number>();
    for (const l of lists) for (const n of l.numbers) named.add(n);
    const missing = CORE_CONVENTIONS.filter((n) => !named.has(n));
    if (!missing.length) return;
    const at = lists.reduce((a, b) => (b.numbers.size > a.numbers.size ? b : a));
    context.report({
      messageId: 'incomplete',
      data: { missing: missing.join(', ') },
      block: at.block,
      start: at.start,
      end: at.end,
      suggestion: { messageId: 'clause' },
    });
  },
};

export default rule;
