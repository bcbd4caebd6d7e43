/**
 * Invoicing wording, in nl, fr and en. Electronic invoicing is required above €3,000 excl. VAT and
 * must be stated in the documents; only structured invoices (Peppol, EN 16931) count, not a PDF by
 * e-mail (Wet 17 juni 2016 art. 14/1, 192/1; KB 9 maart 2022; vlaanderen.be "e-invoicing voor lokale
 * overheden", checked November 2026).
 */
import { factored, wholeWords as words } from '@tenderlint/core';

export const INVOICE_SUBJECT = words(String.raw`(?:ge)?fa[ck]tu\p{L}*|invoic\p{L}*|billing`);

/** Questions about invoices may go by e-mail; that is not how the invoice is sent. */
export const QUESTIONS = words(String.raw`vragen|vraag|inlichtingen|questions?|renseignements|queries|enquiries`);

/** Structured electronic invoicing, named by itself. */
export const E_INVOICE_STRONG = words(
  String.raw`peppol|e-factu\p{L}*|efactu\p{L}*|e-invoic\p{L}*|elektronische\s+factu\p{L}*|gestructureerde\s+factu\p{L}*|factures?\s+électroniques?|facturation\s+électronique|electronic\s+invoic\p{L}*|EN\s*16931|mercurius|UBL|factu(?:ur|ratie)portaal|invoicing\s+portal|facturatieplatform`,
);

/** Electronic words that count only in a sentence about invoices. */
export const E_INVOICE_WEAK = words(
  String.raw`elektronisch\p{L}*|par\s+voie\s+électronique|électroniquement|electronically|portal|portaal|platform|plate-?forme`,
);

/** OCDS release data: e-invoicing required. */
export const OCDS_E_INVOICING_REQUIRED = /"electronicInvoicingPolicy"\s*:\s*"required"/u;

/** Optional wording ("kan", "may") with no obliging word: the channel is offered, not required. */
export const OPTIONAL = words(String.raw`kan|kunnen|mag|mogen|peut|peuvent|may|can|could|allowed|optional\p{L}*|facultati\p{L}*|desgewenst|indien\s+gewenst|if\s+desired`);
export const OBLIGING = words(
  String.raw`enkel|uitsluitend|alleen|verplicht\p{L}*|moet|moeten|dient|dienen|zal|zullen|only|must|shall|required|mandatory|exclusivement|uniquement|obligatoire\p{L}*|doit|doivent|sera|seront|will`,
);

/**
 * Paper, PDF or e-mail invoices. Paper is also named by its copies ("in drievoud", "in één origineel en twee
 * kopieën", "en un original et deux copies", "en double exemplaire", "in duplicate") and by the post ("per
 * (gewone) post", "met de post", "par courrier", "par voie postale", "by post", "by registered mail").
 */
export const NON_STRUCTURED_INVOICE = words(
  String.raw`op\s+papier|papieren|in\s+(?:twee|drie|vier)voud|in\s+(?:(?:één|een)\s+)?origineel\s+en\s+(?:één|een|twee|drie|\d)\s+(?:kopie|kopij|afschrift)\p{L}*|per\s+(?:gewone\s+|aangetekende\s+)?(?:post|brief)|(?:met|via)\s+de\s+post|pdf(?:-\p{L}+)?|per\s+e-?mail|via\s+e-?mail|per\s+mail|ge-?maild|e-?mailen|mailen|sur\s+(?:support\s+)?papier|version\s+papier|format\s+papier|par\s+(?:la\s+)?(?:poste|courrier)|par\s+voie\s+postale|par\s+(?:e-?mail|courriel|mail)|en\s+(?:deux|trois|quatre|\d)\s+exemplaires|en\s+(?:double|triple|quadruple)\s+exemplaire|en\s+(?:un\s+)?(?:seul\s+)?original\s+et\s+(?:une|deux|trois|quatre|\d)\s+copies?|on\s+paper|paper|by\s+(?:registered\s+|first[-\s]class\s+)?(?:post|mail|e-?mail)|in\s+(?:duplicate|triplicate)|(?:one|an)\s+original\s+and\s+(?:one|two|three|\d)\s+cop(?:y|ies)|hard\s+cop(?:y|ies)|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}`,
);

/**
 * An invoice sent to a postal address ("est adressée au Collège communal, service des Finances, Place communale 1,
 * 5060 ...", "wordt gestuurd naar het gemeentebestuur, Markt 1, 2400 Mol", "sent to ..., 1000 Brussels"): paper,
 * unless the document requires e-invoicing somewhere (the rule checks that); "op naam van" (whom the invoice
 * names) is not where it is sent.
 */
export const SENT_TO_POSTAL_ADDRESS = words(
  String.raw`(?:adressée?s?|envoyée?s?|expédiée?s?|transmises?|(?:op|toe)?gestuurd|verstuurd|toegezonden|opgestuurd|sent|addressed|mailed|posted)\s+(?:à|au|aux|naar|aan|to)\s[^.;]{0,140}?\b\d{4,5}\s+\p{Lu}\p{L}+`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const INVOICE_PREFILTER = factored(/fa[ck]tu|invoic|billing|peppol|mercurius|16931|UBL/i);
