/**
 * Amounts of money as Belgian, French and English specifications write them: `€ 1.250.000,00`,
 * `1 250 000 EUR` (normal, non-breaking or narrow space), `€1,250,000.00`, `1,25 miljoen euro`,
 * `1,25 mio €`, `250 k€`, `1.250 KEUR`, with the VAT marker that follows or precedes them.
 */

export type VatMarker = 'excl' | 'incl' | null;

export interface MoneyMatch {
  /** Offsets in the searched text; end exclusive. */
  start: number;
  end: number;
  raw: string;
  /** The amount as written (before any VAT conversion). */
  written: number;
  currency: 'EUR';
  /** The VAT marker read next to the amount, null when there is none. */
  vat: VatMarker;
  /** VAT rate in percent when the text gives one with an incl. marker ("incl. 21 % btw"). */
  vatRate?: number;
}

/** Belgian standard VAT rate, applied when an amount is said to include VAT without a rate (WBTW art. 37, 2026). */
export const DEFAULT_VAT_RATE = 21;

const NUM = String.raw`(\d{1,3}(?:[.,\u0020\u00A0\u202F]\d{3})+|\d+)([.,]\d{1,2}(?![\d]))?`;
const SPACE = String.raw`[\u0020\u00A0\u202F]?`;
const MULT_AFTER_PREFIX = String.raw`(?:${SPACE}(miljoen|miljard|millions?|mio\b\.?|mln\b\.?|billion))?`;
const PREFIX_RE = new RegExp(String.raw`(?<![\p{L}\d])(?:€|EUR\b|euros?\b)${SPACE}${NUM}${MULT_AFTER_PREFIX}`, 'giu');
const SUFFIX_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,])${NUM}${SPACE}(?:(miljoen|miljard|millions?|mio\.?|mln\.?|billion|duizend|mille|k|m)${SPACE})?(?:€|EUR\b|euros?\b|d'euros?\b|d’euros?\b)`,
  'giu',
);

const EXCL_RE =
  /^(?:excl(?:\.|usief|usive|uding)?\s*(?:of\s+)?(?:de\s+|the\s+)?(?:btw|vat|tva)|exclusief|zonder\s+(?:de\s+)?btw|btw\s+niet\s+inbegrepen|btw\s+exclusief|hors\s+t(?:va|axes?)|htva|h\.t\.v\.a\.?|ht\b|h\.t\.|net\s+of\s+vat|before\s+vat|ex\.?\s+vat|vat\s+excluded|tva\s+non\s+comprise)/iu;
const INCL_RE =
  /^(?:incl(?:\.|usief|usive|uding)?\s*(?:of\s+)?(?:(\d{1,2})\s?%\s*)?(?:de\s+|the\s+)?(?:btw|vat|tva)|inclusief|btw\s+inbegrepen|btw\s+inclusief|met\s+inbegrip\s+van\s+(?:de\s+)?btw|tvac|t\.v\.a\.c\.?|tva\s+(?:\d{1,2}\s?%\s+)?comprises?|ttc\b|toutes\s+taxes\s+comprises|vat\s+included|including\s+vat)/iu;
// The words between an amount and its VAT marker: brackets, commas, "zijnde", a rate.
const GAP_RE = /^[\s,;:(\-–]*(?:(?:zijnde|soit|i\.e\.|dus|namelijk|that is|bedrag)\s+)?/iu;

/**
 * Parses the digits of an amount. The decimal separator is the last `,` or `.` followed by one or two
 * digits; a separator followed by three digits groups thousands, except before "miljoen" where
 * "1,250 miljoen" means 1.25 million.
 */
export function parseAmount(intPart: string, decimalPart: string | undefined, multiplier?: string): number | null {
  const mult = multiplierOf(multiplier);
  const seps = intPart.replace(/\d/g, '');
  let whole: number;
  if (seps.length === 0) whole = Number(intPart);
  else {
    const first = seps[0]!;
    if (![...seps].every((c) => c === first)) return null;
    if (decimalPart && decimalPart[0] === first) return null;
    if (mult >= 1_000_000 && seps.length === 1 && (first === ',' || first === '.') && !decimalPart) {
      // "1,250 miljoen euro" is 1.25 million, not 1250 million.
      const [a, b] = intPart.split(first) as [string, string];
      whole = Number(`${a}.${b}`);
      return round2(whole * mult);
    }
    whole = Number(intPart.replace(/[^\d]/g, ''));
  }
  const dec = decimalPart ? Number(`0.${decimalPart.slice(1)}`) : 0;
  return round2((whole + dec) * mult);
}

function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'k' || w === 'duizend' || w === 'mille') return 1000;
  if (w === 'miljard' || w === 'billion') return 1_000_000_000;
  return 1_000_000;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

const ANY_EURO = /€|eur/i;

/** Every amount of money in a text, in order, with the VAT marker next to it. */
export function findMoney(text: string): MoneyMatch[] {
  // The same test as /[€]|eur|k€/iu: no other character folds to e, u or r.
  if (!ANY_EURO.test(text)) return [];
  const raw: { start: number; end: number; int: string; dec?: string; mult?: string }[] = [];
  for (const re of [PREFIX_RE, SUFFIX_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      raw.push({ start: m.index, end: m.index + m[0].length, int: m[1]!, dec: m[2], mult: m[3] });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MoneyMatch[] = [];
  let lastEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue;
    const written = parseAmount(r.int, r.dec, r.mult);
    if (written === null) continue;
    out.push({ start: r.start, end: r.end, raw: text.slice(r.start, r.end), written, currency: 'EUR', vat: null });
    lastEnd = r.end;
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const nextStart = out[i + 1]?.start ?? text.length;
    const after = text.slice(m.end, Math.min(nextStart, m.end + 60));
    const gap = GAP_RE.exec(after)![0].length;
    const rest = after.slice(gap);
    const incl = INCL_RE.exec(rest);
    if (incl) {
      m.vat = 'incl';
      if (incl[1]) m.vatRate = Number(incl[1]);
      continue;
    }
    if (EXCL_RE.test(rest)) {
      m.vat = 'excl';
      continue;
    }
    // A marker just before the amount, with no other amount between: "(excl. btw): € 500.000", "HTVA : 480.000 €".
    const prevEnd = out[i - 1]?.end ?? 0;
    const before = text.slice(Math.max(prevEnd, m.start - 40), m.start);
    const vat = vatMarkerIn(before);
    if (vat) {
      m.vat = vat.marker;
      if (vat.rate) m.vatRate = vat.rate;
    }
  }
  return out;
}

/** The VAT marker a short text carries (a table header "Raming (excl. btw)", a clause "TVAC"), if any. */
export function vatMarkerIn(text: string): { marker: 'excl' | 'incl'; rate?: number } | null {
  const re = /\b(?:excl|incl|exclusief|inclusief|zonder|btw|htva|hors|ht|tvac|tva|ttc|vat|net|ex|including|excluding|met)\b/giu;
  let found: { marker: 'excl' | 'incl'; rate?: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index);
    const incl = INCL_RE.exec(rest);
    if (incl) found = incl[1] ? { marker: 'incl', rate: Number(incl[1]) } : { marker: 'incl' };
    else if (EXCL_RE.test(rest)) found = { marker: 'excl' };
  }
  return found;
}

/** Converts an amount to excl. VAT when it was given incl. VAT. */
export function amountExclVat(m: Pick<MoneyMatch, 'written' | 'vat' | 'vatRate'>): number {
  if (m.vat !== 'incl') return m.written;
  return round2(m.written / (1 + (m.vatRate ?? DEFAULT_VAT_RATE) / 100));
}
