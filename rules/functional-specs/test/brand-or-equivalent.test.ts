import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/brand-or-equivalent.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    // "of gelijkwaardig" in the same sentence.
    'De stoffering bestaat uit een stof van het type Camira Era of gelijkwaardig, met een slijtvastheid van minstens 100.000 toeren Martindale.',
    'Het opgieten van de voetplaten gebeurt met krimpvrije mortel SikaGrout-312 of gelijkwaardig.',
    'Onmiddellijk na het stralen wordt een grondlaag WELBARIT EV 65 of gelijkwaardig aangebracht.',
    'Referentiemerken DOM, ZEISS, LISP of gelijkwaardig volgens keuze van de bouwheer.',
    'Kitvoeg: standaard semi-transparante silicone (gamma Soudal of evenwaardig).',
    'De deurdrangers zijn van het merk DORMA, type TS 83, of een gelijkaardig product.',
    // "of gelijkwaardig" in the next sentence, also in the next list item.
    'De laptops worden geleverd met een Intel Core Ultra 7-processor. Een gelijkwaardige processor van een ander merk wordt aanvaard als hij minstens 15.000 punten haalt in PassMark.',
    '- Plafondplaten van het merk Rockfon.\n- Een gelijkwaardig product wordt aanvaard mits attest van vochtbestendigheid.',
    // A general equivalence clause anywhere in the document.
    '## Gelijkwaardigheid\n\nElke verwijzing in dit bestek naar een merk, een type of een handelsnaam moet gelezen worden als gevolgd door de woorden "of gelijkwaardig".\n\n## Gevelisolatie\n\nHet systeem is van het type StoTherm Mineral.',
    '## Algemeen\n\nWanneer in dit bestek een merk of type wordt vermeld, mag de inschrijver steeds een gelijkwaardig product aanbieden.\n\n## Schilderwerk\n\nMerk: Sigma Pearl Clean Matt.',
    '## Généralités\n\nToute mention d\'une marque ou d\'un type dans le présent cahier des charges est suivie des mots « ou équivalent ».\n\n## Mobilier\n\nLes chaises sont du modèle PantoSwing-LuPo du fabricant VS.',
    '## Merken\n\nAlle merken en types die in dit bestek vermeld worden, mogen vervangen worden door gelijkwaardige producten.\n\n## Deuren\n\nDeurdrangers DORMA TS 83.',
    '## Algemeen\n\nDe vermelde merken zijn louter indicatief; gelijkwaardige producten worden aanvaard.\n\n## Verf\n\nMerk: Sigma Pearl Clean Matt.',
    { text: '## Généralités\n\nLes marques citées le sont à titre indicatif ; des produits équivalents sont acceptés.\n\n## Sols\n\nRevêtement de sol type GERFLOR Mipolam EL5.', lang: 'fr' },
    { text: '## General\n\nWhere a brand name is mentioned in this specification, an equivalent product may be offered.\n\n## Doors\n\nDoor closers DORMA TS 83.', lang: 'en' },
    // Common words that are also product names, and steel profiles and materials after "type".
    { text: 'The Office Manager will coordinate the Word Document templates with the contractor.', lang: 'en' },
    'De liggers zijn stalen profielen type HEA 200 en de leidingen van type PVC-U.',
    'De brandblussers zijn van het type ABC; de kabels zijn van het type XVB en EXVB.',
    { text: 'The Council uses Microsoft Teams for its meetings with the contractor.', lang: 'en' },
    'Merk: aangeboden merk te vermelden door de inschrijver. Type: Aangeboden type te vermelden.',
    'BINNENSCHRIJNWERK - DEUREN TYPE SCHUIFDEUR MET BOVENLICHT',
    { text: 'The contractor shall use the model SLA in annex 3 for the service levels.', lang: 'en' },
    { text: 'The access points are Wi-Fi CERTIFIED™ and support Bluetooth® 5.3.', lang: 'en' },
    // Equipment the authority owns, with compatibility and its reason.
    'Het agentschap heeft in 2024 1.500 schermen van het type Dell UltraSharp U2422H aangekocht, die in gebruik blijven; om die bestaande schermen zonder adapter te kunnen blijven gebruiken, moet het dockingstation daarmee compatibel zijn.',
    'Het stadsbestuur gebruikt sinds 2021 het telebeheersysteem Owlet IoT van Schréder; om alle lichtpunten vanuit één systeem te kunnen dimmen, moeten de nieuwe sturingsmodules compatibel zijn met dat bestaande systeem.',
    'The Agency\'s data platform runs on a Microsoft Azure tenant and a ServiceNow instance that the Agency already operates. Because the services extend these existing systems, deliverables must be compatible with them.',
    'La commune utilise déjà le logiciel ArcGIS pour son cadastre ; les données livrées doivent être compatibles avec ce système existant afin d\'éviter toute conversion.',
    // The authority's system named by a possessive, with compatibility and its reason (nl, fr, en).
    'De sturing is compatibel met het gebouwbeheersysteem Siemens Desigo van de gemeente, zodat de technische dienst alle gebouwen vanuit één post opvolgt.',
    'De kaartlezers moeten compatibel zijn met onze toegangscontrole van het merk Nedap, type AEOS, omdat alle gebouwen met dezelfde badge werken.',
    { text: 'La régulation est compatible avec le système de gestion technique centralisée Siemens Desigo de la commune, afin que le service technique puisse superviser l\'école depuis l\'administration communale.', lang: 'fr' },
    { text: 'La régulation communique avec le système Honeywell EBI dont la ville dispose, afin de centraliser les alarmes.', lang: 'fr' },
    { text: 'The controllers shall be compatible with the Council\'s Honeywell EBI building management system, so that the estates team can supervise all sites from one workstation.', lang: 'en' },
    // Licences, software and subscriptions without a product-shaped name, with "of gelijkwaardig", or owned.
    'De opdrachtnemer levert 500 softwarelicenties voor het tekenprogramma van de technische dienst.',
    'De leverancier levert de SCADA-software en de licenties voor alle gebruikers.',
    'De eID-software wordt door de gebruiker zelf geïnstalleerd.',
    'Licenties: het aantal gebruikers wordt vermeld in bijlage B.',
    'Het perceel omvat de levering van PaperCut MF-licenties of gelijkwaardig voor 12.000 gebruikers.',
    'Het agentschap beschikt reeds over 12.000 PaperCut MF-licenties, die behouden blijven.',
    { text: 'The tenderer lists the open-source licences (GPL, MIT, Apache) of every component it delivers.', lang: 'en' },
    { text: 'Le logiciel est livré avec sa licence d\'utilisation et sa documentation en français.', lang: 'fr' },
    // A description of what the authority owns, not a prescription.
    'De gemeente beschikt reeds over 40 Lenovo ThinkPad-laptops, die niet vervangen worden.',
    'Task 1 - Enhance and develop the existing AngularJS frontend with new features.',
    // Items that are not part of this contract.
    '- Toestellen: enkel de ruimte hiervoor voorzien. Toestellen zelf zitten niet inbegrepen.\n- microgolf: Whirlpool MWP 338\n- vaatwas inbouw: Siemens SN63HX60CE',
    // Generic classes, standards' classifications and connectors.
    'Platen volgens index 09.10 type B. In natte ruimten: platen met verhoogde weerstand.',
    'De laadpaal heeft twee aansluitingen type 2 volgens IEC 62196-2.',
    'Het cement is van type CEM III/A 42,5 N LA volgens NBN EN 197-1 of gelijkwaardig.',
    'De geotextiel is van type II volgens de classificatie van het Standaardbestek 250.',
    'Type 1: slot met dag- en nachtschoot, uitvoering voor profielcilinder.',
    'Opvulling met isolatie type soepele rotswol, dikte 60 mm.',
    'Op de rugzijde van de tegels is een merk aangebracht dat de identificatie van de fabrikant mogelijk maakt.',
    'De verankering gebeurt volgens de voorschriften van de fabrikant: Afhankelijk van de draagstructuur wordt de console bevestigd met keilbouten.',
    'Het cement draagt het BENOR-merk; producten met het merk Benor zijn vrijgesteld van keuringsproeven.',
    // Labels with a trade mark sign are for the label rule.
    'De monitoren zijn TCO Certified™ of dragen een gelijkwaardig label; de pc\'s voldoen aan ENERGY STAR® 8.0.',
    // Examples of tools, not prescriptions.
    'Clean tests from a static testing SaaS (such as Snyk or npm audit) are delivered every sprint.',
    // The general clause in its present-tense and "deemed" forms, in nl, fr and en.
    { text: '## B1. General equivalence\n\nWhere these specifications refer to a trade mark, a type, a label or a standard, the words "or equivalent" are deemed to follow the reference.\n\n## B2. Laptops\n\n- processor: Intel Core Ultra 5 135U, 12 cores;', lang: 'en' },
    { text: '## General\n\nAny reference to a trade mark in this document is deemed to be followed by the words "or equivalent".\n\n## Desks\n\nAll desks shall be Herman Miller Renew sit-stand desks.', lang: 'en' },
    { text: '## Généralités\n\nToute référence à une marque ou à un type est suivie de la mention « ou équivalent ».\n\n## Sols\n\nRevêtement de sol type GERFLOR Mipolam EL5.', lang: 'fr' },
    { text: '## Généralités\n\nLorsque le présent cahier des charges fait référence à une marque, celle-ci est réputée suivie des mots « ou équivalent ».\n\n## Mobilier\n\nLes produits d\'entretien sont de la marque Diversey, gamme Taski Sprint.', lang: 'fr' },
    '## Algemeen\n\nWaar dit bestek naar een merk of type verwijst, geldt steeds "of gelijkwaardig".\n\n## Deuren\n\nDeurdrangers DORMA TS 83.',
    '## Algemeen\n\nEen merk of type in dit bestek wordt geacht gevolgd te zijn door de woorden "of gelijkwaardig".\n\n## Verf\n\nMerk: Sigma Pearl Clean Matt.',
    // What the authority owns or uses, the authority named by kind, acronym, role or "we".
    '# Intercommunale Waterbeheer Dender-Schelde (IWDS)\n\nHet pompstation wordt aangesloten op het telemetriesysteem van het merk Hach dat IWDS op al haar 74 pompstations gebruikt; de nieuwe module moet daarmee compatibel zijn, omdat de wachtdienst alle stations vanuit één centrale opvolgt.',
    'De bestaande sporthal op de site heeft een sportvloer van het merk Taraflex. Voor de nieuwe sporthal wordt een puntelastische sportvloer gevraagd met een schokabsorptie van minstens 40 %.',
    'De werkplekken draaien op Windows 11 en worden beheerd met Microsoft Intune. Het agentschap heeft meerjarige licenties voor die producten; de opdrachtnemer moet met die omgeving werken, omdat een migratie buiten de scope van deze opdracht valt.',
    'De politiezone heeft twaalf voertuigen van het merk Skoda, type Octavia Combi, die na de levering in dienst blijven.',
    'Het schoolbestuur is uitgerust met digitale borden van het merk Promethean ActivPanel.',
    'Onze scholen werken met het leerplatform Smartschool; de nieuwe toestellen moeten daarmee compatibel zijn, zodat leerlingen zonder extra software kunnen aanmelden.',
    { text: 'Our current printers are Canon imageRUNNER ADVANCE C5840i units.', lang: 'en' },
    { text: 'The Port Authority uses SAP S/4HANA for its finance; invoices must be compatible with it, because they are booked automatically.', lang: 'en' },
    { text: 'Nos serveurs actuels tournent sous VMware vSphere 8.', lang: 'fr' },
    { text: 'Le CPAS dispose de 14 ascenseurs de la marque Schindler, type 3300.', lang: 'fr' },
    // Performance instead of a brand.
    'De laptops wegen hoogstens 1,4 kg, halen minstens 10 uur batterijduur en 15.000 punten in PassMark CPU Mark of een gelijkwaardige benchmark.',
    { text: 'Les ordinateurs portables pèsent au plus 1,4 kg et ont une autonomie d\'au moins 10 heures.', lang: 'fr' },
    { text: 'Each laptop weighs at most 1.4 kg and has a battery life of at least 10 hours.', lang: 'en' },
  ],
  invalid: [
    { text: 'De winterparka heeft een ademend en waterdicht membraan van het merk GORE-TEX®. Alle naden zijn thermisch getapet.', errors: [{ messageId: 'brand', text: 'merk GORE-TEX®' }] },
    { text: '- Processor: Intel® Core™ Ultra 7 165U of een recentere generatie uit dezelfde reeks.', errors: [{ messageId: 'brand', text: 'Intel® Core™ Ultra 7 165U' }] },
    { text: 'Homogene, geleidende PVC-vloerafwerking geschikt voor operatiezalen type GERFLOR Mipolam EL5', errors: [{ messageId: 'brand', text: 'type GERFLOR Mipolam EL5' }] },
    { text: 'Afwasbare acrylaatmuurverf.\n\nMerk: Sigma Pearl Clean Matt\n\nKleur NCS: S1002-Y50R', errors: [{ messageId: 'brand', text: 'Merk: Sigma Pearl Clean Matt' }] },
    { text: '- Hoogte 211,5 cm\n- Voorkeursmerk: Eribel', errors: [{ messageId: 'brand' }] },
    { text: 'Aangepaste deurdrangers DORMA TS 83, sierplaat naar keuze van het werkbestuur.', errors: [{ messageId: 'brand', text: 'DORMA TS 83' }] },
    { text: 'Deurstoppen: referentiemerk WEHAG.\n\nDeurstoppen zijn zo te plaatsen dat ze beschadiging verhinderen.', errors: [{ messageId: 'brand' }] },
    { text: '| Eigenschap | Norm | Waarde |\n|---|---|---|\n| Oppervlaktebehandeling | | Evercare ™ |', errors: [{ messageId: 'brand', text: 'Evercare ™' }] },
    { text: 'De laptops zijn van het merk Dell, type Latitude 7450.', errors: [{ messageId: 'brand' }] },
    { text: 'De dienstwagens zijn van het fabrikaat Volkswagen, model ID.3 Pro.', errors: [{ messageId: 'brand' }] },
    { text: 'De schoonmaakmachines zijn schrobzuigmachines Kärcher B 50 W.', errors: [{ messageId: 'brand' }] },
    // The equivalence of the sentence before belongs to another product.
    { text: '- Plafondplaten ROCKFON HYDROCLEAN of gelijkwaardig.\n- Rockfon Medicare plafondpanelen zijn samengesteld op basis van steenwol.\n- Clean Room Classificatie ISO klasse 2.', errors: [{ messageId: 'brand', text: 'Rockfon Medicare' }] },
    // An equivalent standard in the same sentence does not cover the brand.
    { text: 'De regenjas heeft een membraan van het merk Sympatex en voldoet aan EN 343 of een gelijkwaardige norm.', errors: [{ messageId: 'brand' }] },
    // "existing" elsewhere but no compatibility reason: still prescribed.
    { text: 'De nieuwe kantoorstoelen zijn van het merk Steelcase, type Series 2, zoals de huidige stoelen.', errors: [{ messageId: 'brand' }] },
    // A brand the tender must deliver, even next to a description of what the authority has.
    { text: 'De politiezone heeft beslist dat de nieuwe voertuigen van het merk Volkswagen, model Passat Variant zijn.', errors: [{ messageId: 'brand' }] },
    { text: 'De politiezone gebruikt mobilofoons van het merk Sepura. De interventievoertuigen zijn van het merk Volkswagen, model Passat Variant.', errors: [{ messageId: 'brand', text: 'merk Volkswagen' }] },
    { text: 'De bestaande verlichting wordt vervangen door armaturen van het merk Philips, type CoreLine.', errors: [{ messageId: 'brand' }] },
    { text: 'De te leveren laptops draaien op Windows 11 Pro en zijn van het merk Lenovo, type ThinkPad T14.', errors: [{ messageId: 'brand' }] },
    { text: 'Het agentschap gebruikt Microsoft Teams; de nieuwe schermen moeten van het merk Dell, type P2425H zijn.', errors: [{ messageId: 'brand' }] },
    { text: 'The new laptops replace our current fleet and shall be of the brand Lenovo, type ThinkPad T14.', lang: 'en', errors: [{ messageId: 'brand' }] },
    { text: 'Les nouveaux ascenseurs sont de la marque Schindler, type 3300, comme nos ascenseurs actuels.', lang: 'fr', errors: [{ messageId: 'brand' }] },
    { text: 'Het agentschap heeft 200 laptops nodig van het merk Dell, type Latitude 7450.', errors: [{ messageId: 'brand' }] },
    { text: 'De stad heeft een voorkeur voor armaturen van het merk Philips, type CoreLine.', errors: [{ messageId: 'brand' }] },
    { text: 'Het bestuur gebruikt voortaan enkel printers van het merk Canon, type imageRUNNER C5840i.', errors: [{ messageId: 'brand' }] },
    { text: 'The Council has decided that all desks are Herman Miller Renew sit-stand desks.', lang: 'en', errors: [{ messageId: 'brand' }] },
    { text: 'Nos écoles souhaitent des tableaux de la marque Promethean, modèle ActivPanel 9.', lang: 'fr', errors: [{ messageId: 'brand' }] },
    // A conditional sentence about another brand is no general clause.
    { text: 'Indien de inschrijver verwijst naar een ander merk, toont hij de gelijkwaardigheid aan.\n\nDe laptops zijn van het merk Dell, type Latitude 7450.', errors: [{ messageId: 'brand' }] },
    { text: 'If the tenderer refers to a product of another brand, it shall prove that the product is equivalent.\n\nAll desks shall be Herman Miller Renew sit-stand desks.', lang: 'en', errors: [{ messageId: 'brand' }] },
    { text: 'Indien de inschrijver een ander merk aanbiedt, toont hij de gelijkwaardigheid aan.\n\nDe laptops zijn van het merk Dell, type Latitude 7450.', errors: [{ messageId: 'brand' }] },
    { text: 'De producten zijn van Belgische oorsprong.', errors: [{ messageId: 'origin' }] },
    // A product-shaped trade name delivered as licences, software or a subscription (nl, fr, en).
    { text: 'Het perceel omvat de levering, de installatie en de configuratie van PaperCut MF-licenties voor 12.000 gebruikers.', errors: [{ messageId: 'brand', text: 'PaperCut MF' }] },
    { text: 'De opdrachtnemer levert 40 licenties voor SketchUp Pro aan de dienst ruimtelijke ordening.', errors: [{ messageId: 'brand', text: 'SketchUp Pro' }] },
    { text: 'Le marché comprend la fourniture de 200 licences LibreOffice pour les écoles.', lang: 'fr', errors: [{ messageId: 'brand', text: 'LibreOffice' }] },
    { text: 'The contractor supplies 300 SurveyMonkey Enterprise subscriptions for three years.', lang: 'en', errors: [{ messageId: 'brand', text: 'SurveyMonkey Enterprise' }] },
    { text: 'Supply and installation of QuickBooks software for the finance team.', lang: 'en', errors: [{ messageId: 'brand', text: 'QuickBooks' }] },
    // A possessive without a reason, a possessive of someone else, or no compatibility: still prescribed.
    { text: 'La régulation est compatible avec le système Siemens Desigo de la commune.', lang: 'fr', errors: [{ messageId: 'brand' }] },
    { text: 'De sturing is compatibel met het Siemens Desigo-systeem van de aannemer, zodat hij de installatie van op afstand opvolgt.', errors: [{ messageId: 'brand' }] },
    { text: 'The controllers shall be of the brand Honeywell, type Excel Web II, installed in the Council\'s plant room so that they are easy to reach.', lang: 'en', errors: [{ messageId: 'brand' }] },
    { text: 'Les chaises d\'élèves sont du modèle PantoSwing-LuPo du fabricant VS. Elles sont empilables par cinq.', lang: 'fr', errors: [{ messageId: 'brand', text: 'modèle PantoSwing-LuPo' }] },
    { text: 'Les produits d\'entretien sont de la marque Diversey, gamme Taski Sprint.', lang: 'fr', errors: [{ messageId: 'brand' }] },
    { text: 'The application must be developed using:\n\n- Entity Framework 6\n- Jenkins CI\n- Visual Studio 2015 update 3', lang: 'en', errors: [{ messageId: 'brand' }, { messageId: 'brand' }, { messageId: 'brand' }] },
    { text: 'All desks shall be Herman Miller Renew sit-stand desks.', lang: 'en', errors: [{ messageId: 'brand', text: 'Herman Miller Renew' }] },
    { text: 'Vloerbekleding in rubber.\n\nReferentieproduct: Nora Norament 926.', errors: [{ messageId: 'brand' }] },
    { text: '- Fabrikant: Gerflor\n- Dikte: 2 mm', errors: [{ messageId: 'brand' }] },
    { text: 'Produit de référence : Tarkett iQ Granit.', lang: 'fr', errors: [{ messageId: 'brand' }] },
  ],
});

describe('spelling variants of the cue words and hyphenated product names', () => {
  tester.run(rule, {
    valid: [
      // The cue word without a name after it.
      'Het fabricaat van de fietsrekken wordt door de inschrijver vermeld in de inventaris.',
      'Fabricaat: nader te bepalen door de inschrijver.',
      'De fabricaten van de aangeboden toestellen worden vermeld in de offerte.',
      // A named fabricaat with equivalence.
      'De fietsrekken zijn van het fabricaat Velopa, type Stand-Up Premium, of gelijkwaardig.',
      // Hyphenated classes and places after "type" are no product names.
      'De kolken zijn van het type Oost-Vlaams model, met zandvang.',
      'De stekkers zijn van het type Push-pull, volgens IEC 61076.',
      { text: 'Les caniveaux sont du type Nord-Sud décrit au plan, en béton préfabriqué.', lang: 'fr' },
      { text: 'The racks are two-tier racks with gas-assisted upper tiers, as described in the technical annex.', lang: 'en' },
    ],
    invalid: [
      { text: 'De dubbellaagse fietsrekken zijn van het fabricaat Velopa, met gasveerondersteuning.', errors: [{ messageId: 'brand', text: 'fabricaat Velopa' }] },
      { text: '- Merk/fabricaat: Altrex\n- Werkhoogte: 8 m', errors: [{ messageId: 'brand' }] },
      { text: 'De speeltoestellen zijn fabricaten Kompan of Eibe.', errors: [{ messageId: 'brand' }] },
      { text: 'De fietsrekken zijn van het type Stand-Up Premium, met gasveer.', errors: [{ messageId: 'brand', text: 'type Stand-Up Premium' }] },
      { text: 'Les arceaux vélos sont du modèle Bike-Port Duo, en acier galvanisé.', lang: 'fr', errors: [{ messageId: 'brand', text: 'modèle Bike-Port Duo' }] },
      { text: 'The cycle racks shall be of type Euro-Rack Plus, galvanised after fabrication.', lang: 'en', errors: [{ messageId: 'brand', text: 'type Euro-Rack Plus' }] },
    ],
  });
});

describe('an ordinary-looking name after "type/model/modèle/reeks" followed by a model code', () => {
  tester.run(rule, {
    valid: [
      // Classes, categories and documents numbered after "type": no product name.
      'De kabels zijn van het type A en de buizen van type II; de dakgoten van type 1 en de ankers van type B2.',
      'De ramen zijn van het type Klasse 3 volgens de windbelasting; de proeven gebeuren volgens Type Bestek 104.',
      'Het beton is van het type Euro 6000 volgens tabel 3, en de isolatie van het type Rotswol 035.',
      { text: 'Les portes sont du type Classe 2 et les serrures du modèle Numéro 3 du plan.', lang: 'fr' },
      { text: 'The fences shall be of type Class 300 and the bollards of model Version 2.', lang: 'en' },
      // A name with a model code and equivalence.
      'De noodoproepmodule is van het type Safeline MX3+ of gelijkwaardig.',
      // A year, a quantity with its unit or a property value after the name is no model code.
      'De installatie is van het type Vlaanderen 2024 zoals beschreven in bijlage 2.',
      'De kabelgoten zijn van het type Zwaar 3000 mm lang, volgens het plan.',
      { text: 'Les lampes sont du type Standard 900 lm et les panneaux du modèle Rectangulaire 1200 mm.', lang: 'fr' },
    ],
    invalid: [
      { text: 'De bestaande noodoproepmodule wordt vervangen door een 4G-noodoproepmodule van het type Safeline MX3+.', errors: [{ messageId: 'brand', text: 'type Safeline MX3+' }] },
      { text: 'De radiatoren zijn van de reeks Vasco E600, wit gelakt.', errors: [{ messageId: 'brand' }] },
      { text: 'Les projecteurs sont du modèle Zenith LX-200, livrés avec crochet.', lang: 'fr', errors: [{ messageId: 'brand', text: 'modèle Zenith LX-200' }] },
      { text: 'The barriers shall be of model Atlas 3000, with a 4 m boom.', lang: 'en', errors: [{ messageId: 'brand', text: 'model Atlas 3000' }] },
      { text: 'The docking stations shall be of type Gamber DS-8 with a locking bracket.', lang: 'en', errors: [{ messageId: 'brand' }] },
    ],
  });
});
