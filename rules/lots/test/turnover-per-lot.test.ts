import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/turnover-per-lot.js';

const lots = '# Bestek\n\nDe opdracht is verdeeld in drie percelen.\n\n## Selectie\n\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Set per lot, in several wordings.
    lots + 'De minimale jaaromzet bedraagt € 200.000 voor perceel 1, € 120.000 voor perceel 2 en € 80.000 voor perceel 3.',
    lots + 'Gemiddelde jaaromzet over de laatste drie boekjaren, minstens:\n\n- perceel 1: € 300.000 excl. btw;\n- perceel 2: € 150.000 excl. btw;\n- perceel 3: € 40.000 excl. btw.',
    lots + 'De inschrijver behaalde een jaaromzet van minstens € 100.000 per perceel waarvoor hij inschrijft.',
    lots + 'De inschrijver heeft een jaaromzet van minstens € 150.000. Dit bedrag geldt per perceel en wordt samengeteld voor wie op meerdere percelen inschrijft.',
    // Not divided into lots.
    '# Bestek\n\nDe opdracht wordt niet in percelen verdeeld omdat alle prestaties één geheel vormen.\n\n## Selectie\n\nDe inschrijver heeft een jaaromzet van minstens € 400.000.',
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en deux lots.\n\n## Sélection\n\nUn chiffre d\'affaires annuel d\'au moins 100.000 EUR pour le lot 1 et de 40.000 EUR pour le lot 2.', lang: 'fr' },
    { text: '# Tender specification\n\nThe contract is divided into two lots.\n\n## Selection\n\nMinimum average annual turnover of EUR 2 400 000 for each lot the tenderer bids for.', lang: 'en' },
  ],
  invalid: [
    { text: lots + 'De inschrijver heeft in elk van de laatste drie afgesloten boekjaren een jaaromzet van minstens € 400.000 excl. btw gerealiseerd in de schoonmaaksector. Dit minimum geldt één keer voor de opdracht in haar geheel; er is geen afzonderlijke drempel per perceel.', errors: [{ messageId: 'oneAmount', text: 'De inschrijver heeft in elk van de laatste drie afgesloten boekjaren een jaaromzet van minstens € 400.000 excl. btw gerealiseerd in de schoonmaaksector.' }] },
    { text: lots + 'Minstens één referentie heeft een waarde van minimaal € 500.000 excl. btw.', errors: [{ messageId: 'oneAmount', message: /waarde van de referenties/ }] },
    { text: "# Cahier spécial des charges\n\nLe marché est divisé en deux lots.\n\n## Sélection\n\nLe soumissionnaire a réalisé, au cours du dernier exercice clôturé, un chiffre d'affaires annuel d'au moins 100.000 EUR HTVA dans la fourniture de mobilier. Ce montant s'applique au marché dans son ensemble, quel que soit le nombre de lots pour lesquels le soumissionnaire remet offre.", lang: 'fr', errors: [{ messageId: 'oneAmount' }] },
    { text: '# Tender specification\n\nThe framework is divided into two lots.\n\n## Selection\n\nTenderers are required to have a minimum annual turnover of 200,000 GBP for the last two financial years.', lang: 'en', errors: [{ messageId: 'oneAmount' }] },
  ],
});
