import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import { standardEquivalent } from '../src/json/index.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(standardEquivalent, {
  valid: [
    // The company or its staff is certified: a certificate (proportionality/certificate-equivalent), not a product specification.
    'Het lassen gebeurt door een lasser die gecertificeerd is volgens NBN EN ISO 9606-1 of een lasoperator die gecertificeerd is volgens NBN EN ISO 14732.',
    'De inschrijver is gecertificeerd volgens ISO 3834-2 voor het lassen van staalconstructies.',
    'Het lassen gebeurt door een erkend lasser, die gecertificeerd is volgens NBN EN 287-1 of een lasoperator; die gecertificeerd is volgens NBN EN 1418.',
    { text: 'Les soudures sont exécutées par des soudeurs qui sont certifiés selon EN ISO 9606-1.', lang: 'fr' },
    'De aannemer moet gecertificeerd zijn volgens NBN EN 1090-1, uitvoeringsklasse EXC2, of een gelijkwaardige norm.',
    'De aannemer beschikt over een certificaat volgens EN 1090-1 voor uitvoeringsklasse EXC2. De onderaannemer die de lassen uitvoert, is gecertificeerd volgens EN ISO 3834-3.',
    { text: "Le soumissionnaire est certifié selon la norme EN 1090-1 pour l'exécution des structures en acier.", lang: 'fr' },
    { text: 'The contractor shall be certified to EN 15085-2 for welding of railway vehicles.', lang: 'en' },
    // "of gelijkwaardig" in the same sentence, or in the next one.
    'De betonbuizen voldoen aan NBN EN 1916 of aan een gelijkwaardige Europese norm.',
    'De regenkledij beantwoordt aan EN 343 met waterdichtheid klasse 4, of aan een gelijkwaardige norm.',
    'De bureaustoelen voldoen aan EN 1335-1. Een gelijkwaardige norm wordt aanvaard.',
    'De armaturen voldoen aan EN 60598-1 en EN 60598-2-3, of aan gelijkwaardige normen.',
    // A general equivalence clause.
    '## Algemeen\n\nElke vermelding in dit bestek van een merk, type, norm of technische specificatie wordt geacht gevolgd te worden door de woorden "of gelijkwaardig".\n\n## Technische bepalingen\n\nDe ramen voldoen aan NBN EN 14351-1.',
    // Certificates and management systems are proportionality/certificate-equivalent.
    'De inschrijver beschikt over een geldig ISO 14001-certificaat voor zijn schoonmaakactiviteiten.',
    'De fabrikant is gecertificeerd volgens ISO 9001.',
    // Consortia and trade bodies, EU regulations, SB 250, colour systems.
    'De website voldoet aan WCAG 2.1 niveau AA.',
    'De applicatie doorstaat een test volgens OWASP ASVS 4.0.',
    'De verwerking van persoonsgegevens gebeurt volgens Verordening (EU) 2016/679.',
    'De werken worden uitgevoerd volgens het Standaardbestek 250 voor de wegenbouw, versie 4.1.',
    'De leuningen worden gepoederlakt in RAL 7016.',
    'De machines voldoen aan de emissienorm Stage V.',
    // Administrative references.
    'De opdrachtnemer factureert elektronisch via Peppol, in een formaat conform EN 16931.',
    // A date in the Belgian Official Gazette is no British Standard.
    'Het koninklijk besluit van 28 september 1993 (BS 28/09/93) is van toepassing.',
    // The authority's own study, described.
    'De berekeningen zijn uitgevoerd op basis van Eurocode 3 (NBN EN 1993).',
    // A bare reference list under its heading is a bibliography.
    '# Referentienormen\n\n- NBN B 27-011 - Keramische producten voor wand- en vloerbekleding (1983)\n- NBN EN 12004 - Kleefstoffen voor tegels (2001)',
    // A heading that names a standard.
    '# NBN ISO 4463-1\n\nMeetwijze voor de bouw - Uitzetten en meten.',
    // Class designations without a standard, and Dutch "en" in lower case.
    'De deurdranger heeft een sluitkracht van EN 4-6 en de ruimte haalt ISO klasse 7.',
    'Er zijn 12 en 14 stuks nodig.',
    'DE BEPALINGEN VAN DE ARTIKELS 12 EN 13 VAN HET KB ZIJN VAN TOEPASSING.',
    'Het besluit werd bekendgemaakt in het BS 12.03.2019.',
    { text: 'Les tables sont conformes aux normes EN 1729-1 et EN 1729-2, ou à des normes équivalentes.', lang: 'fr' },
    { text: 'The system shall comply with EN 301 549 or an equivalent standard.', lang: 'en' },
    { text: 'Fittings shall meet ASTM F1476 or equal.', lang: 'en' },
    'De dakbedekking voldoet aan STS 34 of gelijkaardig.',
    { text: 'The bidder holds a certificate in accordance with BS EN ISO 9001 (or equivalent).', lang: 'en' },
  ],
  invalid: [
    // A product certified against a product standard: still a technical specification.
    { text: 'De interventiejas en de interventiebroek moeten gecertificeerd zijn volgens NBN EN 469:2020, prestatieniveau 2 voor alle parameters.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De helmen zijn gecertificeerd volgens EN 443.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De speeltoestellen worden geleverd met een certificering volgens NBN EN 1176-1.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'Les vestes doivent être certifiées selon la norme EN 469.', lang: 'fr', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'The gloves shall be certified to EN 659.', lang: 'en', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De leverancier levert helmen die gecertificeerd zijn volgens EN 443.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De aannemer plaatst speeltoestellen, gecertificeerd volgens NBN EN 1176-1.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De veiligheidsschoenen voldoen aan EN ISO 20345:2022, beschermingscategorie S3S.', errors: [{ messageId: 'missingEquivalent', text: 'EN ISO 20345:2022' }] },
    { text: 'De betonbuizen en de putten voldoen aan NBN EN 1916 en NBN EN 1917.', errors: [{ messageId: 'missingEquivalent', text: 'NBN EN 1916' }] },
    { text: 'Het staal moet voldoen aan de bepalingen van NBN EN 10025.', errors: [{ messageId: 'missingEquivalent', suggestion: 'NBN EN 10025 of een gelijkwaardige norm' }] },
    { text: 'De tegellijm is een mortellijm volgens STS 45.1.', errors: [{ messageId: 'missingEquivalent', text: 'STS 45.1' }] },
    { text: 'Alle werken worden uitgevoerd volgens de vigerende NBN-normen.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'Kalkhydraat voldoet aan NBN EN 459 en de gipsplaten beantwoorden aan NBN B 14-002.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'De gebouwbeheerinstallatie communiceert via BACnet.', errors: [{ messageId: 'missingEquivalent', text: 'BACnet' }] },
    // The next sentence accepts an equivalent for another standard, not for this one.
    { text: 'De schoenen voldoen aan EN ISO 20345. De jassen voldoen aan EN 343 of aan een gelijkwaardige norm.', errors: [{ messageId: 'missingEquivalent', text: 'EN ISO 20345' }] },
    // "of beter" is not equivalence.
    { text: 'Het staal wordt gestraald tot Sa 2,5 (volgens NBN EN ISO 8501-1) of beter.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: '- NBN EN 15048\n- ISO 3506', errors: [{ messageId: 'missingEquivalent' }, { messageId: 'missingEquivalent' }] },
    { text: 'Les chaises sont conformes à la norme NBN EN 1729-2.', lang: 'fr', errors: [{ messageId: 'missingEquivalent', message: /sans « ou équivalent »/ }] },
    { text: "L'installation électrique est conforme à la norme NF C 15-100.", lang: 'fr', errors: [{ messageId: 'missingEquivalent', text: 'NF C 15-100' }] },
    { text: 'Les enrobés sont conformes à la NF P 98-170.', lang: 'fr', errors: [{ messageId: 'missingEquivalent', text: 'NF P 98-170' }] },
    { text: 'Paints shall conform to ASTM D4236.', lang: 'en', errors: [{ messageId: 'missingEquivalent', text: 'ASTM D4236' }] },
    { text: 'The database uses ANSI SQL.', lang: 'en', errors: [{ messageId: 'missingEquivalent', text: 'ANSI SQL' }] },
    { text: 'Lighting calculations shall be made according to EN 13201-2.', lang: 'en', errors: [{ messageId: 'missingEquivalent', message: /without "or equivalent"/ }] },
  ],
});
