import type { Rule, RuleContext } from '@tenderlint/core';
import { priceOnlyClauses } from './read/price-only.js';

/**
 * Plan 2.1 and 2.5 ask authorities to award on the best price-quality ratio, so that quality,
 * sustainability and innovation count; the law allows price alone (Wet 17 juni 2016 art. 81), so
 * this is advice, not an error.
 */
const rule: Rule = {
  meta: {
    id: 'award/price-only',
    pack: 'award',
    principle: ['2.1', '2.5'],
    legal: 'Wet van 17 juni 2016, art. 81; Vlaams plan overheidsopdrachten 2016-2020, 2.1',
    severity: 'info',
    messages: {
      priceOnly: {
        nl: 'De prijs is hier het enige gunningscriterium{lotText}. Het plan vraagt om te gunnen op de beste prijs-kwaliteitverhouding, zodat kwaliteit, duurzaamheid en innovatie meetellen (plan 2.1 en 2.5; wet van 17 juni 2016, art. 81). Overweeg kwaliteits- of duurzaamheidscriteria met een weging, of een kost op basis van de levenscyclus.',
        fr: 'Le prix est ici le seul critère d\'attribution{lotText}. Le plan demande d\'attribuer sur la base du meilleur rapport qualité-prix, pour que la qualité, la durabilité et l\'innovation comptent (plan 2.1 et 2.5 ; loi du 17 juin 2016, art. 81). Envisagez des critères de qualité ou de durabilité pondérés, ou un coût fondé sur le cycle de vie.',
        en: 'Price is the only award criterion here{lotText}. The plan asks for award on the best price-quality ratio, so that quality, sustainability and innovation count (plan 2.1 and 2.5; law of 17 June 2016, art. 81). Consider weighted quality or sustainability criteria, or a cost on a life-cycle basis.',
      },
    },
    suggestions: {
      priceOnly: {
        nl: 'De opdracht wordt gegund aan de economisch meest voordelige offerte op basis van de volgende criteria: prijs (60 punten), kwaliteit van de uitvoering (30 punten), duurzaamheid (10 punten).',
        fr: 'Le marché est attribué à l\'offre économiquement la plus avantageuse sur la base des critères suivants : prix (60 points), qualité de l\'exécution (30 points), durabilité (10 points).',
        en: 'The contract is awarded to the most economically advantageous tender on the basis of: price (60 points), quality of delivery (30 points), sustainability (10 points).',
      },
    },
    docs: {
      description: 'Points out award clauses where price (or the lowest price) is the only criterion, for the whole contract or one lot.',
      rationale:
        'Plan 2.1 and 2.5 make the best price-quality ratio the default, so that quality, sustainability and innovation weigh in the award. The law of 17 June 2016 (art. 81) allows price alone, which is why this is information, not an error: it asks the author to consider whether quality or life-cycle cost should count.',
      howToFix:
        'Add weighted quality, sustainability or service criteria next to price, or compare offers on a cost over the life cycle. When price alone is the right choice (a simple, fully specified purchase), leave it and suppress the finding with a reason.',
      examples: {
        valid: [
          { text: '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |', note: 'price with another criterion' },
          { text: 'De gunning gebeurt op basis van de levenscycluskost over 15 jaar (aankoop, energie, onderhoud, einde levensduur).', note: 'cost on a life-cycle basis' },
        ],
        invalid: [
          { text: 'De opdracht wordt gegund aan de inschrijver die de regelmatige offerte met de laagste prijs heeft ingediend.', messageId: 'priceOnly' },
          { text: 'Le prix est le seul critère d\'attribution.', lang: 'fr', messageId: 'priceOnly' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const lotWords = { nl: ' voor perceel ', fr: ' pour le lot ', en: ' for lot ' };
    for (const clause of priceOnlyClauses(context)) {
      if (clause.lifeCycle) continue;
      const lotText = clause.lot === null ? '' : `${lotWords[context.language]}${clause.lot}`;
      context.report({
        messageId: 'priceOnly',
        data: { lotText },
        block: clause.at.blockId,
        start: clause.at.start,
        end: clause.at.end,
        suggestion: { messageId: 'priceOnly' },
      });
    }
  },
};

export default rule;
