import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/energy-efficiency.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    // Energy-efficiency requirements of several kinds.
    '# Levering van LED-armaturen\n\nDe armaturen halen een lichtrendement van minstens 150 lm/W.',
    '# Levering van laptops\n\nDe laptops zijn EPEAT Gold-geregistreerd of voldoen aan gelijkwaardige criteria.',
    '# Levering van beeldschermen\n\nDe beeldschermen zijn TCO Certified of dragen een gelijkwaardig label.',
    '# Levering van koelkasten\n\nDe koelkasten hebben minstens energieklasse C volgens het Europese energielabel.',
    '# Levering van warmtepompen\n\nDe warmtepompen halen een SCOP van minstens 4,0.',
    '# Aankoop van bestelwagens\n\nDe bestelwagens voldoen aan de emissienorm Euro 6d.',
    '# Levering van printers\n\nHet verbruik in slaapstand bedraagt hoogstens 1 W.',
    // Motors and pumps: IE efficiency class, the minimum efficiency index of water pumps.
    '# Bouw van een pompstation\n\nDe opdracht omvat een pompstation met twee dompelpompen. De motoren behoren tot efficiëntieklasse IE3 of hoger.',
    '# Levering van circulatiepompen\n\nDe pompen halen een MEI van minstens 0,4.',
    { text: '# Fourniture de pompes de relevage\n\nLes moteurs sont de classe de rendement IE4.', lang: 'fr' },
    { text: '# Supply of submersible pumps\n\nThe pump motors shall be of efficiency class IE3 or better.', lang: 'en' },
    // No energy-related products bought.
    '# Levering van schoolmeubilair\n\nDe plaatmaterialen halen formaldehyde-emissieklasse E1.',
    '# Onderhoud van de openbare verlichting\n\nDe opdrachtnemer vervangt defecte lampen binnen 48 uur.',
    '# Schoonmaak van kantoren\n\nDe opdrachtnemer gebruikt eigen stofzuigers en schrobzuigmachines.',
    { text: '# Fourniture d\'ordinateurs portables\n\nLes ordinateurs portables satisfont aux exigences Energy Star 8.0 ou équivalentes.', lang: 'fr' },
    { text: '# Supply of laptops\n\nThe laptops shall meet the power consumption limits of Energy Star 8.0 or equivalent.', lang: 'en' },
  ],
  invalid: [
    { text: '# Bouw van een pompstation\n\nDe opdracht omvat een pompstation met twee dompelpompen van 120 m³/h bij 9 m opvoerhoogte.', errors: [{ messageId: 'missing', message: /pompstation/ }] },
    { text: '# Levering van elektromotoren\n\nDe motoren zijn geschikt voor 400 V driefasig.', errors: [{ messageId: 'missing' }] },
    { text: '# Fourniture de compresseurs\n\nLes compresseurs fournissent au moins 8 bar.', lang: 'fr', errors: [{ messageId: 'missing' }] },
    { text: '# Supply of ventilation fans\n\nThe fans deliver at least 2,000 m³/h.', lang: 'en', errors: [{ messageId: 'missing' }] },
    { text: '# Levering van laptops en dockingstations\n\n## Technische specificaties\n\nDe laptops hebben een processor met minstens acht kernen en 16 GB werkgeheugen.', errors: [{ messageId: 'missing', message: /laptops/, line: 3 }] },
    { text: '# Kantoormeubilair en bureauverlichting\n\n## Percelen\n\n- Perceel 1: bureaus\n- Perceel 2: bureaulampen\n\nDe plaatmaterialen halen formaldehyde-emissieklasse E1.', errors: [{ messageId: 'missing' }] },
    { text: '# Aankoop van vijf dienstwagens\n\nDe wagens hebben vijf zitplaatsen en een koffer van minstens 400 liter.', errors: [{ messageId: 'missing' }] },
    { text: '# Fourniture de luminaires\n\nLes luminaires sont en aluminium thermolaqué.', lang: 'fr', errors: [{ messageId: 'missing' }] },
    { text: '# Supply of printers\n\nThe printers print at least 40 pages per minute in colour.', lang: 'en', errors: [{ messageId: 'missing' }] },
    { text: '[OBJECT_CONTRACT/TITLE] Testeur de radiocommunication LTE\n\n[OBJECT_CONTRACT/CPV_MAIN/CPV_CODE CODE="32250000"]\n\n[OBJECT_CONTRACT/SHORT_DESCR] Le testeur doit prendre en charge la mesure des terminaux 4G.', lang: 'fr', errors: [{ messageId: 'missing' }] },
  ],
});
