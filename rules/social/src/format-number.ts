import type { Lang } from '@tenderlint/core';

/**
 * What `new Intl.NumberFormat(nl-BE | fr-BE | en-GB, { maximumFractionDigits: 2 }).format(n)` writes,
 * without Intl: the first Intl formatter of a process loads the ICU data, some 10 ms, more than the
 * rest of this rule. Rounding is half away from zero on the shortest decimal form of the number, as
 * ICU does. Negative, non-finite and very large or small numbers are left to Intl (a test compares
 * both).
 */
const SEPARATORS: Record<Lang, { group: string; decimal: string; locale: string }> = {
  nl: { group: '.', decimal: ',', locale: 'nl-BE' },
  fr: { group: '\u202f', decimal: ',', locale: 'fr-BE' },
  en: { group: ',', decimal: '.', locale: 'en-GB' },
};

export function formatNumber(n: number, lang: Lang): string {
  const { group, decimal, locale } = SEPARATORS[lang];
  const plain = String(n);
  if (!/^\d+(?:\.\d+)?$/.test(plain) || Object.is(n, -0)) return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const [whole, fraction = ''] = plain.split('.') as [string, string?];
  let int = whole;
  let frac = fraction.slice(0, 2);
  if (fraction.length > 2 && fraction[2]! >= '5') {
    // Add one hundredth to int.frac, carrying through the digits.
    const digits = (int + frac.padEnd(2, '0')).split('');
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') digits[i--] = '0';
    if (i < 0) digits.unshift('1');
    else digits[i] = String(Number(digits[i]) + 1);
    int = digits.slice(0, -2).join('');
    frac = digits.slice(-2).join('');
  }
  frac = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac ? `${grouped}${decimal}${frac}` : grouped;
}
