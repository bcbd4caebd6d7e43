/**
 * e-procurement/e-invoicing: above €3,000 the documents require structured electronic invoices
 * (Peppol, EN 16931); paper, PDF or e-mail invoices do not count.
 */
import { BELGIAN_TRIGGERS, defineRule, type Block, type RuleContext } from '@tenderlint/core';
import { REFUSAL } from './data/channel-cues.js';
import {
  E_INVOICE_STRONG,
  E_INVOICE_WEAK,
  INVOICE_PREFILTER,
  INVOICE_SUBJECT,
  NON_STRUCTURED_INVOICE,
  OBLIGING,
  OCDS_E_INVOICING_REQUIRED,
  OPTIONAL,
  QUESTIONS,
  SENT_TO_POSTAL_ADDRESS,
} from './data/invoice-cues.js';

export default defineRule({
  meta: {
    id: 'e-procurement/e-invoicing',
    pack: 'e-procurement',
    principle: ['2.2'],
    legal: 'Wet 17 juni 2016 art. 14/1 en 192/1; KB 9 maart 2022',
    severity: 'error',
    messages: {
      nonStructured: {
        nl: 'De facturen worden hier op papier, als pdf of per e-mail gevraagd. Boven 3.000 euro excl. btw moet de opdrachtnemer elektronisch factureren en moeten de opdrachtdocumenten dat vermelden (wet 17 juni 2016 art. 14/1 en 192/1; KB 9 maart 2022); alleen een gestructureerde e-factuur via Peppol (norm EN 16931) telt, geen pdf per e-mail. Plan 2.2 vraagt e-facturatie. Vraag e-facturen via Peppol.',
        fr: "Les factures sont demandées ici sur papier, en PDF ou par e-mail. Au-delà de 3.000 euros HTVA, l'adjudicataire doit facturer par voie électronique et les documents du marché doivent le mentionner (loi du 17 juin 2016 art. 14/1 et 192/1 ; AR du 9 mars 2022) ; seule une facture électronique structurée via Peppol (norme EN 16931) compte, pas un PDF par e-mail. Le plan 2.2 demande la facturation électronique. Demandez des factures électroniques via Peppol.",
        en: 'Invoices are asked on paper, as PDF or by e-mail. Above €3,000 excl. VAT the contractor must invoice electronically and the documents must say so (Belgian law of 17 June 2016 art. 14/1 and 192/1; Royal Decree of 9 March 2022; Directive 2014/55/EU); only a structured e-invoice (Peppol, EN 16931) counts, not a PDF by e-mail. Plan 2.2 asks for e-invoicing. Require structured e-invoices via Peppol.',
      },
      missing: {
        nl: 'Het bestek vraagt geen elektronische facturatie. Boven 3.000 euro excl. btw moet de opdrachtnemer elektronisch factureren en moeten de opdrachtdocumenten dat vermelden (wet 17 juni 2016 art. 14/1 en 192/1; KB 9 maart 2022; plan 2.2). Vermeld dat facturen als gestructureerde e-factuur via Peppol worden bezorgd, conform EN 16931.',
        fr: "Le cahier des charges ne demande pas de facturation électronique. Au-delà de 3.000 euros HTVA, l'adjudicataire doit facturer par voie électronique et les documents du marché doivent le mentionner (loi du 17 juin 2016 art. 14/1 et 192/1 ; AR du 9 mars 2022 ; plan 2.2). Indiquez que les factures sont transmises en format structuré via Peppol, conformément à la norme EN 16931.",
        en: 'The document does not require electronic invoicing. Above €3,000 excl. VAT the contractor must invoice electronically and the documents must say so (Belgian law of 17 June 2016 art. 14/1 and 192/1; Royal Decree of 9 March 2022; Directive 2014/55/EU; plan 2.2). State that invoices are sent as structured e-invoices via Peppol, compliant with EN 16931.',
      },
    },
    suggestions: {
      peppol: {
        nl: 'De opdrachtnemer factureert elektronisch via het Peppol-netwerk, in een formaat conform de Europese norm EN 16931 (Peppol BIS Billing 3.0). Facturen op papier of als pdf per e-mail worden niet aanvaard.',
        fr: "L'adjudicataire facture par voie électronique via le réseau Peppol, dans un format conforme à la norme européenne EN 16931 (Peppol BIS Billing 3.0). Les factures papier ou PDF envoyées par e-mail ne sont pas acceptées.",
        en: 'The contractor sends structured electronic invoices through the Peppol network, in a format compliant with the European standard EN 16931 (Peppol BIS Billing 3.0). Paper invoices and PDF invoices by e-mail are not accepted.',
      },
    },
    docs: {
      description: 'Flags documents above €3,000 (or of unknown value) that do not require electronic invoicing, or that ask for invoices on paper, as PDF or by e-mail.',
      rationale:
        'Belgian law (Wet 17 juni 2016 art. 14/1 and 192/1, KB 9 maart 2022) makes structured electronic invoicing mandatory above €3,000 excl. VAT and requires the procurement documents to say so. A PDF sent by e-mail is not an e-invoice. Plan 2.2 aims at end-to-end e-procurement including e-invoicing.',
      howToFix: 'Require invoices as structured e-invoices through Peppol in the EN 16931 format, and remove any request for paper, PDF or e-mail invoices.',
      examples: {
        valid: [
          { text: 'De opdrachtnemer factureert elektronisch via het Peppol-netwerk, in een formaat conform EN 16931 (Peppol BIS Billing 3.0).' },
          { text: 'De facturen worden elektronisch ingediend via Peppol. PDF-facturen per e-mail worden niet aanvaard.' },
        ],
        invalid: [
          { text: 'Facturen worden als pdf gemaild naar boekhouding@gemeente.be.', messageId: 'nonStructured' },
          { text: '## Facturatie\n\nDe opdrachtnemer factureert maandelijks.', messageId: 'missing' },
        ],
      },
    },
  },

  check(context) {
    const value = context.facts.estimatedValue?.value;
    if (value && value.currency === 'EUR' && value.amount <= BELGIAN_TRIGGERS.eInvoicing) return;

    let required = false;
    let reported = false;
    // A sentence that sends the invoice to a postal address: paper, unless e-invoicing is required elsewhere.
    let postal: { block: Block; start: number; end: number } | undefined;
    for (const block of context.document.blocks) {
      if (!INVOICE_PREFILTER.test(block.text) && !block.text.includes('electronicInvoicingPolicy')) continue;
      if (OCDS_E_INVOICING_REQUIRED.test(block.text)) required = true;
      if (!INVOICE_SUBJECT.test(block.text) && !E_INVOICE_STRONG.test(block.text)) continue;
      for (const s of context.sentences(block)) {
        const aboutInvoices = INVOICE_SUBJECT.test(s.text);
        if (requiresElectronic(s.text, aboutInvoices)) required = true;
        if (!aboutInvoices || REFUSAL.test(s.text) || QUESTIONS.test(s.text)) continue;
        if (!NON_STRUCTURED_INVOICE.test(s.text)) {
          if (!postal && !E_INVOICE_STRONG.test(s.text) && !E_INVOICE_WEAK.test(s.text) && SENT_TO_POSTAL_ADDRESS.test(s.text)) postal = { block, start: s.start, end: s.end };
          continue;
        }
        context.report({ messageId: 'nonStructured', block, start: s.start, end: s.end, suggestion: { messageId: 'peppol', replace: true } });
        reported = true;
      }
    }
    if (reported || required) return;
    if (postal) {
      context.report({ messageId: 'nonStructured', ...postal, suggestion: { messageId: 'peppol', replace: true } });
      return;
    }
    context.report({ messageId: 'missing', block: anchor(context), missing: true, suggestion: { messageId: 'peppol' } });
  },
});

function requiresElectronic(text: string, aboutInvoices: boolean): boolean {
  const named = E_INVOICE_STRONG.test(text) || (aboutInvoices && E_INVOICE_WEAK.test(text));
  if (!named) return false;
  return !(OPTIONAL.test(text) && !OBLIGING.test(text));
}

/** The invoicing heading when there is one (facts, else a heading that names invoices). */
function anchor(context: RuleContext): Block | undefined {
  if (context.facts.sectionHeadings.invoicing === undefined) {
    const heading = context.document.blocks.find((b) => b.kind === 'heading' && INVOICE_SUBJECT.test(b.text));
    if (heading) return heading;
  }
  return context.anchorFor('invoicing', 'execution');
}
