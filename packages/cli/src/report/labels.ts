import type { Answer, Figure } from './record.js';

/** What each figure is called in the report (docs/monitoring.md explains how it is computed). */
export const FIGURE_LABELS: Record<Figure, { nl: string; question: string }> = {
  dividedIntoLots: { nl: 'In percelen verdeeld', question: 'Is de opdracht in percelen verdeeld? (plan 2.3)' },
  socialClause: { nl: 'Sociale clausule', question: 'Heeft de opdracht een sociale clausule, waar de drempel ze vraagt? (plan 2.5.2)' },
  iloClause: { nl: 'IAO-clausule in risicosector', question: 'Heeft een opdracht in een risicosector een clausule over de IAO-basisnormen? (plan 2.5.2)' },
  environmentalCriteria: { nl: 'Milieucriteria', question: 'Stelt het bestek milieueisen of -criteria? (plan 2.5, 2.5.1)' },
  eInvoicing: { nl: 'E-facturatie vereist', question: 'Vraagt het bestek elektronische facturen? (plan 2.2)' },
  priceOnly: { nl: 'Enkel op prijs gegund', question: 'Is de prijs het enige gunningscriterium? (plan 2.1)' },
  lifeCycleCost: { nl: 'Levenscycluskost (LCC/TCO)', question: 'Telt de gunning de kost over de levensduur? (plan 2.1, 2.5.1)' },
  variantsAllowed: { nl: 'Varianten toegelaten', question: 'Laat het bestek varianten toe of vraagt het ze? (plan 2.5.3)' },
};

export const ANSWER_LABELS: Record<Answer, string> = { yes: 'ja', no: 'nee', 'not-applicable': 'n.v.t.', unknown: 'onbekend' };
