/**
 * What counts as a reason for not dividing a contract into lots (rule-catalogue.md, "How to read": a
 * reason is an objective ground; a bare preference is not). One table for the facts extractor
 * (test/facts/values-lots.test.ts) and for the rule lots/justify-no-division (rules/lots/test), so
 * that the two read the same sentences the same way.
 */
export interface NoDivisionCase {
  lang: 'nl' | 'fr' | 'en';
  sentence: string;
  reason: boolean;
}

export const NO_DIVISION_CASES: NoDivisionCase[] = [
  // Grounds, after a connective or a colon.
  { lang: 'nl', reason: true, sentence: 'De opdracht wordt niet in percelen verdeeld omdat ontwerp, levering en onderhoud technisch één geheel vormen.' },
  { lang: 'nl', reason: true, sentence: 'Een verdeling in percelen is hier niet aangewezen: de veertien bedrijventerreinen liggen binnen een straal van 12 km en vormen samen één onderhoudsronde per week.' },
  { lang: 'nl', reason: true, sentence: 'De opdracht wordt niet in percelen verdeeld: het bestuur wil één aanspreekpunt, omdat de coördinatie tussen de vier sites anders niet haalbaar is.' },
  { lang: 'fr', reason: true, sentence: 'Le marché n’est pas divisé en lots parce que les prestations de nettoyage et d’entretien forment un tout technique.' },
  { lang: 'fr', reason: true, sentence: 'Le marché n’est pas divisé en lots : les travaux de toiture et de stabilité se font pendant la même fermeture et doivent être coordonnés par un seul entrepreneur.' },
  { lang: 'en', reason: true, sentence: 'The contract is not divided into lots: the audits build on each other and a second provider would have to repeat the reconnaissance of the whole network.' },
  { lang: 'en', reason: true, sentence: 'The contract is not divided into lots because the platform and its support form one technical whole.' },
  // A bare preference or convenience, after a colon or a connective, is no reason.
  { lang: 'en', reason: false, sentence: 'The contract is not divided into lots: the Service prefers to work with a single provider for all audits.' },
  { lang: 'en', reason: false, sentence: 'The contract is not divided into lots because the authority wishes to deal with one contractor only.' },
  { lang: 'en', reason: false, sentence: 'The contract is not divided into lots, for reasons of convenience for the contracting authority.' },
  { lang: 'nl', reason: false, sentence: 'De opdracht wordt niet in percelen verdeeld: het bestuur verkiest om met één enkele leverancier voor alle sites te werken.' },
  { lang: 'nl', reason: false, sentence: 'De opdracht wordt niet in percelen verdeeld omdat het bestuur liever met één aannemer werkt.' },
  { lang: 'nl', reason: false, sentence: 'Er is geen verdeling in percelen: de stad wenst gemakshalve één enkel aanspreekpunt voor de hele opdracht te behouden.' },
  { lang: 'fr', reason: false, sentence: 'Le marché n’est pas divisé en lots : le pouvoir adjudicateur souhaite disposer d’un seul interlocuteur pour toutes les prestations.' },
  { lang: 'fr', reason: false, sentence: 'Le marché n’est pas divisé en lots car le pouvoir adjudicateur préfère un fournisseur unique.' },
  { lang: 'nl', reason: false, sentence: 'De opdracht wordt niet in percelen verdeeld: dat is voor het gemak van de dienst Facility bij de opvolging van alle bestelbonnen en facturen.' },
  { lang: 'en', reason: false, sentence: 'The contract is not divided into lots: this is for the convenience of the Facilities department, which handles all orders and invoices.' },
  { lang: 'fr', reason: false, sentence: 'Le marché n’est pas divisé en lots : par commodité, le service des achats gère toutes les commandes et toutes les factures.' },
];

/** A specification around one of the sentences: value above the €140,000 threshold, a section on lots. */
export function noDivisionDocument(c: NoDivisionCase): string {
  if (c.lang === 'fr') return `# Cahier spécial des charges\n\nLe présent marché de services est estimé à 480.000 EUR HTVA.\n\n## Lots\n\n${c.sentence}\n`;
  if (c.lang === 'en') return `# Tender specification\n\nThis is a services contract with an estimated value of EUR 260,000 excluding VAT.\n\n## Lots\n\n${c.sentence}\n`;
  return `# Bestek\n\nDit is een opdracht voor diensten: onderhoud van de groenzones.\n\n## Raming\n\nDe geraamde waarde van de opdracht bedraagt € 500.000 excl. btw.\n\n## Percelen\n\n${c.sentence}\n`;
}
