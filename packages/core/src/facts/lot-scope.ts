/** Which lot a block is about, and the estimated value a requirement on it is compared with. */
import type { Block, Lang } from '../document.js';
import type { Facts } from './types.js';

const LOT_IN_HEADING = /(?<![\p{L}\p{N}])(?:perceel|lot|kavel)\s+(?:n[r°o]\.?\s*)?(\d{1,2})(?!\p{N})/iu;

/**
 * The lot a block belongs to by its own heading or the nearest heading above it that names one
 * ("Perceel 2 - HVAC", "Artikel 5 - Selectie voor lot 2"), or null.
 */
export function lotOfHeadings(block: Block): number | null {
  const path = block.kind === 'heading' ? [...block.headingPath, block.text] : block.headingPath;
  for (let i = path.length - 1; i >= 0; i--) {
    const m = LOT_IN_HEADING.exec(path[i]!);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The estimated value in euro of a lot, or of the whole contract for `null`; undefined when unknown
 * or stated in another currency (which counts as no value for euro thresholds).
 */
export function euroValueOf(facts: Facts, lot: number | null): number | undefined {
  if (lot === null) {
    const v = facts.estimatedValue?.value;
    return v && v.currency === 'EUR' ? v.amount : undefined;
  }
  const fromLots = facts.lots.lots.find((l) => l.number === lot)?.value;
  if (fromLots) return fromLots.currency === 'EUR' ? fromLots.amount : undefined;
  const stated = facts.values.find((v) => v.scope === 'lot' && v.lot === lot);
  return stated && stated.value.currency === 'EUR' ? stated.value.amount : undefined;
}

/** An amount as a procurement officer writes it in each language: € 400.000 / 400 000 € / €400,000. */
export function formatEuro(amount: number, lang: Lang): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : lang === 'fr' ? '\u00a0' : '.');
  return lang === 'fr' ? `${digits} €` : lang === 'en' ? `€${digits}` : `€ ${digits}`;
}
