import type { Rule, RuleContext } from '@tenderlint/core';
import { ENERGY_EFFICIENCY_CUES, ENERGY_STEMS, ENVIRONMENTAL_CUES, ENVIRONMENTAL_STEMS, WASTE_EQUIPMENT_CUE } from './data/environmental-cues.js';

/** Below this value (excl. VAT) the rule stays silent: small purchases by accepted invoice. */
const MIN_VALUE_EUR = 30_000;

/**
 * Plan 2.5 aims at 100 % sustainable public procurement: every contract above the smallest ones
 * should carry at least one environmental requirement, criterion or clause.
 */
const rule: Rule = {
  meta: {
    id: 'sustainability/criteria-present',
    pack: 'sustainability',
    principle: ['2.5', '2.5.1'],
    legal: 'Vlaams plan overheidsopdrachten 2016-2020, 2.5 (100 % duurzame overheidsopdrachten); Richtlijn 2014/24/EU art. 18, lid 2, 42, 43, 67, 70',
    severity: 'warning',
    messages: {
      missing: {
        nl: 'Dit bestek bevat nergens een milieuvereiste: niets over energie, uitstoot, materialen, recyclage, afval, verpakking, labels, transport, chemische stoffen of biodiversiteit. Het plan mikt op 100 % duurzame overheidsopdrachten (plan 2.5 en 2.5.1). Neem minstens één milieueis op in de technische specificaties, de gunningscriteria of de uitvoeringsvoorwaarden; de productfiches van de gids duurzame aankopen geven voorbeelden.',
        fr: 'Ce cahier des charges ne contient aucune exigence environnementale : rien sur l\'énergie, les émissions, les matériaux, le recyclage, les déchets, les emballages, les labels, le transport, les substances chimiques ou la biodiversité. Le plan vise 100 % de marchés publics durables (plan 2.5 et 2.5.1). Ajoutez au moins une exigence environnementale dans les spécifications techniques, les critères d\'attribution ou les conditions d\'exécution.',
        en: 'This specification has no environmental requirement anywhere: nothing on energy, emissions, materials, recycling, waste, packaging, labels, transport, chemicals or biodiversity. The plan aims at 100 % sustainable public procurement (plan 2.5 and 2.5.1). Add at least one environmental requirement to the technical specifications, the award criteria or the contract performance clauses.',
      },
    },
    suggestions: {
      missing: {
        nl: 'De opdrachtnemer beperkt de verpakking tot het strikt noodzakelijke, gebruikt gerecycleerde of herbruikbare verpakking en neemt ze kosteloos terug voor hergebruik of recyclage.',
        fr: 'Le titulaire limite les emballages au strict nécessaire, utilise des emballages recyclés ou réutilisables et les reprend gratuitement en vue de leur réemploi ou recyclage.',
        en: 'The contractor keeps packaging to the strict minimum, uses recycled or reusable packaging and takes it back free of charge for reuse or recycling.',
      },
    },
    docs: {
      description: 'Flags a specification of €30,000 or more (or of unknown value) with no environmental requirement, award criterion or clause anywhere.',
      rationale:
        'Plan 2.5 sets the goal of 100 % sustainable public procurement, and 2.5.1 asks for environmental criteria in technical specifications, award criteria and performance clauses. A specification that says nothing about energy, emissions, materials, waste, packaging, chemicals or biodiversity misses that goal. A duty to comply with environmental law counts, and so does a subject that is itself environmental (greening, nature management, waste collection).',
      howToFix:
        'Add at least one environmental requirement that fits the subject: an energy-efficiency or emission requirement, recycled content, an ecolabel or equivalent, packaging take-back, waste sorting, low-emission transport, or an award criterion on environmental performance.',
      examples: {
        valid: [
          { text: '# Schoonmaak van kantoren\n\nAlle reinigingsmiddelen dragen het EU Ecolabel of een gelijkwaardig label.', note: 'an ecolabel requirement' },
          { text: '# Groenonderhoud\n\nDe opdrachtnemer maait de bermen twee keer per jaar.', note: 'the subject itself is environmental' },
          { text: '# Onderhoud straatverlichting\n\nDe nieuwe LED-armaturen halen minstens 140 lm/W en verbruiken hoogstens 40 W.', note: 'an energy-efficiency requirement is an environmental requirement' },
          { text: '# Onderhoud straatverlichting\n\nDe opdrachtnemer voert de vervangen lampen af via Recupel.', note: 'take-back of waste electrical equipment' },
        ],
        invalid: [
          { text: '# Levering van laptops\n\nDe laptops hebben een processor met minstens acht kernen en 16 GB werkgeheugen.', messageId: 'missing' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const value = context.facts.estimatedValue;
    if (value && value.value.currency === 'EUR' && value.value.amount < MIN_VALUE_EUR) return;
    for (const block of context.document.blocks) {
      if (ENVIRONMENTAL_STEMS.test(block.text) && ENVIRONMENTAL_CUES.some((re) => re.test(block.text))) return;
      // A measurable energy-efficiency requirement is an environmental requirement too (energy comes first in the catalogue's list).
      if (ENERGY_STEMS.test(block.text) && ENERGY_EFFICIENCY_CUES.some((re) => re.test(block.text))) return;
      if (WASTE_EQUIPMENT_CUE.test(block.text)) return;
    }
    const at = context.anchorFor('technical', 'execution', 'award');
    context.report({ messageId: 'missing', block: at, missing: true, suggestion: { messageId: 'missing' } });
  },
};

export default rule;
