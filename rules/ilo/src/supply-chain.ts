import type { Rule } from '@tenderlint/core';
import { clauseSentence, findIloClause } from './clause.js';
import { GOODS_WORD, MADE_WORD, OWN_STAFF, SUPPLY_CHAIN_CUE } from './data/clause-cues.js';
import { ETHICAL_CLAUSE } from './data/ethical-clause.js';

const rule: Rule = {
  meta: {
    id: 'ilo/supply-chain',
    pack: 'ilo',
    principle: ['2.5.2'],
    legal: 'Plan 2016-2020 §2.5.2 (ethische clausule doorheen de toeleveringsketen)',
    severity: 'warning',
    messages: {
      ownStaffOnly: {
        nl: 'De ethische clausule geldt enkel voor het eigen personeel van de opdrachtnemer. Het risico op dwangarbeid of kinderarbeid zit vooral bij de productie van de goederen en grondstoffen door anderen: de Vlaamse ethische clausule (plan §2.5.2) geldt "doorheen de volledige toeleveringsketen", ook voor onderaannemers en leveranciers. Breid de clausule uit tot de toeleverings- en productieketen.',
        fr: 'La clause éthique ne vise que le personnel propre de l\'adjudicataire. Le risque de travail forcé ou de travail des enfants se situe surtout dans la production des biens et des matières premières par d\'autres : la clause éthique flamande (plan §2.5.2) s\'applique « tout au long de la chaîne d\'approvisionnement », y compris aux sous-traitants et fournisseurs. Étendez la clause à la chaîne d\'approvisionnement et de production.',
        en: 'The ethical clause covers only the contractor\'s own staff. The risk of forced or child labour lies mostly in the production of the goods and raw materials by others: the Flemish ethical clause (plan §2.5.2) applies "throughout the supply chain", to subcontractors and suppliers too. Extend the clause to the supply and production chain.',
      },
    },
    suggestions: { clause: ETHICAL_CLAUSE },
    docs: {
      description: 'An ILO clause must reach the supply chain (suppliers, subcontractors, production by others), not only the contractor\'s own staff.',
      rationale:
        'Stone is quarried, cotton picked and laptops assembled far from the contractor\'s own workforce. A clause that covers only "de werknemers van zijn onderneming" misses where the risks of the high-risk segments are. The Flemish ethical clause (plan 2016-2020 §2.5.2) applies throughout the whole supply chain, including subcontractors and suppliers.',
      howToFix: 'Write that the goods are produced "doorheen de volledige toeleveringsketen" in compliance with the ILO core conventions, and that the clause applies to subcontractors and suppliers too.',
      examples: {
        valid: [
          {
            text: 'De opdrachtnemer waarborgt dat de geleverde goederen, doorheen de volledige toeleverings- en productieketen, vervaardigd worden met naleving van de basisnormen van de IAO.',
            note: 'Covers the supply chain.',
          },
          {
            text: 'Het college besliste de opdracht te gunnen aan de inschrijver met de economisch meest voordelige offerte.',
            note: 'No ILO clause at all: ilo/high-risk-clause is the rule for that.',
          },
        ],
        invalid: [
          {
            text: 'De aannemer waarborgt dat zijn eigen arbeiders en bedienden die op de bouwplaats werken, tewerkgesteld worden met respect voor de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO).',
            messageId: 'ownStaffOnly',
            note: 'Own workers on site only; nothing about the production of the stone.',
          },
        ],
      },
    },
  },
  check(context) {
    const clause = findIloClause(context);
    if (!clause) return;
    for (const block of clause.blocks) {
      if (SUPPLY_CHAIN_CUE.test(block.text)) return;
      for (const s of context.sentences(block)) {
        if (GOODS_WORD.test(s.text) && MADE_WORD.test(s.text) && !OWN_STAFF.test(s.text)) return;
      }
    }
    const { start, end } = clauseSentence(context, clause.main);
    context.report({ messageId: 'ownStaffOnly', block: clause.main, start, end, suggestion: { messageId: 'clause' } });
  },
};

export default rule;
