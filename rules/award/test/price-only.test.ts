import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/price-only.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    // Price with other criteria.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |',
    '## Gunningscriteria\n\nDe opdracht wordt gegund aan de economisch meest voordelige offerte op basis van de prijs (70 punten) en de kwaliteit van de aanpak (30 punten).\n\n1. Prijs: 70 punten\n2. Kwaliteit: 30 punten',
    // Cost on a life-cycle basis.
    'De gunning gebeurt op basis van de levenscycluskost over 15 jaar (aankoop, energie, onderhoud, einde levensduur).',
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Levenscycluskost (TCO) over 20 jaar | 100 % |',
    // A scoring formula that mentions the lowest price is not a price-only award.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n\nVoor de prijs krijgt de laagste regelmatige offerte de maximumscore; de andere offertes krijgen een score in verhouding tot de laagste prijs.',
    // A tie-break on price.
    'Bij gelijke eindscore wordt de opdracht gegund aan de inschrijver met de laagste prijs.',
    // Negated.
    'De opdracht wordt niet uitsluitend op basis van de laagste prijs gegund.',
    { text: 'Le marché est attribué à l\'offre économiquement la plus avantageuse selon les critères prix (60 %) et qualité (40 %).', lang: 'fr' },
    { text: 'The contract will be awarded on the basis of the best price-quality ratio: quality 40 %, price 60 %.', lang: 'en' },
    { text: '[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_QUALITY]\nQuality 40\n\n[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_PRICE]\n60', lang: 'en' },
      // Price in a sentence with other criteria.
    '## Gunningscriteria\n\nDe offertes worden beoordeeld op de prijs, de kwaliteit en de uitvoeringstermijn.',
    { text: '## Award criteria\n\nTenders will be evaluated on price (60 %) and quality (40 %).', lang: 'en' },
    // Negated.
    'De offertes worden niet uitsluitend op basis van de prijs beoordeeld; ook de kwaliteit telt mee.',
    // Only-price wordings that are negated, a tie-break, with other criteria, or not about the award.
    'De offertes worden niet enkel op basis van de prijs vergeleken, maar ook op de kwaliteit van de dienstverlening.',
    'Bij gelijke score kiest de aanbestedende overheid de offerte met de laagste prijs.',
    { text: 'Le marché n\'est pas attribué sur la seule base du prix : la valeur technique compte pour 40 %.', lang: 'fr' },
    { text: 'Le pouvoir adjudicateur choisit l\'offre économiquement la plus avantageuse selon les critères prix (60 %) et qualité (40 %).', lang: 'fr' },
    { text: 'La révision est calculée sur la seule base du prix de l\'énergie publié par la CREG.', lang: 'fr' },
    { text: 'The contract will not be awarded solely on price; quality counts for 40 %.', lang: 'en' },
    { text: 'The unit rates are determined by the quantities in the bill of quantities.', lang: 'en' },
    // Amounts that are not the offer, or not its sole basis: the guarantee, the contract, a revision, a weighted criterion.
    'De borgtocht wordt uitsluitend bepaald op basis van het oorspronkelijke bedrag van de opdracht.',
    'De offertes worden niet uitsluitend op basis van het totaalbedrag van de inventaris beoordeeld; de kwaliteit telt voor 40 %.',
    'De prijs wordt beoordeeld op basis van het totale bedrag van de inventaris (60 punten); de kwaliteit krijgt 40 punten.',
    { text: 'Le montant du cautionnement est déterminé sur la seule base du montant initial du marché.', lang: 'fr' },
    { text: 'Le prix est évalué sur la base du montant total de l\'inventaire (60 points) et la qualité sur 40 points.', lang: 'fr' },
    { text: 'La révision est calculée sur la seule base du montant des prestations exécutées.', lang: 'fr' },
    { text: 'The performance bond is determined solely on the basis of the total amount of the contract.', lang: 'en' },
    { text: 'Tenders will not be assessed solely on the basis of the tendered amount; quality counts for 40 %.', lang: 'en' },
  ],
  invalid: [
    { text: 'De opdracht wordt gegund aan de inschrijver die de regelmatige offerte met de laagste prijs heeft ingediend.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Het enige gunningscriterium is de totale prijs, zoals die volgt uit de ingevulde inventaris.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De prijs is het enige gunningscriterium.', errors: [{ messageId: 'priceOnly' }] },
    // One lot on price alone, the other with quality.
    {
      text: '## Gunningscriteria\n\nPerceel 1 wordt gegund aan de economisch meest voordelige offerte volgens de volgende criteria:\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 70 % |\n| Kwaliteit | 30 % |\n\nPerceel 2 wordt gegund aan de inschrijver met de laagste aankoopprijs volgens de inventaris.',
      errors: [{ messageId: 'priceOnly', message: /perceel 2/, line: 10 }],
    },
    { text: 'Le marché est attribué, pour chaque lot, au soumissionnaire ayant remis l\'offre régulière la plus basse. Le prix est le seul critère d\'attribution.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'The contract will be awarded to the tenderer that submits the lowest price.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: '## Gunning\n\nGunningscriterium: de laagste prijs.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt gegund aan de laagste regelmatige offerte.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Critère d\'attribution : le prix.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: '[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_PRICE]\n\n[OBJECT_CONTRACT/OBJECT_DESCR/DURATION TYPE="MONTH"]\n48', errors: [{ messageId: 'priceOnly' }] },
    // Price alone in its other forms.
    { text: 'De opdracht wordt gegund aan de inschrijver met de laagste totale aankoopprijs.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt per perceel gegund aan de inschrijver met de laagste regelmatige offerte.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De offertes worden uitsluitend op basis van de prijs beoordeeld.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt gegund enkel op basis van de prijs.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'The contract will be awarded to the tenderer that submits the compliant tender with the lowest total purchase price for all items.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Tenders will be evaluated solely on the basis of price.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Le marché est attribué au soumissionnaire ayant remis l\'offre régulière présentant le prix le plus bas.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Les offres sont évaluées uniquement sur la base du prix.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    // "The sole basis of price" in its adjective forms, and verbs of choosing, in nl, fr and en.
    { text: 'Le pouvoir adjudicateur choisit l\'offre économiquement la plus avantageuse, déterminée sur la seule base du prix.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Le marché est attribué sur la seule base du prix.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Les offres régulières sont classées sur la base du seul prix global.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Le pouvoir adjudicateur retient l\'offre régulière la plus basse.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt gegund op grond van de prijs alleen.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De offertes worden enkel op basis van de prijs met elkaar vergeleken.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De aanbestedende overheid kiest de offerte met de laagste prijs.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'The contract will be awarded on the sole basis of price.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Tenders are evaluated solely on price.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'The Council selects the tender with the lowest price.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    // Price named as the amount of the offer.
    { text: 'L\'offre régulière économiquement la plus avantageuse est déterminée sur la seule base du montant total de l\'inventaire, garantie comprise.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Le marché est attribué sur la seule base du montant de l\'offre.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Les offres sont classées uniquement sur la base du montant total du métré.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Le marché est attribué sur la seule base du montant total.', lang: 'fr', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt gegund uitsluitend op basis van het totale bedrag van de inventaris.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De offertes worden enkel op basis van het offertebedrag gerangschikt.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De economisch meest voordelige offerte wordt bepaald uitsluitend op basis van de totale prijs van de inventaris.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'De opdracht wordt gegund uitsluitend op basis van het totaalbedrag.', errors: [{ messageId: 'priceOnly' }] },
    { text: 'The contract will be awarded solely on the basis of the total amount.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Tenders will be evaluated solely on the basis of the tendered amount.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
    { text: 'Tenders are ranked on the sole basis of the total amount of the price schedule.', lang: 'en', errors: [{ messageId: 'priceOnly' }] },
  ],
});
