/**
 * Euro amounts as Belgian specifications write them ("€ 1.250.000,00", "1 250 000 EUR", "1,25 miljoen
 * euro", "250 k€"). Rules use it for the amounts inside a requirement; the contract value itself comes
 * from the facts.
 */

export interface AmountMatch {
  amount: number;
  start: number;
  end: number;
}

const NUMBER = String.raw`\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SCALE = String.raw`(?:\s*(?:miljoen|millions?|million|mio\.?|mln\.?|k(?=\s*(?:€|EUR))))?`;
const CURRENCY = String.raw`(?:€|EUR\b|euros?\b|KEUR\b|k€)`;

const AFTER = new RegExp(String.raw`(?<![\d.,])(${NUMBER})${SCALE}\s*${CURRENCY}`, 'giu');
const BEFORE = new RegExp(String.raw`(?:€|EUR)\s*(${NUMBER})(?![\d])${SCALE}`, 'giu');

/** Reads "1.250.000,00", "1 250 000", "1,250,000.00", "1,25" as numbers. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(s);
  if (decimal) {
    const whole = s.slice(0, decimal.index).replace(/[.,]/g, '');
    return Number(`${whole}.${decimal[1]}`);
  }
  return Number(s.replace(/[.,]/g, ''));
}

function scaleOf(text: string): number {
  if (/miljoen|million|mio|mln/i.test(text)) return 1_000_000;
  if (/k(?:€|EUR)|KEUR|\bk\s*(?:€|EUR)/i.test(text)) return 1_000;
  return 1;
}

/** Every euro amount in the text, in order of appearance. */
export function findAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const re of [AFTER, BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((a) => start < a.end && end > a.start)) continue;
      const amount = parseNumber(m[1]!) * scaleOf(m[0].slice(m[1]!.length + (m[0].indexOf(m[1]!))));
      if (Number.isFinite(amount) && amount > 0) out.push({ amount, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An amount as a procurement officer writes it in each language: € 400.000 / 400 000 € / €400,000. */
export function formatEuro(amount: number, lang: 'nl' | 'fr' | 'en'): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : lang === 'fr' ? '\u00a0' : '.');
  return lang === 'fr' ? `${digits} €` : lang === 'en' ? `€${digits}` : `€ ${digits}`;
}
