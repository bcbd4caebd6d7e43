import { energyGoodsBought, type Rule, type RuleContext } from '@tenderlint/core';
import { priceOnlyClauses } from './read/price-only.js';

/**
 * For goods that use energy the purchase price is a small part of what they cost; the directive
 * lets authorities compare the cost over the life cycle (Dir 2014/24 art. 67(2), 68) and plan 2.1
 * and 2.5.1 ask them to.
 */
const rule: Rule = {
  meta: {
    id: 'award/life-cycle-cost',
    pack: 'award',
    principle: ['2.1', '2.5.1'],
    legal: 'Richtlijn 2014/24/EU art. 67, lid 2 en art. 68 (levenscycluskosten)',
    severity: 'warning',
    messages: {
      purchasePrice: {
        nl: 'Hier worden energieverbruikende goederen ({goods}) gegund op de aankoopprijs alleen{lotText}. Energie en onderhoud over de levensduur kosten vaak meer dan de aankoop; het plan vraagt om op de levenscycluskost te vergelijken (plan 2.1 en 2.5.1; Richtlijn 2014/24/EU art. 67, lid 2 en art. 68). Vergelijk de offertes op een totale eigendomskost (aankoop + energie + onderhoud + einde levensduur) met een vaste berekeningsmethode.',
        fr: 'Des biens consommateurs d\'énergie ({goods}) sont attribués sur le seul prix d\'achat{lotText}. L\'énergie et l\'entretien sur la durée de vie coûtent souvent plus que l\'achat ; le plan demande de comparer le coût du cycle de vie (plan 2.1 et 2.5.1 ; directive 2014/24/UE art. 67, § 2 et art. 68). Comparez les offres sur un coût total (achat + énergie + entretien + fin de vie) selon une méthode de calcul fixée.',
        en: 'Energy-using goods ({goods}) are awarded on the purchase price alone{lotText}. Energy and maintenance over the life often cost more than the purchase; the plan asks to compare life-cycle cost (plan 2.1 and 2.5.1; Directive 2014/24/EU art. 67(2) and 68). Compare offers on a total cost of ownership (purchase + energy + maintenance + end of life) with a fixed calculation method.',
      },
    },
    suggestions: {
      purchasePrice: {
        nl: 'De gunning gebeurt op basis van de levenscycluskost over [N] jaar: aankoopprijs + (opgenomen vermogen x branduren per jaar x [N] jaar x € [prijs] per kWh) + geraamde onderhoudskosten, volgens de methode in bijlage [X].',
        fr: 'L\'attribution se fait sur la base du coût du cycle de vie sur [N] ans : prix d\'achat + (puissance absorbée x heures d\'utilisation par an x [N] ans x [prix] € par kWh) + coûts d\'entretien estimés, selon la méthode de l\'annexe [X].',
        en: 'The award is based on the life-cycle cost over [N] years: purchase price + (power drawn x operating hours per year x [N] years x EUR [price] per kWh) + estimated maintenance costs, following the method in annex [X].',
      },
    },
    docs: {
      description: 'Flags energy-using goods (ICT, lighting, heating and cooling, appliances, vehicles, motors and pumps) awarded on the purchase price alone, without life-cycle cost.',
      rationale:
        'Over their life, energy-using goods often cost more in energy and maintenance than to buy. Directive 2014/24/EU art. 67(2) and 68 let authorities compare offers on life-cycle cost, and plan 2.1 and 2.5.1 ask them to do so. Awarding on the purchase price favours cheap, wasteful products.',
      howToFix:
        'Compare offers on a total cost of ownership: purchase price plus energy (power x hours x years x price per kWh), maintenance and end-of-life costs, with the method and figures in the documents. A maintenance or energy price over the life that is part of the compared price also counts; a warranty alone does not.',
      examples: {
        valid: [
          { text: '# Levering van verwarmingsketels\n\nDe gunning gebeurt op basis van de levenscycluskost over 15 jaar (aankoop, energie, onderhoud, einde levensduur) volgens de methode in bijlage C.', note: 'life-cycle cost' },
          { text: '# Levering van schoolmeubilair\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.', note: 'furniture uses no energy' },
        ],
        invalid: [
          { text: '# Levering van verwarmingsketels\n\nDe verwarmingsketels worden gegund aan de inschrijver met de laagste aankoopprijs.', messageId: 'purchasePrice' },
          { text: '# Bouw van een pompstation\n\nDe opdracht omvat een pompstation met twee dompelpompen en wordt gegund aan de inschrijver met de laagste regelmatige offerte.', messageId: 'purchasePrice' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const lotWords = { nl: ' voor perceel ', fr: ' pour le lot ', en: ' for lot ' };
    for (const clause of priceOnlyClauses(context)) {
      if (clause.lifeCycle) continue;
      const goods = energyGoodsBought(context.document, context.facts, clause.lot);
      if (!goods.length) continue;
      const names = [...new Set(goods.map((g) => g.text.toLowerCase()))].slice(0, 3).join(', ');
      const lotText = clause.lot === null ? '' : `${lotWords[context.language]}${clause.lot}`;
      context.report({
        messageId: 'purchasePrice',
        data: { goods: names, lotText },
        block: clause.at.blockId,
        start: clause.at.start,
        end: clause.at.end,
        suggestion: { messageId: 'purchasePrice' },
      });
    }
  },
};

export default rule;
