import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const terms = (md: string) => factsOf(md).paymentTerms.map((p) => [p.days, p.kind]);

describe('payment term in a table cell whose payment word is in the row label or the header', () => {
  it.each([
    ['| Gegeven | Inhoud |\n|---|---|\n| Betaling | binnen 50 kalenderdagen na de datum van de vorderingsstaat |\n', [[50, 'payment']]],
    // A headerless two-column table.
    ['| | |\n|---|---|\n| Looptijd | 4 jaar |\n| Betalingstermijn | 60 kalenderdagen |\n', [[60, 'payment']]],
    ['| Gegeven | Inhoud |\n|---|---|\n| Behandelingstermijn | 30 dagen na ontvangst van de factuur |\n', [[30, 'processing']]],
    ['| Rubrique | Contenu |\n|---|---|\n| Délai de paiement | 30 jours de calendrier à compter de la réception de la facture |\n', [[30, 'payment']]],
    ['| item | detail |\n|---|---|\n| Payment | within 30 days of receipt of a correct invoice |\n', [[30, 'payment']]],
    ['| Schijf | Betalingstermijn |\n|---|---|\n| Voorschot | 45 kalenderdagen |\n', [[45, 'payment']]],
  ])('reads %j', (md, expected) => {
    expect(terms(md)).toEqual(expected);
  });

  it.each([
    // Other periods in cells: execution, delivery, validity, notice, the subcontractors' payment, a payment row without days.
    '| Gegeven | Inhoud |\n|---|---|\n| Uitvoeringstermijn | 120 kalenderdagen |\n',
    '| Gegeven | Inhoud |\n|---|---|\n| Leveringstermijn | binnen 30 dagen na bestelling |\n',
    '| Gegeven | Inhoud |\n|---|---|\n| Verbintenistermijn | 90 kalenderdagen |\n',
    '| item | detail |\n|---|---|\n| Notice period | 60 days |\n',
    '| Gegeven | Inhoud |\n|---|---|\n| Betaling van de onderaannemers | binnen 30 dagen |\n',
    '| Gegeven | Inhoud |\n|---|---|\n| Betaling | in één keer na de oplevering |\n',
    // Under a payment header, a row that names another period keeps its own meaning.
    '| Termijn | Betaling |\n|---|---|\n| Uitvoeringstermijn | 120 kalenderdagen |\n',
  ])('does not read %j', (md) => {
    expect(terms(md)).toEqual([]);
  });

  it('reads the cell once, not once from the label and once from the text', () => {
    expect(terms('| Gegeven | Inhoud |\n|---|---|\n| Betaling | De betaling gebeurt binnen 30 dagen na ontvangst van de factuur. |\n')).toEqual([[30, 'payment']]);
  });
});
