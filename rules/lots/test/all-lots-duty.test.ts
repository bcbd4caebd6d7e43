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
    // Completeness within a lot: "een perceel" is the article, and the refusal is about missing items.
    lots + 'Een offerte die voor een perceel niet alle posten van de inventaris van dat perceel prijst, is onvolledig en wordt als substantieel onregelmatig beschouwd.',
    lots + 'Een inschrijving voor een perceel waarin niet alle eenheidsprijzen van de meetstaat zijn ingevuld, wordt als onregelmatig geweerd.',
    lots + 'Een offerte voor één perceel die niet elke post van het betrokken perceel prijst, is niet ontvankelijk.',
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en deux lots.\n\nUne offre pour un lot qui ne complète pas tous les postes de l\'inventaire de ce lot est considérée comme irrégulière.', lang: 'fr' },
    { text: '# Tender specification\n\nThe contract is divided into two lots.\n\nA tender for one lot that does not price every item of the price schedule for that lot will be rejected as irregular.', lang: 'en' },
  ],
  invalid: [
    { text: lots + 'Een offerte is slechts ontvankelijk als zij de drie percelen samen omvat. Een inschrijving voor één of twee percelen wordt als onregelmatig geweerd.', errors: [{ messageId: 'mustBidAll', text: 'Een offerte is slechts ontvankelijk als zij de drie percelen samen omvat.' }] },
    { text: lots + 'Een inschrijver moet op beide percelen inschrijven; een offerte voor één perceel wordt niet in aanmerking genomen.', errors: [{ messageId: 'mustBidAll' }] },
    { text: lots + 'Inschrijvers moeten een offerte indienen voor alle percelen.', errors: [{ messageId: 'mustBidAll', suggestion: /één, meerdere of alle/ }] },
    { text: lots + 'Een offerte voor slechts één perceel is niet toegelaten.', errors: [{ messageId: 'mustBidAll' }] },
    // Look-alikes of the completeness sentence that do refuse a bid for only some lots.
    { text: lots + 'Een offerte voor een perceel is niet toegelaten; de inventaris omvat de drie percelen samen.', errors: [{ messageId: 'mustBidAll' }] },
    { text: lots + 'Een inschrijving voor één perceel wordt als onregelmatig geweerd, ook als alle posten van dat perceel geprijsd zijn.', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en trois lots.\n\nUne offre pour un seul lot est irrégulière.', lang: 'fr', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Tender specification\n\nThe contract is divided into two lots.\n\nA tender for a single lot will be rejected as irregular.', lang: 'en', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Cahier spécial des charges\n\nLe marché est divisé en trois lots.\n\nLe soumissionnaire doit obligatoirement remettre offre pour tous les lots.', lang: 'fr', errors: [{ messageId: 'mustBidAll' }] },
    { text: '# Tender specification\n\nThe contract is divided into two lots.\n\nTenderers must submit a tender for both lots.', lang: 'en', errors: [{ messageId: 'mustBidAll' }] },
  ],
});
