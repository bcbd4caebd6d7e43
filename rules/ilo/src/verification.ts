import type { Rule } from '@tenderlint/core';
import { clauseSentence, findIloClause } from './clause.js';
import { DOCUMENT_VERIFICATION_CUE, VERIFICATION_CUE } from './data/clause-cues.js';

const rule: Rule = {
  meta: {
    id: 'ilo/verification',
    pack: 'ilo',
    principle: ['2.5.2'],
    legal: 'Plan 2016-2020 §2.5.2 ("effectieve controles")',
    severity: 'warning',
    messages: {
      noMeans: {
        nl: 'De ethische clausule zegt niet hoe de naleving tijdens de uitvoering wordt nagegaan. Zonder controle blijft een IAO-clausule een intentie; het Vlaams plan overheidsopdrachten (§2.5.2) vraagt effectieve controles. Voeg minstens één middel toe: een lijst van de productiesites, een vragenlijst voor zelfevaluatie, een audit door een onafhankelijke derde, een certificaat of lidmaatschap (SA8000, Fair Wear, amfori BSCI of gelijkwaardig), due diligence, of een actieplan bij tekortkomingen.',
        fr: 'La clause éthique ne dit pas comment son respect sera vérifié pendant l\'exécution. Sans contrôle, une clause OIT reste une intention ; le plan flamand des marchés publics (§2.5.2) demande des contrôles effectifs. Ajoutez au moins un moyen : la liste des sites de production, un questionnaire d\'auto-évaluation, un audit par un tiers indépendant, un certificat ou une affiliation (SA8000, Fair Wear, amfori BSCI ou équivalent), une diligence raisonnable, ou un plan d\'action en cas de manquement.',
        en: 'The ethical clause does not say how compliance will be verified during performance. Without checks an ILO clause stays an intention; the Flemish public procurement plan (§2.5.2) asks for effective checks. Add at least one means: a list of production sites, a self-assessment questionnaire, an audit by an independent third party, a certificate or membership (SA8000, Fair Wear, amfori BSCI or equivalent), due diligence, or an action plan for shortcomings.',
      },
    },
    suggestions: {
      means: {
        nl: 'Binnen zestig dagen na de sluiting bezorgt de opdrachtnemer een lijst van de productiesites en een ingevulde vragenlijst voor zelfevaluatie. De aanbestedende overheid kan de naleving laten nagaan door een audit door een onafhankelijke derde; bij tekortkomingen legt de opdrachtnemer een actieplan voor.',
        fr: 'Dans les soixante jours de la conclusion, l\'adjudicataire remet la liste des sites de production et un questionnaire d\'auto-évaluation complété. Le pouvoir adjudicateur peut faire vérifier le respect de la clause par un audit mené par un tiers indépendant ; en cas de manquement, l\'adjudicataire présente un plan d\'action.',
        en: 'Within sixty days of the award the contractor provides a list of the production sites and a completed self-assessment questionnaire. The contracting authority may have compliance verified by an audit by an independent third party; for shortcomings the contractor submits an action plan.',
      },
    },
    docs: {
      description: 'An ILO clause needs a means to verify it during execution (audit, self-assessment, certificate or membership, due diligence, list of production sites, action plan).',
      rationale:
        'A clause that nobody checks changes little in the factories and quarries it is about. The Flemish plan 2016-2020 (§2.5.2) asks for effective checks of the ethical clause, and the standard clause gives the means: a list of production sites, a self-assessment questionnaire, audits, membership of a multi-stakeholder initiative, and an action plan when something is wrong.',
      howToFix: 'Add to the clause how you will verify it: the list of production sites and a self-assessment questionnaire within a set time, an audit by an independent third party, a certificate or membership (SA8000, Fair Wear, amfori BSCI or equivalent), and a corrective action plan.',
      examples: {
        valid: [
          {
            text: 'De opdrachtnemer verbindt zich ertoe de IAO-basisverdragen na te leven. Hij vult binnen dertig dagen de vragenlijst voor zelfevaluatie in bijlage D in.',
            note: 'A self-assessment questionnaire.',
          },
          {
            text: '## Selectie\n\nDe inschrijver vermeldt in zijn offerte de productiesites waar de kledij wordt gemaakt.\n\n## Uitvoering\n\nDe opdrachtnemer leeft de IAO-basisverdragen na doorheen de volledige toeleveringsketen.',
            note: 'The production sites are disclosed elsewhere in the document: that is a means of verification too.',
          },
          {
            text: 'The contractor ensures that the goods are produced in compliance with the ILO core conventions throughout the supply chain and accepts audits by an independent third party.',
            lang: 'en',
            note: 'An audit.',
          },
        ],
        invalid: [
          {
            text: 'De opdrachtnemer waarborgt dat de geleverde laptops, doorheen de volledige toeleveringsketen, geproduceerd worden met naleving van de IAO-basisverdragen nrs. 29, 105, 138 en 182.',
            messageId: 'noMeans',
            note: 'Nothing says how this is checked.',
          },
        ],
      },
    },
  },
  check(context) {
    const clause = findIloClause(context);
    if (!clause) return;
    if (clause.blocks.some((b) => VERIFICATION_CUE.test(b.text))) return;
    if (context.document.blocks.some((b) => DOCUMENT_VERIFICATION_CUE.test(b.text))) return;
    const { start, end } = clauseSentence(context, clause.main);
    context.report({ messageId: 'noMeans', block: clause.main, start, end, suggestion: { messageId: 'means' } });
  },
};

export default rule;
