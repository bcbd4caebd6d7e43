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

/** Paper, PDF or e-mail invoices. */
export const NON_STRUCTURED_INVOICE = words(
  String.raw`op\s+papier|papieren|in\s+(?:twee|drie|vier)voud|per\s+(?:post|brief)|pdf(?:-\p{L}+)?|per\s+e-?mail|via\s+e-?mail|per\s+mail|ge-?maild|e-?mailen|mailen|sur\s+(?:support\s+)?papier|version\s+papier|format\s+papier|par\s+(?:la\s+)?(?:poste|courrier)|par\s+(?:e-?mail|courriel|mail)|en\s+(?:deux|trois)\s+exemplaires|on\s+paper|paper|by\s+(?:post|mail|e-?mail)|hard\s+cop(?:y|ies)|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const INVOICE_PREFILTER = factored(/fa[ck]tu|invoic|billing|peppol|mercurius|16931|UBL/i);
