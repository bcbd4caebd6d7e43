import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/social-clause.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

const services = (value: string, extra: string) => `# Bestek schoonmaak van gemeentelijke gebouwen

## 1. Voorwerp van de opdracht

Deze opdracht voor diensten betreft de schoonmaak van het gemeentehuis en de bibliotheek (CPV 90919200-4).

## 2. Geraamde waarde

De geraamde waarde van de opdracht bedraagt ${value} excl. btw.

## 3. Uitvoeringsbepalingen

De opdrachtnemer werkt van maandag tot vrijdag tussen 6 en 9 uur.${extra ? `\n\n${extra}` : ''}
`;

const works = (value: string, extra: string) => `# Heraanleg van de Kerkstraat

## 1. Voorwerp

De opdracht is een opdracht voor werken: de heraanleg van de Kerkstraat met riolering (CPV 45233140-2).

## 2. Raming

De raming van de werken bedraagt ${value} excl. btw.

## 3. Uitvoering

De uitvoeringstermijn bedraagt 150 werkdagen.${extra ? `\n\n${extra}` : ''}
`;

tester.run(rule, {
  valid: [
    { name: 'services with a social clause for vulnerable groups', text: services('€ 250.000', 'De opdrachtnemer zet tijdens de volledige looptijd minstens één voltijds equivalent in uit een kansengroep (langdurig werkzoekenden), via VDAB of een maatwerkbedrijf.') },
    { name: 'services with traineeships', text: services('€ 250.000', 'De opdrachtnemer biedt elk jaar minstens twee stageplaatsen aan voor leerlingen uit het duaal leren.') },
    { name: 'services below € 70.000', text: services('€ 65.000', '') },
    { name: 'works below € 990.000', text: works('€ 560.000', '') },
    { name: 'a reserved contract', text: services('€ 150.000', 'Deze opdracht is voorbehouden aan maatwerkbedrijven overeenkomstig artikel 15 van de wet van 17 juni 2016.') },
    { name: 'the clause left out with a reason', text: services('€ 180.000', 'Er is geen sociale clausule opgenomen, omdat de opdracht uit korte, zeer gespecialiseerde interventies bestaat.') },
    { name: 'supplies are out of scope', text: '# Levering van laptops\n\nDeze opdracht voor leveringen betreft 400 laptops (CPV 30213100-6).\n\nDe geraamde waarde bedraagt € 540.000 excl. btw.' },
    { name: 'no value stated', text: '# Schoonmaak\n\nDeze opdracht voor diensten betreft de schoonmaak van de bibliotheek (CPV 90919200-4).' },
    {
      name: 'French: clause sociale with trainees',
      text: "# Nettoyage des bureaux\n\nLe présent marché de services a pour objet le nettoyage des bureaux (CPV 90919200-4).\n\nLe montant estimé du marché s'élève à 480.000 EUR HTVA.\n\n## 13. Clause sociale\n\nL'adjudicataire accueille un stagiaire pendant 300 heures par an, en collaboration avec Bruxelles Formation.",
      lang: 'fr',
    },
    {
      name: 'English: left out with a reason',
      text: '# IT consultancy framework\n\nThe services contract (CPV 72000000-5) has an estimated value of EUR 4 800 000 excluding VAT.\n\nA social clause on the employment or training of persons from vulnerable groups is not included, because the services consist of short, highly specialised expert assignments delivered remotely.',
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'services above € 70.000 with nothing',
      text: services('€ 118.000', 'De opdrachtnemer levert een maandelijks verslag.'),
      errors: [{ messageId: 'missing', text: '3. Uitvoeringsbepalingen', message: /118\.000/ }],
    },
    {
      name: 'works above € 990.000: presence registration is no social clause',
      text: works('€ 1.450.000', 'De aannemer registreert de aanwezigheden op de werf via Checkin@Work.'),
      errors: [{ messageId: 'missing', message: /werken/ }],
    },
    {
      name: 'a clause said to be left out without a reason',
      text: services('€ 300.000', 'In deze opdracht wordt geen sociale clausule opgenomen.'),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a heading with "niet van toepassing" under it',
      text: services('€ 300.000', '### Sociale clausule\n\nNiet van toepassing.'),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a mixed contract whose main subject is services',
      text: '# Levering en onderhoud van speeltoestellen\n\n## 1. Voorwerp\n\nDeze gemengde opdracht omvat de levering van speeltoestellen en het onderhoud ervan gedurende tien jaar. Het onderhoud (diensten) vertegenwoordigt de hoogste waarde; de opdracht wordt daarom als opdracht voor diensten geplaatst.\n\n## 2. Raming\n\nDe geraamde waarde van de opdracht bedraagt € 300.000 excl. btw.',
      errors: [{ messageId: 'missing', message: /diensten/ }],
    },
    {
      name: 'a lower trigger set in the options',
      text: services('€ 60.000', ''),
      options: { servicesFrom: 50000 },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'French: services with no clause sociale',
      text: "# Entretien des espaces verts\n\nLe présent marché de services a pour objet l'entretien des espaces verts communaux (CPV 77310000-6).\n\nLe montant estimé du marché s'élève à 210.000 EUR HTVA.\n\n## Conditions d'exécution\n\nLes tontes ont lieu toutes les deux semaines.",
      lang: 'fr',
      errors: [{ messageId: 'missing', message: /clause sociale/ }],
    },
    {
      name: 'English: works with no social clause',
      text: '# Refurbishment of the town hall\n\nThis works contract (CPV 45454000-4) has an estimated value of EUR 2,100,000 excluding VAT.\n\n## Performance\n\nThe works shall be completed within 300 working days.',
      lang: 'en',
      errors: [{ messageId: 'missing', message: /social clause/ }],
    },
  ],
});
