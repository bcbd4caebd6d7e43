import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/vague-requirement.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // The authority, named in any form, describing what it does itself: not a requirement.
    "## 4. Technische bepalingen\n\nHet schoolbestuur werkt bij voorkeur met menu's die de leerlingen mee hebben samengesteld in de leerlingenraad.",
    '## 4. Technische bepalingen\n\nDe politiezone plant de onderhoudsbeurten zoveel mogelijk buiten de piekuren.',
    '## 4. Technische bepalingen\n\nDe scholengroep stelt voldoende lokalen ter beschikking voor de opleiding.',
    '## 4. Technische bepalingen\n\nHet AGB houdt het zwembad in de mate van het mogelijke open tijdens de werken.',
    '## 4. Technische bepalingen\n\nHet college van burgemeester en schepenen beslist zo snel mogelijk over de vorderingsstaat.',
    '## 4. Technische bepalingen\n\nDe Vlaamse overheid streeft waar mogelijk naar circulaire oplossingen.',
    '# Intercommunale Waterbeheer Dender-Schelde (IWDS)\n\nBestek voor de riolering.\n\n## 4. Technische bepalingen\n\nIWDS plant de aansluitingen zoveel mogelijk in de zomermaanden.',
    // A short name with a hyphen.
    '# Intercommunale Waterbeheer Dender-Schelde (IWDS-AQUA)\n\nBestek voor de riolering.\n\n## 4. Technische bepalingen\n\nIWDS-AQUA plant de aansluitingen zoveel mogelijk in de zomermaanden.',
    { text: '## 4. Clauses techniques\n\nLe CPAS organise dans la mesure du possible les visites en dehors des heures de repas.', lang: 'fr' },
    { text: '## 4. Clauses techniques\n\nLa zone de police planifie autant que possible les entretiens le week-end.', lang: 'fr' },
    { text: '## 4. Technical specifications\n\nThe Port Authority schedules deliveries as far as possible outside peak hours.', lang: 'en' },
    { text: '## 4. Technical specifications\n\nEastport City Council will, where possible, schedule deliveries outside school hours.', lang: 'en' },
    '## 4. Technische bepalingen\n\nStad Antwerpen werkt bij voorkeur met lokale producenten.',
    '## 4. Technische bepalingen\n\nDe dienst Aankoop plant de leveringen zoveel mogelijk in de voormiddag.',
    '## 4. Technische bepalingen\n\nHet lokaal bestuur organiseert zo snel mogelijk een startvergadering.',
    { text: '## 4. Clauses techniques\n\nLe Collège communal statue dès que possible sur les états d\'avancement.', lang: 'fr' },
    '## Context\n\nHet huidige wagenpark is voldoende groot voor de noden van de diensten.',
    '## Gunningscriteria\n\nKwaliteit van het plan (40 punten): een plan dat voldoende gedetailleerd is, krijgt meer punten.',
    // A measure in the same sentence.
    'Warme maaltijden worden zo snel mogelijk en uiterlijk twintig minuten na het regenereren opgediend, met een kerntemperatuur van minstens 65 °C.',
    'De opdrachtnemer moet over voldoende vervangend personeel beschikken: minstens twee vervangers per ploeg.',
    'Voldoende overlapping van de membranen is vereist, minstens 10 cm.',
    'Het afval wordt zo veel mogelijk gesorteerd conform de geldende reglementering.',
    'De aannemer dient tijdig, ten laatste 10 werkdagen vóór de levering, de stalen voor te leggen.',
    // Not a requirement: introductions, the authority's own intentions, permissions, reservations.
    '## 1. Inleiding\n\nDe provincie kiest waar mogelijk voor circulaire oplossingen: herstelbare onderdelen en gerecycleerde materialen.',
    'Met het lokaal energie- en klimaatpact engageerde het stadsbestuur zich om de openbare verlichting zo snel mogelijk volledig te verledden.',
    'De gemeente zal zo snel mogelijk antwoorden op de vragen van de inschrijvers.',
    'De inschrijver kan bij voorkeur een digitale catalogus toevoegen.',
    'De ontvangstbevestiging van de mailserver geldt als bewijs van tijdige indiening.',
    // Whole words only.
    'Laattijdige leveringen worden beboet; de werken verlopen gelijktijdig met de lessen.',
    // Words not in the list.
    'De aannemer neemt indien nodig de gepaste maatregelen en werkt zo goed mogelijk samen met de andere aannemers.',
    { text: "Le pouvoir adjudicateur répondra dans la mesure du possible aux questions posées.", lang: 'fr' },
    { text: "L'adjudicataire intervient dès que possible et au plus tard dans les 3 heures.", lang: 'fr' },
    { text: 'The Authority reserves the right to remove this service if it does not prove to be of the expected quality within a reasonable period.', lang: 'en' },
    { text: 'For lot B, the contracting authority will enter into parallel framework agreements with several tenderers, provided there is a sufficient number of suitable tenderers.', lang: 'en' },
  ],
  invalid: [
    // A building or a part named like an institution is not the authority speaking.
    { text: '## 4. Technische bepalingen\n\nDe nieuwe school wordt zoveel mogelijk met natuurlijke materialen afgewerkt.', errors: [{ messageId: 'vague' }] },
    { text: '## 4. Technical specifications\n\nThe circuit board shall be replaced where possible.', lang: 'en', errors: [{ messageId: 'vague' }] },
    { text: '## 4. Technical specifications\n\nThe supplier shall coordinate with the Department as soon as possible.', lang: 'en', errors: [{ messageId: 'vague' }] },
    // A requirement on the contractor stays one, whatever the authority is called elsewhere in the sentence.
    { text: '## 4. Technische bepalingen\n\nDe opdrachtnemer stemt de menu\'s bij voorkeur af op de wensen van het schoolbestuur.', errors: [{ messageId: 'vague' }] },
    { text: '# Intercommunale Waterbeheer Dender-Schelde (IWDS)\n\nBestek voor de riolering.\n\n## 4. Technische bepalingen\n\nDe aannemer beperkt de hinder voor de buurtbewoners zoveel mogelijk.', errors: [{ messageId: 'vague' }] },
    { text: "## 4. Clauses techniques\n\nL'adjudicataire informe le CPAS dès que possible de toute panne.", lang: 'fr', errors: [{ messageId: 'vague' }] },
    { text: 'Bij voorkeur gebruikt hij originele onderdelen.', errors: [{ text: 'Bij voorkeur' }] },
    { text: 'De technieker beschikt over voldoende kennis van de installaties.', errors: [{ text: 'voldoende' }] },
    { text: "## II. Clauses techniques\n\nLe matériel est de préférence électrique.", lang: 'fr', errors: [{ text: 'de préférence' }] },
    { text: '## Deel II - Technische bepalingen\n\nDe verlichting is voldoende sterk voor werken in de avond.', errors: [{ text: 'voldoende' }] },
    { text: '- Vendor must establish, and ensure the 14(c) Web Application Tool’s adherence to, a reasonable performance budget for mobile devices.', lang: 'en', errors: [{ text: 'reasonable' }] },
    { text: 'Application design and development must use plain language to the extent practical.', lang: 'en', errors: [{ text: 'to the extent practical' }] },
    { text: 'The supplier shall deliver the goods as soon as possible after the order.', lang: 'en', errors: [{ text: 'as soon as possible' }] },
    { text: 'De opdrachtnemer houdt zoveel mogelijk dezelfde medewerkers in dienst.', errors: [{ text: 'zoveel mogelijk' }] },
    { text: "Le prestataire veille à ce que les déchets soient triés autant que possible.", lang: 'fr', errors: [{ text: 'autant que possible' }] },
    {
      text: '## Deel II - Technische bepalingen\n\nDe opdrachtnemer moet over voldoende vervangend personeel beschikken om elke afwezigheid van de vaste ploeg op te vangen.',
      errors: [{ messageId: 'vague', severity: 'warning', line: 3, text: 'voldoende', message: /"voldoende"/ }],
    },
    { text: 'Het personeel moet in de mate van het mogelijke rekening houden met de persoonlijke voorkeuren van de bewoners.', errors: [{ text: 'in de mate van het mogelijke' }] },
    { text: 'Lawaaierige en stofverwekkende werken dienen bij voorkeur buiten de lesuren te worden uitgevoerd.', errors: [{ text: 'bij voorkeur' }] },
    { text: 'De aannemer voorziet voldoende verlichtingstoestellen om de werf te verlichten, zodat de werken kunnen uitgevoerd worden.', errors: [{ text: 'voldoende' }] },
    { text: 'Beschadigde elementen worden zo snel mogelijk afgevoerd en op kosten van de aannemer vervangen.', errors: [{ text: 'zo snel mogelijk' }] },
    { text: 'De tegels worden vooraf voldoende gewaterd.', errors: [{ text: 'voldoende' }] },
    { text: '- Bij vastgestelde anomalieën dient de aannemer zonodig de bouwvergunning te raadplegen en het bestuur onmiddellijk te verwittigen.', errors: [{ text: 'zonodig' }] },
    { text: 'De leverancier zorgt voor een adequate opleiding van de gebruikers.', errors: [{ text: 'adequate' }] },
    { text: 'De aannemer zal tijdig de firma kenbaar maken die de gevelelementen plaatst.', errors: [{ text: 'tijdig' }] },
    { text: "L'adjudicataire doit, dans la mesure du possible, affecter les mêmes agents aux mêmes bâtiments pendant toute la durée du marché.", lang: 'fr', errors: [{ text: 'dans la mesure du possible', message: /« dans la mesure du possible »/ }] },
    { text: "Le prestataire dispose d'un stock suffisant de pièces de rechange.", lang: 'fr', errors: [{ text: 'suffisant' }] },
    { text: 'Tenderers must have sufficient economic and financial capacity to fulfil the contract.', lang: 'en', errors: [{ text: 'sufficient' }] },
    { text: 'Vendor must use plain language in application design and development whenever possible.', lang: 'en', errors: [{ text: 'whenever possible' }] },
    { text: '- Be highly available to users and have adequate capacity to handle the load', lang: 'en', errors: [{ text: 'adequate' }] },
  ],
});
