import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/all-lots-duty.js';

const lots = '# Bestek\n\nDe opdracht is verdeeld in drie percelen.\n\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    lots + 'Inschrijvers mogen op één, meerdere of alle percelen inschrijven; één inschrijver krijgt maximaal twee percelen, volgens de regel in punt 4.3.',
    lots + 'Een inschrijver mag een offerte indienen voor één perceel of voor beide percelen.',
    lots + 'De inschrijver is niet verplicht om op alle percelen in te schrijven.',
    // Other duties that mention all lots.
    lots + 'Een inschrijver die op beide percelen wordt gekozen, moet de som van beide bedragen halen.',
    lots + 'De gunning gebeurt per perceel. Voor alle percelen geldt dezelfde uitvoeringstermijn.',
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en deux lots.\n\nLes soumissionnaires peuvent remettre offre pour un, plusieurs ou tous les lots.', lang: 'fr' },
    { text: '# Tender specification\n\nThe contract is divided into two lots. Tenderers may bid for one lot or for both lots.', lang: 'en' },
  ],
  invalid: [
    { text: lots + 'Een offerte is slechts ontvankelijk als zij de drie percelen samen omvat. Een inschrijving voor één of twee percelen wordt als onregelmatig geweerd.', errors: [{ messageId: 'mustBidAll', text: 'Een offerte is slechts ontvankelijk als zij de drie percelen samen omvat.' }] },
    { text: lots + 'Een inschrijver moet op beide percelen inschrijven; een offerte voor één perceel wordt niet in aanmerking genomen.', errors: [{ messageId: 'mustBidAll' }] },
    { text: lots + 'Inschrijvers moeten een offerte indienen voor alle percelen.', errors: [{ messageId: 'mustBidAll', suggestion: /één, meerdere of alle/ }] },
    { text: lots + 'Een offerte voor slechts één perceel is niet toegelaten.', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en trois lots.\n\nLe soumissionnaire doit obligatoirement remettre offre pour tous les lots.', lang: 'fr', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Tender specification\n\nThe contract is divided into two lots.\n\nTenderers must submit a tender for both lots.', lang: 'en', errors: [{ messageId: 'mustBidAll' }] },
  ],
});
