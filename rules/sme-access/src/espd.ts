/**
 * sme-access/espd: above the EU threshold tenderers declare exclusion and selection through the
 * ESPD (UEA, DUME) instead of collecting certificates up front.
 */
import { defineRule, EU_THRESHOLDS } from '@tenderlint/core';
import { ESPD_CUE, ESPD_PREFILTER, REFUSED } from './data/espd-cues.js';

export default defineRule({
  meta: {
    id: 'sme-access/espd',
    pack: 'sme-access',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 59; KB 18 april 2017 (KBP) art. 38-39',
    severity: 'warning',
    messages: {
      missing: {
        nl: 'De opdracht ({value} euro excl. btw) ligt boven de Europese drempel van {threshold} euro, maar het bestek vermeldt het Uniform Europees Aanbestedingsdocument (UEA) niet. Boven die drempel moet de inschrijver het UEA kunnen gebruiken als voorlopig bewijs dat hij niet uitgesloten is en aan de selectiecriteria voldoet (richtlijn 2014/24/EU art. 59); dat spaart KMO\'s het verzamelen van attesten (plan 2.3). Vermeld in de selectieleidraad dat de inschrijver het UEA invult.',
        fr: "Le marché ({value} euros HTVA) dépasse le seuil européen de {threshold} euros, mais le cahier des charges ne mentionne pas le document unique de marché européen (DUME). Au-delà de ce seuil, le soumissionnaire doit pouvoir utiliser le DUME comme preuve provisoire qu'il n'est pas exclu et qu'il satisfait aux critères de sélection (directive 2014/24/UE art. 59) ; cela évite aux PME de rassembler des attestations (plan 2.3). Indiquez que le soumissionnaire remplit le DUME.",
        en: 'The contract ({value} euro excl. VAT) is above the EU threshold of {threshold} euro, but the document does not mention the European Single Procurement Document (ESPD). Above that threshold tenderers must be able to use the ESPD as preliminary evidence that they are not excluded and meet the selection criteria (Directive 2014/24/EU art. 59); it spares SMEs collecting certificates (plan 2.3). State that tenderers fill in the ESPD.',
      },
      refused: {
        nl: 'Het bestek weigert het UEA, terwijl de opdracht ({value} euro excl. btw) boven de Europese drempel van {threshold} euro ligt. Boven die drempel moet de aanbestedende overheid het UEA aanvaarden als voorlopig bewijs (richtlijn 2014/24/EU art. 59; plan 2.3). Schrap de weigering en vraag het UEA.',
        fr: "Le cahier des charges refuse le DUME alors que le marché ({value} euros HTVA) dépasse le seuil européen de {threshold} euros. Au-delà de ce seuil, le pouvoir adjudicateur doit accepter le DUME comme preuve provisoire (directive 2014/24/UE art. 59 ; plan 2.3). Supprimez ce refus et demandez le DUME.",
        en: 'The document refuses the ESPD although the contract ({value} euro excl. VAT) is above the EU threshold of {threshold} euro. Above that threshold the authority must accept the ESPD as preliminary evidence (Directive 2014/24/EU art. 59; plan 2.3). Remove the refusal and ask for the ESPD.',
      },
    },
    suggestions: {
      useEspd: {
        nl: 'De inschrijver verklaart in het Uniform Europees Aanbestedingsdocument (UEA) dat hij zich niet in een uitsluitingssituatie bevindt en aan de selectiecriteria voldoet. Alleen de inschrijver aan wie de opdracht zal worden gegund, legt vóór de gunning de bewijsstukken voor die de aanbestedende overheid niet zelf kan raadplegen.',
        fr: "Le soumissionnaire déclare dans le document unique de marché européen (DUME) qu'il ne se trouve pas dans une situation d'exclusion et qu'il satisfait aux critères de sélection. Seul le soumissionnaire pressenti produit, avant l'attribution, les documents justificatifs que le pouvoir adjudicateur ne peut pas consulter lui-même.",
        en: 'Tenderers declare in the European Single Procurement Document (ESPD) that they are not in a situation of exclusion and that they meet the selection criteria. Only the tenderer to be awarded the contract provides, before award, the supporting documents the authority cannot consult itself.',
      },
    },
    docs: {
      description: 'Flags contracts above the EU threshold whose documents neither accept nor name the ESPD (UEA, DUME).',
      rationale:
        'Article 59 of Directive 2014/24/EU obliges authorities to accept the European Single Procurement Document as preliminary evidence of exclusion and selection above the EU thresholds (2026-2027: €216,000 for supplies and services of sub-central authorities, €5,404,000 for works). Plan 2.3 asks to limit the administrative burden on SMEs: tenderers declare, and only the winner proves.',
      howToFix: 'Say in the selection part that tenderers fill in the UEA / DUME / ESPD, and ask supporting documents only from the tenderer to be awarded.',
      examples: {
        valid: [
          {
            text: 'Het gaat om een opdracht voor diensten. De geraamde waarde bedraagt € 480.000 excl. btw.\n\nDe inschrijver verklaart in het UEA dat hij aan de selectiecriteria voldoet.',
          },
          { text: 'Het gaat om een opdracht voor diensten. De geraamde waarde bedraagt € 150.000 excl. btw.\n\nDe inschrijver voegt een lijst van referenties bij zijn offerte.', note: 'Below the EU threshold.' },
        ],
        invalid: [
          {
            text: 'Het gaat om een opdracht voor diensten. De geraamde waarde bedraagt € 480.000 excl. btw.\n\n## Selectiecriteria\n\nDe inschrijver voegt een lijst van drie referenties bij zijn offerte.',
            messageId: 'missing',
          },
        ],
      },
    },
  },

  check(context) {
    const value = context.facts.estimatedValue?.value;
    if (!value || value.currency !== 'EUR') return;
    const type = context.facts.contractType?.value;
    // With no contract type only the works threshold is certain to be passed.
    const threshold = type === 'supplies' || type === 'services' ? EU_THRESHOLDS.suppliesServicesSubCentral : EU_THRESHOLDS.works;
    if (value.amount < threshold) return;
    const data = { value: formatEuro(value.amount), threshold: formatEuro(threshold) };

    let refusal: { blockId: number; start: number; end: number } | undefined;
    for (const block of context.document.blocks) {
      if (!ESPD_PREFILTER.test(block.text) || !ESPD_CUE.test(block.text)) continue;
      for (const s of context.sentences(block)) {
        if (!ESPD_CUE.test(s.text)) continue;
        if (!REFUSED.test(s.text)) return;
        refusal ??= { blockId: block.id, start: s.start, end: s.end };
      }
    }
    if (refusal) {
      context.report({ messageId: 'refused', data, block: refusal.blockId, start: refusal.start, end: refusal.end });
      return;
    }
    context.report({
      messageId: 'missing',
      data,
      block: context.anchorFor('selection', 'exclusion'),
      missing: true,
      suggestion: { messageId: 'useEspd' },
    });
  },
});

function formatEuro(amount: number): string {
  return Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
