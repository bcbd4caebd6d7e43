import { energyGoodsBought, type Rule, type RuleContext } from '@tenderlint/core';
import { ENERGY_EFFICIENCY_CUES, ENERGY_STEMS } from './data/environmental-cues.js';

/**
 * The energy-efficiency directive (plan section 1) expects public buyers to purchase only
 * energy-efficient products; a purchase of energy-related products with no energy requirement at
 * all leaves consumption to chance.
 */
const rule: Rule = {
  meta: {
    id: 'sustainability/energy-efficiency',
    pack: 'sustainability',
    principle: ['2.5.1'],
    legal: 'Richtlijn 2012/27/EU (energie-efficiëntie), art. 6 en bijlage III; Vlaams plan overheidsopdrachten 2016-2020, 1 en 2.5.1',
    severity: 'warning',
    messages: {
      missing: {
        nl: 'Er worden energieverbruikende producten aangekocht ({goods}), maar het bestek stelt nergens een eis aan hun energie-efficiëntie. Overheden kopen volgens de energie-efficiëntierichtlijn enkel energie-efficiënte producten (plan 1 en 2.5.1). Vraag een energieklasse, een maximaal verbruik in W of kWh, een minimale efficiëntie (bv. lm/W), een label zoals Energy Star, EPEAT of TCO Certified (of gelijkwaardig), of voor voertuigen een emissienorm (Euro 6 / Euro VI).',
        fr: 'Des produits consommateurs d\'énergie sont achetés ({goods}), mais le cahier des charges ne fixe aucune exigence d\'efficacité énergétique. Selon la directive relative à l\'efficacité énergétique, les pouvoirs publics n\'achètent que des produits efficaces (plan 1 et 2.5.1). Exigez une classe énergétique, une consommation maximale en W ou kWh, un rendement minimal (p. ex. lm/W), un label tel qu\'Energy Star, EPEAT ou TCO Certified (ou équivalent), ou pour les véhicules une norme d\'émission (Euro 6 / Euro VI).',
        en: 'Energy-related products are bought ({goods}), but the specification sets no energy-efficiency requirement for them. Under the energy-efficiency directive public buyers purchase only energy-efficient products (plan 1 and 2.5.1). Ask for an energy class, a maximum consumption in W or kWh, a minimum efficiency (e.g. lm/W), a label such as Energy Star, EPEAT or TCO Certified (or equivalent), or for vehicles an emission standard (Euro 6 / Euro VI).',
      },
    },
    suggestions: {
      missing: {
        nl: 'De aangeboden toestellen voldoen aan de energie-eisen van Energy Star (laatste versie) of gelijkwaardig; het verbruik in slaapstand bedraagt hoogstens 0,5 W.',
        fr: 'Les appareils proposés satisfont aux exigences énergétiques d\'Energy Star (dernière version) ou équivalent ; la consommation en veille est d\'au plus 0,5 W.',
        en: 'The equipment offered meets the energy requirements of Energy Star (latest version) or equivalent; sleep-mode consumption is at most 0.5 W.',
      },
    },
    docs: {
      description: 'Flags a purchase of energy-related products (ICT, displays, lighting, appliances, heating and cooling, vehicles, motors and pumps) with no energy-efficiency requirement in the document.',
      rationale:
        'Plan section 1 refers to the energy-efficiency directive, which asks public buyers to purchase energy-efficient products, and plan 2.5.1 names energy as a core environmental criterion. Without an energy requirement the cheapest, least efficient product may win. An emission class means a vehicle emission standard (Euro 6, Euro VI); other classes, such as formaldehyde class E1, are not energy requirements.',
      howToFix:
        'Add an energy-efficiency requirement for each kind of energy-related product: an energy class, a maximum consumption in W or kWh (also in standby), a minimum efficiency such as lm/W for lighting or SCOP for heat pumps, a label (Energy Star, EPEAT, TCO Certified, or equivalent), or for vehicles a Euro 6 / Euro VI emission standard.',
      examples: {
        valid: [
          { text: '# Levering van LED-armaturen\n\nDe armaturen halen een lichtrendement van minstens 150 lm/W; het verbruik in stand-by is hoogstens 0,5 W.', note: 'efficiency in lm/W and a maximum consumption' },
          { text: '# Levering van schoolmeubilair\n\nDe plaatmaterialen halen formaldehyde-emissieklasse E1.', note: 'furniture is not energy-related' },
        ],
        invalid: [
          { text: '# Levering van laptops\n\nDe laptops hebben een processor met minstens acht kernen en 16 GB werkgeheugen.', messageId: 'missing' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const goods = energyGoodsBought(context.document, context.facts);
    if (!goods.length) return;
    for (const block of context.document.blocks) {
      if (ENERGY_STEMS.test(block.text) && ENERGY_EFFICIENCY_CUES.some((re) => re.test(block.text))) return;
    }
    const names = [...new Set(goods.map((g) => g.text.toLowerCase()))].slice(0, 3).join(', ');
    const at = context.anchorFor('technical', 'subject');
    context.report({ messageId: 'missing', data: { goods: names }, block: at, missing: true, suggestion: { messageId: 'missing' } });
  },
};

export default rule;
