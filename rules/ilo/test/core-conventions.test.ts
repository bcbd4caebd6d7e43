import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/core-conventions.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    'De opdrachtnemer waarborgt dat de goederen vervaardigd worden met naleving van de IAO-verdragen nr. 29 en nr. 105 (dwangarbeid), nr. 87 en nr. 98 (vakbondsvrijheid), nr. 100 en nr. 111 (discriminatie) en nr. 138 en nr. 182 (kinderarbeid).',
    'De aannemer waarborgt dat zijn arbeiders tewerkgesteld worden met respect voor de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO).',
    { text: 'Le titulaire respecte les conventions de l\'OIT n° 29, 87, 98, 100, 105, 111, 138 et 182 tout au long de la chaîne d\'approvisionnement.', lang: 'fr' },
    { text: 'The supplier complies with ILO Conventions C029, C087, C098, C100, C105, C111, C138 and C182.', lang: 'en' },
    {
      name: 'numbers in other articles are not convention numbers',
      text: '## Uitsluiting\n\nDe inschrijver bevindt zich niet in de gevallen van de artikelen 67 tot 69 van de wet.\n\n## Ethische clausule\n\nDe opdrachtnemer leeft de IAO-basisnormen na doorheen de toeleveringsketen.',
    },
    'Het bestuur betaalt binnen 30 dagen na de ontvangst van de factuur.',
    {
      name: 'the conventions in a list under the clause paragraph',
      text: 'De opdrachtnemer leeft de volgende IAO-basisconventies na:\n\n- nr. 29 en nr. 105: verbod op dwangarbeid;\n- nr. 87 en nr. 98: vrijheid van vereniging en collectief onderhandelen;\n- nr. 100 en nr. 111: gelijke beloning en non-discriminatie;\n- nr. 138 en nr. 182: verbod op kinderarbeid.',
    },
    {
      name: 'the conventions in a table under the clause heading',
      text: '## Ethische clausule\n\nDe opdrachtnemer leeft de IAO-verdragen in de tabel na.\n\n| verdrag | onderwerp |\n|---|---|\n| nr. 29 en 105 | dwangarbeid |\n| nr. 87 en 98 | vakbondsvrijheid |\n| nr. 100 en 111 | discriminatie |\n| nr. 138 en 182 | kinderarbeid |',
    },
    'De opdrachtnemer leeft de IAO-verdragen na zoals bepaald in artikel 18 van richtlijn 2014/24/EU en de fundamentele arbeidsnormen.',
  ],
  invalid: [
    {
      text: 'De opdrachtnemer verbindt zich ertoe dat de werknemers van zijn onderneming tewerkgesteld worden met respect voor de IAO-conventies nrs. 29, 87, 98, 100, 138 en 182.',
      errors: [{ messageId: 'incomplete', message: /105, 111/ }],
    },
    {
      text: 'De opdrachtnemer waarborgt dat de laptops geproduceerd worden met naleving van de IAO-basisverdragen nrs. 29, 105, 138 en 182, die dwangarbeid en kinderarbeid verbieden.',
      errors: [{ messageId: 'incomplete', message: /87, 98, 100, 111/ }],
    },
    {
      name: 'conventions across the sentences of one article',
      text: '## Ethische clausule\n\nDe opdrachtnemer respecteert IAO-verdrag nr. 29 inzake dwangarbeid. Hij respecteert ook verdrag nr. 138 over de minimumleeftijd.',
      errors: [{ messageId: 'incomplete', message: /87, 98, 100, 105, 111, 182/ }],
    },
    {
      text: "L'adjudicataire respecte les conventions de l'OIT n° 29, n° 138 et n° 182.",
      lang: 'fr',
      errors: [{ messageId: 'incomplete', text: "L'adjudicataire respecte les conventions de l'OIT n° 29, n° 138 et n° 182." }],
    },
    {
      text: 'The contractor shall comply with ILO Conventions No. 138 and No. 182 on child labour.',
      lang: 'en',
      errors: [{ messageId: 'incomplete' }],
    },
  ],
});
