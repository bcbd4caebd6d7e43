import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/no-local-preference.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Response times and places required for the execution.
    '## Uitvoering\n\nBij een storing is de opdrachtnemer binnen 2 uur na de oproep ter plaatse.',
    'De opdrachtnemer beschikt tijdens de looptijd van de opdracht over een interventieploeg die binnen vier uur na een stormmelding op de terreinen aanwezig is.',
    'Uiterlijk bij de start van de opdracht beschikt de opdrachtnemer over een depot op maximaal 30 km van het gemeentehuis.',
    // The address of an establishment, wherever it is.
    'De inschrijver vermeldt in zijn offerte het adres van zijn vestiging in België of in het buitenland.',
    'De inschrijver mag een vestiging in België of in een andere lidstaat hebben.',
    // References from public or private clients.
    'Referenties van publieke of private opdrachtgevers worden aanvaard als de opdracht vergelijkbaar is in aard en omvang.',
    'De inschrijver legt minstens drie referenties voor, uitgevoerd voor openbare besturen of private ondernemingen.',
    'Ervaring met Vlaamse lokale besturen of met private opdrachtgevers van vergelijkbare omvang wordt gelijk behandeld.',
    // A description of the authority's own office.
    'Het kantoor van de intercommunale ligt in Vlaanderen, op 2 km van het station.',
    { text: "L'adjudicataire intervient sur place dans les trois heures suivant l'appel.", lang: 'fr' },
    { text: 'References from public or private clients are accepted.', lang: 'en' },
    // Operating sites needed for the execution, without a locality, or anywhere.
    'De opdrachtnemer baat tijdens de uitvoering een wasserij uit op maximaal 40 km, zodat het linnen binnen 24 uur terug is.',
    { text: 'The contractor shall operate a laundry within 30 miles during the contract to meet the 24-hour turnaround.', lang: 'en' },
    'De inschrijver vermeldt in zijn offerte de ligging van de wasserij die hij uitbaat.',
    'Inschrijvers mogen een garage in België of in het buitenland uitbaten.',
    { text: 'L\'adjudicataire exploite un atelier de réparation et intervient dans les deux heures.', lang: 'fr' },
  ],
  invalid: [
    // Operating sites (laundry, plant, nursery, sorting centre) demanded near the authority, with the verbs of operating.
    { text: '**5.1 Toegangsvoorwaarde.** Enkel inschrijvers die een industriële wasserij uitbaten op maximaal 40 km rijafstand van het woonzorgcentrum worden tot de procedure toegelaten.', errors: [{ messageId: 'establishment' }] },
    { text: 'Om geselecteerd te worden exploiteert de inschrijver een asfaltcentrale binnen een straal van 30 km rond de werf.', errors: [{ messageId: 'establishment' }] },
    { text: '## Selectiecriteria\n\nDe inschrijver baat een boomkwekerij uit in de provincie Limburg.', errors: [{ messageId: 'establishment' }] },
    { text: 'Seuls les soumissionnaires qui exploitent une blanchisserie industrielle dans un rayon de 50 km sont admis à participer.', lang: 'fr', errors: [{ messageId: 'establishment' }] },
    { text: 'Pour être sélectionné, le soumissionnaire dispose d\'une centrale à béton à moins de 25 km du chantier.', lang: 'fr', errors: [{ messageId: 'establishment' }] },
    { text: 'To be eligible, tenderers must operate a laundry within 30 miles of the hospital.', lang: 'en', errors: [{ messageId: 'establishment' }] },
    { text: '## Selection criteria\n\nTenderers shall run a sorting centre in the region.', lang: 'en', errors: [{ messageId: 'establishment' }] },
    { text: 'c) Met het oog op de continuïteit van de dienstverlening beschikt de inschrijver op het ogenblik van de indiening van zijn offerte over een depot of regionaal kantoor op maximaal 30 km rijafstand van het gemeentehuis van Bossegem.', errors: [{ messageId: 'establishment' }] },
    { text: 'Om geselecteerd te worden beschikt de kandidaat over een vestiging in Vlaanderen.', errors: [{ messageId: 'establishment' }] },
    { text: '6.3 Referenties komen enkel in aanmerking als de opdrachtgever een Vlaamse gemeente, een Vlaamse intercommunale of een ander openbaar bestuur uit het Vlaamse Gewest is.', errors: [{ messageId: 'publicReferences', suggestion: /publieke en private/ }] },
    { text: 'Enkel referenties voor Vlaamse openbare besturen worden aanvaard.', errors: [{ messageId: 'publicReferences' }] },
    { text: 'Alleen referenties van aanbestedende overheden worden in aanmerking genomen.', errors: [{ messageId: 'publicReferences' }] },
    { text: '## Selectiecriteria\n\nDe inschrijver moet aantonen dat hij ervaring heeft met opdrachten voor Vlaamse lokale besturen.', errors: [{ messageId: 'publicReferences' }] },
    { text: 'De kandidaat beschikt over een exploitatiezetel in het Brussels Hoofdstedelijk Gewest op het ogenblik van de indiening van de aanvraag tot deelneming.', errors: [{ messageId: 'establishment' }] },
    { text: "Le soumissionnaire doit disposer d'un établissement en Belgique au moment du dépôt de son offre.", lang: 'fr', errors: [{ messageId: 'establishment' }] },
    { text: 'Seules les références auprès de pouvoirs publics belges sont prises en considération.', lang: 'fr', errors: [{ messageId: 'publicReferences' }] },
    { text: 'To be eligible, tenderers must have an office within 50 km of the City Hall.', lang: 'en', errors: [{ messageId: 'establishment' }] },
    { text: 'De inschrijver moet over een vestiging in België beschikken.', errors: [{ messageId: 'establishment' }] },
    { text: "Le soumissionnaire doit disposer d'un bureau situé dans un rayon de 50 km du site.", lang: 'fr', errors: [{ messageId: 'establishment' }] },
    { text: 'Only references for public authorities will be accepted.', lang: 'en', errors: [{ messageId: 'publicReferences' }] },
  ],
});

describe('production sites and territory in more wordings', () => {
  new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
    valid: [
      { text: '## Uitvoering\n\nDe maaltijden worden bereid in de keuken van de opdrachtnemer en binnen 2 uur na bereiding geleverd.' },
      { text: '## Critères de sélection\n\nLe soumissionnaire joint la liste des cuisines de production qu\'il exploite, où qu\'elles se trouvent.', lang: 'fr' },
    ],
    invalid: [
      { text: '## Critères de sélection\n\nLe soumissionnaire dispose d\'une cuisine de production située sur le territoire de la Région de Bruxelles-Capitale.', lang: 'fr', errors: [{ messageId: 'establishment' }] },
      { text: '## Selectiecriteria\n\nDe inschrijver beschikt over een centrale keuken op het grondgebied van de provincie Antwerpen.', errors: [{ messageId: 'establishment' }] },
    ],
  });
});

describe('storage sites, yards and sheds', () => {
  new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
    valid: [
      // A storage place for the execution, by the contractor.
      { text: 'De opdrachtnemer beschikt tijdens de uitvoering over een opslagloods binnen 20 km van de werf, zodat het strooizout binnen 12 uur geleverd wordt.' },
      { text: 'The contractor shall keep the road salt in a covered storage facility within 30 km of the works during the winter season.', lang: 'en' },
      // Delivery to the authority's own sheds.
      { text: 'Het zout wordt geleverd aan de zoutloodsen van de gemeenten op het grondgebied van de provincie Limburg.' },
      // Anywhere accepted.
      { text: 'Le soumissionnaire précise dans son offre l\'adresse de son lieu de stockage, en Belgique ou à l\'étranger.', lang: 'fr' },
      // Storage of data is not a place of business.
      { text: 'Om geselecteerd te worden moet de inschrijver de opslag van de gegevens in België garanderen.' },
      { text: 'Pour être sélectionné, le soumissionnaire doit assurer le stockage des données en Belgique.', lang: 'fr' },
      { text: 'To be eligible, tenderers must provide data storage in Belgium.', lang: 'en' },
    ],
    invalid: [
      { text: '## Selectiecriteria\n\nDe inschrijver beschikt over een overdekte opslagloods binnen een straal van 25 km rond het containerpark.', errors: [{ messageId: 'establishment' }] },
      { text: 'Om in aanmerking te komen moet de kandidaat een zoutloods uitbaten in de provincie Antwerpen.', errors: [{ messageId: 'establishment' }] },
      { text: 'Enkel inschrijvers die over een eigen opslagterrein in Vlaanderen beschikken worden geselecteerd.', errors: [{ messageId: 'establishment' }] },
      { text: 'De kandidaat beschikt op het ogenblik van de indiening over een stockageplaats op maximaal 15 km van het stadhuis.', errors: [{ messageId: 'establishment' }] },
      { text: 'Pour être sélectionné, le soumissionnaire dispose d\'un lieu de stockage couvert dans un rayon de 40 km de l\'hôtel de ville.', lang: 'fr', errors: [{ messageId: 'establishment' }] },
      { text: 'Le soumissionnaire doit disposer d\'un hangar de stockage en Wallonie pour être admis à participer.', lang: 'fr', errors: [{ messageId: 'establishment' }] },
      { text: 'To be eligible, tenderers must have a covered storage facility within 40 km of the town hall.', lang: 'en', errors: [{ messageId: 'establishment' }] },
      { text: '## Selection criteria\n\nTenderers shall operate a salt storage yard in the province.', lang: 'en', errors: [{ messageId: 'establishment' }] },
    ],
  });
});
