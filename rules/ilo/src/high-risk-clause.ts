import type { Rule } from '@tenderlint/core';
import { bansLabourAbuse, findIloClause } from './clause.js';
import { ETHICAL_CLAUSE, SEGMENT_NAMES } from './data/ethical-clause.js';

const rule: Rule = {
  meta: {
    id: 'ilo/high-risk-clause',
    pack: 'ilo',
    principle: ['2.5.2'],
    legal: 'Plan 2016-2020 §2.5.2; Dir. 2014/24/EU art. 18(2) en bijlage X',
    severity: 'error',
    messages: {
      missing: {
        nl: 'Deze opdracht koopt goederen uit een sector met een hoog risico op schending van de fundamentele arbeidsnormen ({segments}: {evidence}), maar het bestek bevat geen ethische clausule over de IAO-basisverdragen. Het Vlaams plan overheidsopdrachten (§2.5.2) vraagt voor deze risicosectoren een ethische clausule als uitvoeringsvoorwaarde; artikel 18, lid 2 van richtlijn 2014/24/EU verplicht de naleving van de IAO-verdragen van bijlage X. Neem de standaard ethische clausule op in de uitvoeringsbepalingen.',
        fr: 'Ce marché achète des biens d\'un secteur à haut risque de violation des normes fondamentales du travail ({segments} : {evidence}), mais le cahier des charges ne contient aucune clause éthique sur les conventions fondamentales de l\'OIT. Le plan flamand des marchés publics (§2.5.2) demande une clause éthique comme condition d\'exécution pour ces secteurs à risque ; l\'article 18, paragraphe 2, de la directive 2014/24/UE impose le respect des conventions de l\'OIT de l\'annexe X. Insérez la clause éthique type dans les conditions d\'exécution.',
        en: 'This contract buys goods from a sector at high risk of breaches of core labour standards ({segments}: {evidence}), but the specification has no ethical clause on the ILO core conventions. The Flemish public procurement plan (§2.5.2) asks for an ethical clause as a performance condition in these risk sectors; Article 18(2) of Directive 2014/24/EU requires compliance with the ILO conventions of Annex X. Add the standard ethical clause to the performance conditions.',
      },
    },
    suggestions: { clause: ETHICAL_CLAUSE },
    docs: {
      description: 'A contract in an ILO high-risk segment (natural stone, timber, textiles and workwear, electronics, furniture) must have an ethical clause on the ILO core labour standards.',
      rationale:
        'Natural stone, timber, textiles, electronics and furniture are often made with forced or child labour or without freedom of association. The Flemish plan 2016-2020 (§2.5.2) asks contracting authorities to impose the ethical clause (the ILO core conventions) as a performance condition when they buy in these segments; Directive 2014/24/EU art. 18(2) and Annex X oblige respect for those conventions. The segment is read from the CPV codes and from the words of the subject, the technical specifications and the bill of quantities: kerbs in blue stone in a road works contract or desks with a wooden top both put the contract in scope.',
      howToFix:
        'Add the standard ethical clause as a performance condition: the contractor guarantees that the goods are produced, throughout the supply chain, in compliance with ILO conventions 29, 87, 98, 100, 105, 111, 138 and 182, and you say how this will be verified (list of production sites, self-assessment questionnaire, audit, membership of an initiative such as Fair Wear or amfori BSCI).',
      examples: {
        valid: [
          {
            text: '# Levering van werkkledij\n\nDe opdracht betreft de levering van werkkledij en veiligheidsschoenen voor de technische dienst.\n\n## Ethische clausule\n\nDe inschrijver verklaart op eer dat hij tijdens de uitvoering en doorheen de volledige toeleveringsketen toeziet op de naleving van de IAO-verdragen nrs. 29, 87, 98, 100, 105, 111, 138 en 182.',
            note: 'Textiles, with an ILO clause.',
          },
          {
            text: '# Schoonmaak van administratieve gebouwen\n\nDe opdracht betreft de schoonmaak van het gemeentehuis.\n\nHet personeel draagt een herkenbare werkkledij met het logo van de opdrachtnemer.',
            note: 'The staff workwear of a cleaning contractor is not the subject.',
          },
        ],
        invalid: [
          {
            text: '# Levering van werkkledij\n\nDe opdracht betreft de levering van werkkledij voor de groendienst.\n\nVoor deze levering van werkkledij gelden geen bijzondere voorwaarden inzake arbeidsomstandigheden.',
            messageId: 'missing',
            note: 'Workwear is a high-risk segment and there is no ILO clause.',
          },
        ],
      },
    },
  },
  check(context) {
    const segments = context.facts.segments;
    if (!segments.length) return;
    if (findIloClause(context)) return;
    if (bansLabourAbuse(context)) return;
    const lang = context.language;
    const names = [...new Set(segments.map((s) => s.value))].map((s) => SEGMENT_NAMES[s]?.[lang] ?? s).join(', ');
    const words = segments.map((s) => {
      const code = /\d{8}(?:-\d)?/.exec(s.evidence.raw);
      return code ? `CPV ${code[0]}` : `"${s.evidence.raw}"`;
    });
    const evidence = [...new Set(words)].slice(0, 3).join(', ');
    const anchor = context.anchorFor('execution', 'technical');
    context.report({
      messageId: 'missing',
      data: { segments: names, evidence },
      block: anchor,
      missing: true,
      suggestion: { messageId: 'clause' },
    });
  },
};

export default rule;
