/**
 * Words that tell a payment term, its kind and its justification, in nl, fr and en.
 * Source: KBU (KB 14-01-2013) art. 127 and 160 as amended by KB 12-08-2024 (from 1 January 2025:
 * one behandelingstermijn / délai de traitement of 30 days for verification and payment);
 * wording as found in Flemish, Brussels and Walloon specifications (checked November 2026).
 */
import { factored, wholeWords as words } from '@tenderlint/core';

// "pays" is also French for "country": only the English verb after a subject, never after an article.
const payWords = String.raw`betaa?l\p{L}*|paiements?|pay[ée]\p{L}*|paiera|paie|payments?|paid|pay|payable|(?<!(?:du|le|les|des|au|aux|ce|son|leur|notre|votre|un|tout|chaque)\s)pays`;
const processingWords = String.raw`behandelingstermijn\p{L}*|délai\s+de\s+traitement|processing\s+(?:period|time)`;
const verificationWords = String.raw`verificatietermijn\p{L}*|délai\s+de\s+vérification|verification\s+period`;

/** A sentence speaks of payment. */
export const PAYMENT_CUE = words(`${payWords}|${processingWords}|${verificationWords}`);

/** The kind of term, by the words naming it (the nearest before the number of days wins). */
export const TERM_KIND_WORDS: { kind: 'processing' | 'verification' | 'payment'; pattern: RegExp }[] = [
  { kind: 'processing', pattern: words(processingWords, 'g') },
  { kind: 'verification', pattern: words(verificationWords, 'g') },
  { kind: 'payment', pattern: words(payWords, 'g') },
];

/** The old verification term, replaced since 1 January 2025 by the single processing term. */
export const VERIFICATION_TERM = words(verificationWords);
export const PROCESSING_TERM = words(processingWords);

/**
 * Payments that are not the authority paying the contractor: the contractor paying its
 * subcontractors or staff, the tenderer's social-security and tax payments, or late-payment interest.
 */
export const OTHER_PAYER = words(
  String.raw`onderaannemers?|sous-traitants?|subcontractors?|sociale\s+(?:zekerheids)?bijdragen|belastingen|cotisations|impôts|taxes|lonen|salaires|wages|nalatigheidsintresten?|intérêts\s+de\s+retard|late\s+payment\s+interest`,
);

/** A reason given for a longer term ("omdat", "gelet op", "rekening houdend met", "parce que", "because", ...). */
export const JUSTIFICATION_CUE = words(
  String.raw`omdat|aangezien|gelet\s+op|gezien\s+(?:de|het)|wegens|vanwege|omwille\s+van|rekening\s+houdend\s+met|in\s+het\s+licht\s+van|gerechtvaardigd\p{L}*|verantwoord\p{L}*|gemotiveerd|motivering|parce\s+que|puisque|en\s+raison\s+d[eu']|compte\s+tenu|étant\s+donné|eu\s+égard\s+(?:à|aux?)|justifi\p{L}*|motivée?s?|because|since\s+the|due\s+to|owing\s+to|given\s+(?:that|the)|in\s+view\s+of|in\s+(?:the\s+)?light\s+of|on\s+account\s+of|taking\s+(?:into\s+account|account\s+of)`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const PAYMENT_PREFILTER = factored(/betal|betaa|termijn|pai|pay|traitement|rification/i);

/**
 * A payment term that only starts when a separate verification ends: the pre-2025 wording of KBU
 * art. 127 and 160 ("binnen dertig dagen vanaf het einde van de verificatie").
 */
export const AFTER_VERIFICATION = words(
  String.raw`(?:vanaf|na|sedert|te\s+rekenen\s+vanaf)\s+(?:de\s+datum\s+van\s+)?(?:het\s+einde|de\s+afloop|afloop)\s+van\s+(?:de|die)\s+verificatie\p{L}*|(?:à\s+compter\s+de|après)\s+(?:la\s+date\s+de\s+)?(?:la\s+)?fin\s+(?:de\s+la\s+|du\s+délai\s+de\s+)vérification|à\s+l['’]issue\s+du\s+délai\s+de\s+vérification|(?:from|after)\s+the\s+end\s+of\s+the\s+verification(?:\s+period)?`,
);

/** Days that count how often, not how long: "om de 30 dagen", "tous les 30 jours", "every 30 days". */
export const FREQUENCY_BEFORE = /(?:om\s+de|elke|iedere|telkens\s+na|tous\s+les|chaque|every|each)\s+$/iu;
/** Days that mark a point in a payment schedule ("30 % na 2 maanden"), when the sentence splits the price in percentages. */
export const SCHEDULE_BEFORE = /(?:na|after|après|vanaf|from|à\s+partir\s+de)\s+$/iu;
