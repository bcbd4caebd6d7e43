/**
 * sme-access/payment-term: the authority pays within one processing term of 30 days. A longer term
 * needs a justification and may never exceed 60 days; the old verification term + payment term split
 * was replaced on 1 January 2025.
 */
import { defineRule, type Messages } from '@tenderlint/core';
import { AFTER_VERIFICATION, PROCESSING_TERM, VERIFICATION_TERM } from './data/payment-cues.js';
import { paymentTermMentions, type PaymentTermMention } from './payment-terms.js';

/** KBU art. 127 and 160 (KB 12-08-2024): the standard term, and the ceiling of a justified longer one. */
const STANDARD_DAYS = 30;
const MAXIMUM_DAYS = 60;

const why: Messages = {
  nl: 'Sinds 1 januari 2025 gebeuren verificatie en betaling samen binnen één behandelingstermijn van 30 dagen; een langere termijn (hoogstens 60 dagen) kan alleen als de opdrachtdocumenten hem uitdrukkelijk en objectief rechtvaardigen (KBU art. 127 en 160, gewijzigd bij KB 12 augustus 2024). Snel betalen is een kernpunt van het KMO-beleid (plan 2.3).',
  fr: "Depuis le 1er janvier 2025, la vérification et le paiement se font dans un seul délai de traitement de 30 jours ; un délai plus long (60 jours au plus) n'est permis que si les documents du marché le prévoient expressément et le justifient objectivement (RGE art. 127 et 160, modifiés par l'AR du 12 août 2024). Payer vite est un point clé de l'accès des PME (plan 2.3).",
  en: 'Since 1 January 2025 verification and payment take place within one processing period of 30 days; a longer period (at most 60 days) is allowed only when the procurement documents state it and justify it objectively (KBU art. 127 and 160 as amended by the Royal Decree of 12 August 2024). Paying fast is key to SME access (plan 2.3).',
};

export default defineRule({
  meta: {
    id: 'sme-access/payment-term',
    pack: 'sme-access',
    principle: ['2.3'],
    legal: 'KB 14 januari 2013 (KBU) art. 127 en 160, gewijzigd bij KB 12 augustus 2024',
    severity: 'warning',
    messages: {
      overMaximum: {
        nl: `De betalingstermijn van {days} dagen is langer dan 60 dagen en dus niet toegelaten, ook niet met een motivering. ${why.nl} Schrijf één behandelingstermijn van 30 dagen.`,
        fr: `Le délai de paiement de {days} jours dépasse 60 jours et n'est donc pas permis, même motivé. ${why.fr} Prévoyez un seul délai de traitement de 30 jours.`,
        en: `The payment term of {days} days is longer than 60 days and is not allowed, even with a justification. ${why.en} Write one processing period of 30 days.`,
      },
      unjustified: {
        nl: `De betalingstermijn van {days} dagen is langer dan 30 dagen zonder dat de tekst dat motiveert. ${why.nl} Schrijf één behandelingstermijn van 30 dagen, of geef in dezelfde paragraaf de objectieve reden voor de langere termijn.`,
        fr: `Le délai de paiement de {days} jours dépasse 30 jours sans justification. ${why.fr} Prévoyez un seul délai de traitement de 30 jours, ou donnez dans le même paragraphe la raison objective du délai plus long.`,
        en: `The payment term of {days} days is longer than 30 days and no justification is given. ${why.en} Write one processing period of 30 days, or give the objective reason for the longer term in the same paragraph.`,
      },
      oldSplit: {
        nl: `De tekst gebruikt nog de oude opsplitsing in een verificatietermijn en een betalingstermijn, waardoor de opdrachtnemer tot 60 dagen op zijn geld wacht. ${why.nl} Vervang beide termijnen door één behandelingstermijn van 30 dagen.`,
        fr: `Le texte utilise encore l'ancienne division en un délai de vérification et un délai de paiement, ce qui fait attendre l'adjudicataire jusqu'à 60 jours. ${why.fr} Remplacez les deux délais par un seul délai de traitement de 30 jours.`,
        en: `The text still splits the term into a verification period and a payment period, so the contractor waits up to 60 days. ${why.en} Replace both with one processing period of 30 days.`,
      },
    },
    suggestions: {
      processingTerm: {
        nl: 'De verificatie en de betaling gebeuren binnen een behandelingstermijn van 30 dagen na ontvangst van de regelmatig opgestelde factuur.',
        fr: 'La vérification et le paiement interviennent dans un délai de traitement de 30 jours à compter de la réception de la facture régulièrement établie.',
        en: 'Verification and payment take place within one processing period of 30 days from receipt of a correct invoice.',
      },
    },
    docs: {
      description: 'Flags payment terms longer than 30 days without a justification, longer than 60 days, or split into the old verification and payment terms.',
      rationale:
        'Plan 2.3 asks authorities to pay SMEs fast and on time. Since 1 January 2025 (KB 12 August 2024 amending KBU art. 127 and 160) one processing term (behandelingstermijn, délai de traitement) of 30 days covers both the verification of the invoice or progress statement and the payment. The documents may set a longer term, at most 60 days, only when they justify it objectively. The old split into a verification term of 30 days followed by a payment term of 30 days no longer applies.',
      howToFix:
        'Write one processing term of 30 days ("De verificatie en de betaling gebeuren binnen een behandelingstermijn van 30 dagen na ontvangst van de regelmatig opgestelde factuur."). If a longer term is truly needed, keep it at 60 days or less and give the objective reason in the same paragraph.',
      examples: {
        valid: [
          { text: 'De verificatie en de betaling gebeuren binnen een behandelingstermijn van 30 dagen.', note: 'One processing term of 30 days.' },
          {
            text: 'De behandelingstermijn bedraagt 45 dagen. Deze langere termijn is gerechtvaardigd omdat elke prestatiestaat eerst op het terrein samen met de gebruikers wordt gecontroleerd.',
            note: '45 days with an objective justification in the same paragraph.',
          },
          { text: 'Le paiement intervient dans un délai de traitement de 30 jours à compter de la réception de la facture.', lang: 'fr' },
        ],
        invalid: [
          { text: 'De betaling gebeurt binnen vijfenveertig kalenderdagen na ontvangst van een regelmatig opgestelde factuur.', messageId: 'unjustified', note: '45 days, no reason given.' },
          { text: 'Het bestuur beschikt over een verificatietermijn van 30 dagen en een betalingstermijn van 30 dagen.', messageId: 'oldSplit' },
          { text: 'Le paiement est effectué dans un délai de 90 jours de calendrier à compter de la réception de la facture.', lang: 'fr', messageId: 'overMaximum' },
        ],
      },
    },
  },

  check(context) {
    const mentions = paymentTermMentions(context);
    const reported = new Set<string>();
    const splitBlocks = new Set<number>();
    const key = (m: PaymentTermMention) => `${m.block.id}:${m.sentence.start}`;

    for (const m of mentions) {
      const split = m.kind === 'verification' || AFTER_VERIFICATION.test(m.sentence.text);
      if (!split || PROCESSING_TERM.test(m.sentence.text)) continue;
      // One finding for the split, however many of its sentences the paragraph holds.
      if (reported.has(key(m)) || splitBlocks.has(m.block.id)) continue;
      reported.add(key(m));
      splitBlocks.add(m.block.id);
      context.report({
        messageId: 'oldSplit',
        block: m.block,
        start: m.sentence.start,
        end: m.sentence.end,
        suggestion: { messageId: 'processingTerm', replace: true },
      });
    }

    for (const m of mentions) {
      if (m.days <= STANDARD_DAYS || reported.has(key(m))) continue;
      // The payment half of a split already reported is part of that finding.
      if (splitBlocks.has(m.block.id) && m.days <= MAXIMUM_DAYS && (VERIFICATION_TERM.test(m.block.text) || AFTER_VERIFICATION.test(m.block.text))) continue;
      if (m.days <= MAXIMUM_DAYS && m.justified) continue;
      reported.add(key(m));
      context.report({
        messageId: m.days > MAXIMUM_DAYS ? 'overMaximum' : 'unjustified',
        data: { days: m.days },
        ...(m.days > MAXIMUM_DAYS ? { severity: 'error' as const } : {}),
        block: m.block,
        start: m.sentence.start,
        end: m.sentence.end,
        suggestion: { messageId: 'processingTerm', replace: true },
      });
    }
  },
});
