/** Payment terms and variants. */
import { latinFast } from '../text/latin-fast.js';
import { COUNT_TOKEN, parseCount } from '../text/numbers.js';
import type { Block } from '../document.js';
import { cueWords, type Scan } from './scan.js';
import type { PaymentTermStatement, Stated, Variants } from './types.js';

const T = COUNT_TOKEN;
const PAYMENT_WORDS = cueWords(['betal', 'betaal', 'termijn', 'paie', 'pay', 'délai', 'delai']);
const PAYMENT_CUE = /betaling|betaald|betaalt|betalen|uitbetal|behandelingstermijn|verificatietermijn|betalingstermijn|paiement|pay[ée]|payer|d[ée]lai\s+de\s+(?:traitement|v[ée]rification)|payment|paid|\bpay\b|payable/iu;
const DAYS_BODY = String.raw`(?:de\s+|les\s+|the\s+)?(?:een\s+(?:termijn|behandelingstermijn|verificatietermijn|betalingstermijn)\s+van\s+|un\s+d[ée]lai\s+(?:de\s+(?:traitement|paiement|v[ée]rification)\s+)?de\s+|a\s+(?:period|term)\s+of\s+)?(${T})\s+(?:\(\d{1,3}\)\s+)?(?:kalenderdagen|kalender\s+dagen|dagen|jours(?:\s+(?:de\s+)?calendrier)?|calendar\s+days|days)`;
const DAYS_RE = latinFast(new RegExp(String.raw`(?:binnen|van|within|of|dans|de|en|delay\s+of|period\s+of|bedraagt|is|:)\s+` + DAYS_BODY, 'giu'));
// A table cell that starts with the days ("Betalingstermijn | 60 kalenderdagen").
const CELL_DAYS_RE = new RegExp(String.raw`^\s*` + DAYS_BODY, 'iu');
const NOT_PAYMENT = latinFast(/borgtocht|cautionnement|guarantee|\blevering|\blivraison|\bdelivery|\bgeleverd\b|\blivr[ée]e?s?(?!\p{L})|\bdelivered\b|verbintenistermijn|validit|geldig|opzeg|r[ée]siliation|notice\s+period|plaatsbezoek|visite|vragen|questions|indienen|submission|bezwaar|klacht|prestatiestaat\s+eerst/iu);
// Delivery or acceptance named as the day the payment term starts from is no delivery period.
const STARTS_FROM = latinFast(/(?<!\p{L})(?:na|vanaf|sinds|after|following|from|upon|on|of|apr[èe]s|[àa]\s+compter\s+de|d[èe]s)\s+(?:de\s+|het\s+|the\s+|la\s+|l['’]\s*)?(?:(?:datum|dag|date|day)\s+(?:van|of|de)\s+(?:de\s+|the\s+|la\s+|l['’]\s*)?)?(?:volledige\s+|complete\s+|full\s+)?(?:levering|delivery|livraison)\b/giu);
// What the contractor pays its subcontractors is not the authority's payment term.
const SUBCONTRACTOR = latinFast(/onderaann\p{L}*|sous-trait\p{L}*|subcontract\p{L}*|sub-contract\p{L}*/iu);
const JUSTIFIED = /gerechtvaardigd|verantwoord|omdat|gelet\s+op|wegens|aangezien|justifi[ée]|parce\s+que|en\s+raison|compte\s+tenu|justified|because|due\s+to|owing\s+to|objectief/iu;

export function extractPaymentTerms(scan: Scan): PaymentTermStatement[] {
  const out: PaymentTermStatement[] = [];
  for (const block of scan.document.blocks) {
    // A table cell is read with its row label and column header ("Betaling | binnen 50 kalenderdagen ...").
    const label = block.kind === 'table-cell' && /dag|jour|day/i.test(block.text) ? cellLabel(scan, block) : '';
    const labelCue = label !== '' && !SUBCONTRACTOR.test(label) && !NOT_PAYMENT.test(label.replace(STARTS_FROM, ' '));
    if (!labelCue && (!scan.has(block, PAYMENT_WORDS) || !PAYMENT_CUE.test(block.text))) continue;
    const inInvoicing = scan.sections[block.id] === 'invoicing';
    for (const s of scan.sentences(block)) {
      if (!labelCue && !PAYMENT_CUE.test(s.text)) continue;
      const found: RegExpExecArray[] = [];
      DAYS_RE.lastIndex = 0;
      for (let m = DAYS_RE.exec(s.text); m; m = DAYS_RE.exec(s.text)) found.push(m);
      const atStart = labelCue && s.start === 0 ? CELL_DAYS_RE.exec(s.text) : null;
      if (atStart && !found.some((m) => m.index <= atStart.index + atStart[0].length && atStart.index <= m.index + m[0].length)) found.unshift(atStart);
      for (const m of found) {
        const days = parseCount(m[1]!);
        if (days === null || days < 5 || days > 365) continue;
        const clause = clauseOf(s.text, m.index, m.index + m[0].length);
        if (!labelCue && !PAYMENT_CUE.test(clause) && !(inInvoicing && /termijn|d[ée]lai|period/iu.test(clause))) continue;
        if (SUBCONTRACTOR.test(clause)) continue;
        if (NOT_PAYMENT.test(clause.replace(STARTS_FROM, ' ')) && !/behandelingstermijn|d[ée]lai de traitement|betalingstermijn|verificatietermijn/iu.test(`${label} ${clause}`)) continue;
        const lead = s.text.slice(Math.max(0, m.index - 80), m.index + m[0].length);
        out.push({ days, kind: kindOf(`${label} ${lead}`), justified: JUSTIFIED.test(s.text) || justifiedNext(scan, block, s.end), evidence: scan.evidence(block, s.start + m.index, s.start + m.index + m[0].length) });
      }
    }
  }
  return out;
}

// A row label that names another period ("Uitvoeringstermijn", "Durée du marché") is not read under a payment header.
const OTHER_PERIOD = /termijn|d[ée]lai|period|duur|dur[ée]e|duration|looptijd|time/i;

/**
 * The label that makes a table cell a payment term: its row label when that names payment ("Betaling | binnen
 * 50 kalenderdagen", "Payment | within 30 days"), else its column header when that does and the row label names
 * no other period ("| Schijf | Betalingstermijn |"); '' when neither does.
 */
function cellLabel(scan: Scan, block: Block): string {
  const row = scan.rowLabel(block)?.text ?? '';
  if (PAYMENT_CUE.test(row)) return row;
  const header = scan.columnHeader(block)?.text ?? '';
  return !OTHER_PERIOD.test(row) && PAYMENT_CUE.test(header) ? header : '';
}

function clauseOf(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[;]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[;]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

// The kind is named by the last term word before the number of days.
const KIND_WORDS = latinFast(/(behandelingstermijn|d[ée]lai\s+de\s+traitement|processing\s+(?:period|time))|(verificatie\p{L}*|v[ée]rification|verification)|(beta[la]\p{L}*|paiement|pay\p{L}*)/giu);

function kindOf(lead: string): PaymentTermStatement['kind'] {
  let kind: PaymentTermStatement['kind'] = 'unknown';
  KIND_WORDS.lastIndex = 0;
  for (let m = KIND_WORDS.exec(lead); m; m = KIND_WORDS.exec(lead)) kind = m[1] ? 'processing' : m[2] ? 'verification' : 'payment';
  return kind;
}

function justifiedNext(scan: Scan, block: { text: string; id: number }, end: number): boolean {
  const rest = block.text.slice(end, end + 300);
  return /gerechtvaardigd|justifi[ée]|justified/iu.test(rest);
}

const VARIANT_WORDS = cueWords(['variant', 'alternat']);
const VARIANT_RULES: [Variants, RegExp][] = [
  ['required', /verplichte\s+variant|variant(?:e|en)?\s+(?:is|zijn)\s+verplicht|variantes?\s+(?:exig[ée]es?|obligatoires?)|variantes?\s+(?:est|sont)\s+(?:exig|obligatoire)|variants?\s+(?:are|is)\s+(?:required|mandatory)|(?:required|mandatory)\s+variants?/iu],
  // Words may stand between the noun and the verb: an adjective ("variantes libres") or a second noun ("Varianten en opties").
  ['forbidden', latinFast(/variant(?:e|en)?(?:\s+(?:en|of|en\/of)\s+(?:opties|alternatieven))?\s+(?:zijn|is|worden|wordt)\s+niet\s+(?:toegestaan|toegelaten|aanvaard|mogelijk)|geen\s+varianten|variant(?:e|en)?\s+(?:zijn|is)\s+verboden|variantes?(?:(?:\s+(?:et|ou))?\s+(?:les\s+)?(?:libres?|facultatives?|obligatoires?|exig[ée]es?|impos[ée]es?|options?|variantes?))*\s+(?:ne\s+sont\s+pas|n['’]est\s+pas|ne\s+seront\s+pas)\s+(?:autoris|admis|accept|permis)|variantes?\s+(?:sont\s+)?interdites?|pas\s+de\s+variantes?|aucune\s+variante|variants?(?:\s+(?:tenders?|bids?|offers?)|\s+(?:and|or|and\/or)\s+(?:options|alternative\s+(?:offers|tenders|bids)))?\s+(?:are|is|will|shall)\s+not\s+(?:be\s+)?(?:permitted|allowed|accepted|considered)|no\s+variants?|variants?\s+(?:are\s+)?(?:prohibited|not\s+permitted)|VARIANTS\s*:\s*no|will\s+not\s+accept\s+variant|(?:indienen|indiening)\s+van\s+(?:vrije\s+)?varianten\s+is\s+niet|varianten\s*:\s*(?:niet|neen|nee|geen)\b|variantes?\s*:\s*(?:non|interdites?)\b|variants?\s*:\s*(?:no|not\s+allowed)\b|no\s+alternate\s+(?:quotes?|proposals?|offers?|bids?|tenders?)|alternative\s+(?:quotes|proposals|offers|bids|tenders)\s+(?:will|are|shall)\s+not\s+(?:be\s+)?(?:accepted|considered|permitted)/iu)],
  ['allowed', /(?:vrije\s+)?variant(?:e|en)?\s+(?:zijn|is|worden|wordt)\s+(?:toegestaan|toegelaten|aanvaard)|vrije\s+varianten\s+(?:zijn\s+)?toegestaan|variantes?\s+(?:libres?\s+)?(?:sont\s+|est\s+)?(?:autoris[ée]es?|admises?|accept[ée]es?|permises?)|variants?\s+(?:are|is|will\s+be)\s+(?:permitted|allowed|accepted)|ACCEPTED_VARIANTS/iu],
];

// The verb of the same noun phrase denies it: "Les variantes libres et les variantes obligatoires ne sont pas
// autorisées", "Vrije en verplichte varianten zijn niet toegestaan", "Free and required variants are not permitted".
// Only right after the match: "la variante obligatoire doit être remise, sinon l'offre n'est pas acceptée" stays required.
const NEGATED_PERMISSION = /^\p{L}*(?:\s+(?:et|ou|and|or|en|of)(?:\s+\p{L}+){1,3}?)?\s+(?:(?:ne|n['’]est|n['’]en|zijn|is|worden|wordt|sont|est|seront|are|will|shall|in\s+geen\s+geval)\s+)*(?:niet|not|pas)\s+(?:be\s+)?(?:toegestaan|toegelaten|aanvaard|mogelijk|permitted|allowed|accepted|autoris|admis|accept|permis)|^\p{L}*(?:\s+(?:et|ou|and|or|en|of)(?:\s+\p{L}+){1,3}?)?\s+(?:(?:zijn|is|sont|are)\s+)?(?:verboden|interdit|prohibited)/iu;

export function extractVariants(scan: Scan): Stated<Variants> | null {
  for (const block of scan.document.blocks) {
    if (!scan.has(block, VARIANT_WORDS)) continue;
    for (const [value, re] of VARIANT_RULES) {
      const m = re.exec(block.text);
      if (!m) continue;
      // "required" names a kind of variant; a prohibition of that kind (with others) is no requirement.
      if (value === 'required') {
        if (NEGATED_PERMISSION.test(block.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      }
      return { value, evidence: scan.evidence(block, m.index, m.index + m[0].length) };
    }
  }
  return null;
}
