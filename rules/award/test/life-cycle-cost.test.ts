import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/life-cycle-cost.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    // Life-cycle cost in the award.
    '# Levering van verwarmingsketels\n\nDe gunning gebeurt op basis van de levenscycluskost over 15 jaar (aankoop, energie, onderhoud, einde levensduur) volgens de methode in bijlage C.',
    '# Levering van LED-armaturen\n\n## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Levenscycluskost (TCO) over 20 jaar: aankoopprijs + energiekost + onderhoud | 70 % |\n| Lichttechnische kwaliteit | 30 % |',
    // Running costs are part of the compared price.
    '# Levering van printers\n\nDe opdracht wordt gegund aan de inschrijver met de laagste totaalprijs, die de aankoop en de onderhoudskosten over vijf jaar omvat.',
    // Price with quality.
    '# Levering van laptops\n\n## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Energieverbruik | 40 % |',
    // Goods that use no energy.
    '# Levering van schoolmeubilair\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
    '# Heraanleg van de Dorpsstraat\n\nDe opdracht wordt gegund aan de inschrijver die de regelmatige offerte met de laagste prijs heeft ingediend.',
    // Services, not a purchase of goods.
    '# Onderhoud van de openbare verlichting\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
    // Equipment the authority provides.
    '# Catering voor het woonzorgcentrum\n\nHet OCMW stelt de keuken en de koelkasten ter beschikking.\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
    { text: '# Fourniture de mobilier scolaire\n\nLe prix est le seul critère d\'attribution.', lang: 'fr' },
    { text: '# IT consultancy services\n\nThe contract will be awarded to the lowest price.', lang: 'en' },
      // Pumps under a services contract (maintenance) are not bought.
    '# Onderhoud van pompstations\n\nDe opdracht betreft het onderhoud van 12 pompstations. De opdracht wordt gegund aan de inschrijver met de laagste prijs.',
  ],
  invalid: [
    // Price alone in its adjective form, for boilers installed under a works contract.
    { text: '# Remplacement des chaudières de l\'école\n\nLe marché comprend le remplacement de deux chaudières gaz à condensation.\n\nLe pouvoir adjudicateur choisit l\'offre économiquement la plus avantageuse, déterminée sur la seule base du prix.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Levering van warmtepompen\n\nDe opdracht wordt gegund op grond van de prijs alleen.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Levering van verwarmingsketels\n\nDe verwarmingsketels worden gegund aan de inschrijver met de laagste aankoopprijs.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Levering van laptops en dockingstations\n\n## Gunningscriterium\n\nHet enige gunningscriterium is de totale prijs (laptops, dockingstations, voorinstallatie en garantie).', errors: [{ messageId: 'purchasePrice', message: /laptops/ }] },
    {
      text: '# Levering van LED-armaturen\n\n## Voorwerp\n\n- Perceel 1: functionele wegverlichting\n- Perceel 2: sfeerverlichting voor parken\n\n## Gunningscriteria\n\nPerceel 1 wordt gegund volgens de volgende criteria:\n\n| Criterium | Weging |\n|---|---|\n| Levenscycluskost over 20 jaar | 70 % |\n| Kwaliteit | 30 % |\n\nPerceel 2 wordt gegund aan de inschrijver met de laagste aankoopprijs volgens de inventaris.',
      errors: [{ messageId: 'purchasePrice', message: /sfeerverlichting/ }],
    },
    { text: '# Aankoop van elektrische bestelwagens\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Fourniture de luminaires LED\n\nLe marché est attribué au soumissionnaire ayant remis l\'offre régulière la plus basse.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Supply of laptops\n\nThe contract will be awarded to the tenderer offering the lowest price.', lang: 'en', errors: [{ messageId: 'purchasePrice' }] },
    // Price named as the amount of the offer.
    { text: '# Fourniture de projecteurs LED\n\nLe pouvoir adjudicateur choisit l\'offre régulière économiquement la plus avantageuse, déterminée sur la seule base du montant total de l\'inventaire, garantie de cinq ans comprise.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Levering van warmtepompen\n\nDe opdracht wordt gegund uitsluitend op basis van het totale bedrag van de inventaris.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Supply of laptops\n\nTenders will be evaluated solely on the basis of the tendered amount.', lang: 'en', errors: [{ messageId: 'purchasePrice' }] },
    // Pumps and motors are energy-using equipment (ecodesign), also installed under a works contract.
    { text: '# Bouw van een pompstation\n\nDe opdracht omvat de bouw van een pompstation met twee dompelpompen.\n\n## Gunning\n\nDe opdracht wordt gegund aan de inschrijver met de laagste regelmatige offerte.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Levering van elektromotoren en circulatiepompen\n\nDe opdracht wordt gegund aan de inschrijver met de laagste totale aankoopprijs.', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Fourniture de pompes de relevage\n\nLe marché est attribué au soumissionnaire ayant remis l\'offre régulière la plus basse.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
    { text: '# Supply of laptops and monitors\n\nThe contract will be awarded to the tenderer that submits the compliant tender with the lowest total purchase price.', lang: 'en', errors: [{ messageId: 'purchasePrice' }] },
  ],
});

describe('professional kitchen equipment', () => {
  tester.run(rule, {
    valid: [
      // Crockery and kitchen furniture use no energy, also by CPV code (392211.. kitchenware is not 39221000).
      '# Levering van servies voor de cafetaria\n\nCPV 39221100-8 keukengerei.\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
      '# Levering van keukenmeubilair\n\nDe opdracht omvat werkbladen, wandkasten en rekken voor de centrale keuken.\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
      // A catering service: the kitchen is not bought.
      { text: '# Service de restauration collective\n\nLes équipements de cuisine professionnelle sont mis à disposition par le CPAS.\n\nLe prix est le seul critère d\'attribution.', lang: 'fr' },
      { text: '# Catering services for the staff restaurant\n\nThe contractor prepares 400 meals a day with the catering equipment provided by the authority.\n\nThe contract will be awarded to the lowest price.', lang: 'en' },
      // Life-cycle cost in the award.
      '# Levering van grootkeukenapparatuur\n\nDe gunning gebeurt op basis van de levenscycluskost over 10 jaar (aankoop, energie, water, onderhoud) volgens de methode in bijlage B.',
    ],
    invalid: [
      { text: '# Lastenboek\n\n## Voorwerp\n\nHet zorgbedrijf vervangt de kookapparatuur en de vaatwaslijn van de centrale keuken.\n\n## Gunning\n\n| Gunningscriterium | Weging |\n|---|---|\n| Prijs | 100 |', errors: [{ messageId: 'purchasePrice', message: /kookapparatuur/ }] },
      { text: '# Levering en plaatsing van grootkeukenapparatuur voor het schoolrestaurant\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.', errors: [{ messageId: 'purchasePrice', message: /grootkeukenapparatuur/ }] },
      { text: '# Levering van twee combisteamers en een snelkoeler\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.', errors: [{ messageId: 'purchasePrice' }] },
      { text: '# Fourniture d\'équipements de cuisine professionnelle pour la crèche\n\nLe prix est le seul critère d\'attribution.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
      { text: '# Fourniture de fours mixtes et d\'une chambre froide\n\nLe marché est attribué au soumissionnaire ayant remis l\'offre régulière la plus basse.', lang: 'fr', errors: [{ messageId: 'purchasePrice' }] },
      { text: '# Supply of catering equipment for the school kitchen\n\nThe contract will be awarded to the tenderer offering the lowest price.', lang: 'en', errors: [{ messageId: 'purchasePrice' }] },
      { text: '# Supply and installation of commercial kitchen equipment\n\nThe only award criterion is price.', lang: 'en', errors: [{ messageId: 'purchasePrice' }] },
      // By CPV code only.
      '# Lastenboek ZB-2026-08\n\n## Voorwerp\n\nLevering en plaatsing voor de centrale keuken (CPV 39221000-7, 42215000-6).\n\n## Gunning\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
    ].map((c) => (typeof c === 'string' ? { text: c, errors: [{ messageId: 'purchasePrice' }] } : c)),
  });
});
