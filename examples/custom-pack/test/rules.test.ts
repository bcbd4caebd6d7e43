import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import pack from '../index.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });
const rule = (id: string) => pack.rules.find((r) => r.meta.id === id)!;

tester.run(rule('bossegem/no-fossil-vehicles'), {
  valid: [
    'De opdrachtnemer zet voor het maaien uitsluitend elektrische machines in.',
    'Voertuigen met een verbrandingsmotor worden niet aanvaard.',
    'De bestaande dieselwagens worden vervangen door elektrische bestelwagens.',
    'De opdrachtnemer rijdt op HVO in plaats van diesel.',
    { text: 'Les véhicules à essence ou diesel sont exclus.', lang: 'fr' },
    { text: 'The contractor uses electric vans only.', lang: 'en' },
  ],
  invalid: [
    { text: 'De opdrachtnemer maait met een dieselmaaier.', errors: [{ messageId: 'fossilVehicle', text: 'dieselmaaier' }] },
    { text: 'De levering omvat twee bestelwagens met benzinemotor en een LPG-heftruck.', errors: [{ messageId: 'fossilVehicle', text: 'benzinemotor' }] },
    { text: 'Les véhicules thermiques sont acceptés.', lang: 'fr', errors: [{ messageId: 'fossilVehicle', message: /plan climat de Bossegem/ }] },
    { text: 'The contractor shall provide two petrol mowers.', lang: 'en', errors: [{ messageId: 'fossilVehicle', suggestion: /zero-emission/ }] },
  ],
});

tester.run(rule('bossegem/social-economy'), {
  valid: [
    '# Bestek schoonmaak\n\nDeze opdracht voor diensten wordt geraamd op € 200.000 excl. btw.\n\nDe opdrachtnemer zet tijdens de uitvoering twee werkervaringsplaatsen in via de sociale economie.',
    '# Bestek schoonmaak\n\nDeze opdracht voor diensten wordt geraamd op € 200.000 excl. btw.\n\nPerceel 2 is een voorbehouden opdracht voor maatwerkbedrijven.',
    '# Bestek laptops\n\nDeze opdracht voor leveringen wordt geraamd op € 200.000 excl. btw.',
    '# Bestek drukwerk\n\nDeze opdracht voor diensten wordt geraamd op € 40.000 excl. btw.',
    { text: '# Cahier des charges\n\nCe marché de services est estimé à 150.000 euros HTVA.\n\nLe lot 2 est un marché réservé aux entreprises de travail adapté.', lang: 'fr' },
  ],
  invalid: [
    { text: '# Bestek schoonmaak\n\nDeze opdracht voor diensten wordt geraamd op € 200.000 excl. btw.', errors: [{ messageId: 'missingClause' }] },
    { text: '# Bestek heraanleg plein\n\nDeze opdracht voor werken wordt geraamd op € 900.000 excl. btw.', errors: [{ messageId: 'missingClause' }] },
    { text: '# Cahier des charges\n\nCe marché de services est estimé à 150.000 euros HTVA.', lang: 'fr', errors: [{ messageId: 'missingClause', message: /économie sociale/ }] },
    { text: '# Tender\n\nThe contract for services is estimated at EUR 150,000 excl. VAT.', lang: 'en', errors: [{ messageId: 'missingClause', message: /social economy/ }] },
  ],
});

tester.run(rule('bossegem/circular-furniture'), {
  valid: [
    '# Levering van bureaustoelen\n\nDeze opdracht voor leveringen betreft bureaustoelen (CPV 39130000-2). De stoelen zijn demonteerbaar en herstelbaar.',
    '# Levering van kasten\n\nDeze opdracht voor leveringen betreft kasten (CPV 39131000-9). De leverancier neemt de kasten op het einde van de levensduur terug (terugname voor hergebruik).',
    '# Levering van laptops\n\nDeze opdracht voor leveringen betreft laptops (CPV 30213100-6).',
    { text: '# Fourniture de mobilier\n\nMarché de fournitures de mobilier scolaire (CPV 39160000-1). Le mobilier reconditionné est accepté.', lang: 'fr' },
  ],
  invalid: [
    { text: '# Levering van bureaustoelen\n\nDeze opdracht voor leveringen betreft bureaustoelen (CPV 39130000-2).', errors: [{ messageId: 'missingCircularity' }] },
    { text: '# Fourniture de mobilier\n\nMarché de fournitures de mobilier scolaire (CPV 39160000-1).', lang: 'fr', errors: [{ messageId: 'missingCircularity', message: /clause de circularité/ }] },
    { text: '# Office furniture\n\nSupply of office chairs (CPV 39130000-2).', lang: 'en', errors: [{ messageId: 'missingCircularity', message: /no circularity clause/ }] },
  ],
});
