import type { Rule, RuleContext } from '@tenderlint/core';
import { readAwardCriteria, type CriteriaGroup, type Place } from './read/award-criteria.js';

/**
 * The documents must state the relative weighting of each award criterion, or, where weighting is
 * impossible for objective reasons, their order of importance (Dir 2014/24 art. 67(5)). Weights in
 * percent that do not add up to 100 leave the tenderer guessing how offers are compared.
 */
const rule: Rule = {
  meta: {
    id: 'award/weighting',
    pack: 'award',
    principle: ['2.1', '2.4'],
    legal: 'Richtlijn 2014/24/EU art. 67, lid 5; wet van 17 juni 2016 (gunningscriteria en weging)',
    severity: 'error',
    messages: {
      missing: {
        nl: 'Niet elk van de {count} gunningscriteria heeft een weging. Geef elk criterium een gewicht in punten of procent, zodat de inschrijvers weten hoe hun offerte beoordeeld wordt (plan 2.1 en 2.4, transparantie; Richtlijn 2014/24/EU art. 67, lid 5). Een rangorde van belangrijkheid volstaat alleen als weging om objectieve redenen onmogelijk is, en die reden staat dan in het bestek.',
        fr: 'Les {count} critères d\'attribution n\'ont pas tous une pondération. Donnez à chaque critère un poids en points ou en pourcentage, pour que les soumissionnaires sachent comment leur offre sera évaluée (plan 2.1 et 2.4, transparence ; directive 2014/24/UE art. 67, § 5). Un ordre d\'importance ne suffit que si la pondération est impossible pour des raisons objectives, à indiquer dans le cahier des charges.',
        en: 'Not each of the {count} award criteria has a weighting. Give each criterion a weight in points or percent, so that tenderers know how their offer will be assessed (plan 2.1 and 2.4, transparency; Directive 2014/24/EU art. 67(5)). An order of importance is enough only when weighting is impossible for objective reasons, stated in the documents.',
      },
      sum: {
        nl: 'De gewichten van de gunningscriteria tellen op tot {sum} % in plaats van 100 %. Zo is niet duidelijk hoe zwaar elk criterium doorweegt (plan 2.1 en 2.4; Richtlijn 2014/24/EU art. 67, lid 5). Pas de percentages aan zodat ze samen 100 % maken.',
        fr: 'Les pondérations des critères d\'attribution totalisent {sum} % au lieu de 100 %. Le poids réel de chaque critère n\'est donc pas clair (plan 2.1 et 2.4 ; directive 2014/24/UE art. 67, § 5). Corrigez les pourcentages pour qu\'ils fassent 100 % ensemble.',
        en: 'The weights of the award criteria add up to {sum} % instead of 100 %. It is unclear how much each criterion counts (plan 2.1 and 2.4; Directive 2014/24/EU art. 67(5)). Correct the percentages so that they total 100 %.',
      },
    },
    suggestions: {
      missing: {
        nl: 'Prijs: 60 punten; kwaliteit van de aanpak: 30 punten; duurzaamheid: 10 punten (totaal 100 punten).',
        fr: 'Prix : 60 points ; qualité de la méthodologie : 30 points ; durabilité : 10 points (total 100 points).',
        en: 'Price: 60 points; quality of the approach: 30 points; sustainability: 10 points (total 100 points).',
      },
    },
    docs: {
      description: 'Flags several award criteria listed without a weighting, or percentages that do not add up to 100.',
      rationale:
        'Plan 2.1 and 2.4 ask for transparent award decisions, and Directive 2014/24/EU art. 67(5) requires the documents to state the relative weighting of each criterion (or, only when weighting is objectively impossible, their order of importance). Without weights tenderers cannot tell what counts; weights that do not add up to 100 % make the scoring ambiguous and open to dispute.',
      howToFix:
        'Give every award criterion a weight in points or percent, in a table or list ("Prijs: 60 %, kwaliteit: 40 %"), and check that percentages add up to 100. Points may add up to any total. A single criterion (price only) needs no weight.',
      examples: {
        valid: [
          { text: '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit van de aanpak | 40 % |', note: 'weights that add up to 100 %' },
          { text: 'De opdracht wordt gegund aan de inschrijver met de laagste prijs.', note: 'a single criterion' },
        ],
        invalid: [
          { text: '## Gunningscriteria\n\nDe offertes worden beoordeeld op de volgende gunningscriteria:\n\n1. de prijs;\n2. de kwaliteit van het onderhoudsplan.', messageId: 'missing' },
          { text: '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 30 % |\n| Planning | 20 % |', messageId: 'sum' },
        ],
      },
    },
  },

  check(context: RuleContext) {
    const reported = new Set<string>();
    for (const g of readAwardCriteria(context)) {
      if (g.criteria.length < 2) continue;
      const unweighted = g.ordered || g.criteria.some((c) => c.weight === undefined);
      if (unweighted) {
        const at = g.intro && near(g, g.intro) ? g.intro : g.criteria[0]!;
        report(context, reported, at, 'missing', { count: g.criteria.length });
        continue;
      }
      if (!g.criteria.every((c) => c.unit === 'percent')) continue;
      const sum = Math.round(g.criteria.reduce((s, c) => s + (c.weight ?? 0), 0) * 100) / 100;
      if (Math.abs(sum - 100) > 0.5) report(context, reported, g.criteria[0]!, 'sum', { sum: String(sum).replace('.', ',') });
    }
  },
};

/** The introducing sentence is right before the criteria (not a stray sentence earlier in the section). */
function near(g: CriteriaGroup, intro: Place): boolean {
  const first = g.criteria[0]!.blockId;
  return intro.blockId <= first && first - intro.blockId <= 3;
}

function report(context: RuleContext, reported: Set<string>, at: Place, messageId: string, data: Record<string, string | number>): void {
  const key = `${at.blockId}`;
  if (reported.has(key)) return;
  reported.add(key);
  context.report({ messageId, data, block: at.blockId, start: at.start, end: at.end, ...(messageId === 'missing' ? { suggestion: { messageId: 'missing' } } : {}) });
}

export default rule;
