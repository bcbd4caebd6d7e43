/**
 * Calendar dates and times as specifications write them, day first: `21/04/2026`, `21.04.2026`,
 * `21-04-2026`, `21 april 2026 om 10.00 uur`, `le 21 avril 2026 à 10h00`, `1er septembre 2026`,
 * `21 April 2026 at 10:00`, the English month-first `April 21, 2026` and ISO `2026-04-21` (notices).
 */

export interface DateMatch {
  start: number;
  end: number;
  raw: string;
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:mm when a time follows. */
  iso: string;
}

// Month names and their usual abbreviations (nl, fr, en).
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, janvier: 1, january: 1, janv: 1,
  februari: 2, feb: 2, febr: 2, février: 2, fevrier: 2, févr: 2, fevr: 2, february: 2,
  maart: 3, mrt: 3, mars: 3, march: 3, mar: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  mei: 5, mai: 5, may: 5,
  juni: 6, jun: 6, juin: 6, june: 6,
  juli: 7, jul: 7, juillet: 7, juil: 7, july: 7,
  augustus: 8, aug: 8, août: 8, aout: 8, august: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  oktober: 10, okt: 10, octobre: 10, october: 10, oct: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, décembre: 12, decembre: 12, déc: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const ISO_RE = /(?<![\d/.\-])(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?![\d])/gu;
const NUMERIC_RE = /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-]\d)/gu;
const WRITTEN_RE = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:er|e|ste|de|st|nd|rd|th)?[\u0020\u00A0]+(${MONTH_ALT})\.?[\u0020\u00A0]+(\d{4})(?!\d)`, 'giu');
const MONTH_FIRST_RE = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?[\u0020\u00A0]+(\d{1,2})(?:st|nd|rd|th)?,?[\u0020\u00A0]+(\d{4})(?!\d)`, 'giu');
// "om 10.00 uur", "à 10h00", "at 10:00", "10u", "om 11 uur", "at 12 noon", "10:00 hrs", "(10.00 u)".
const TIME_RE =
  /^[\s,]*(?:(?:om|te|vóór|voor|tot|à|a|avant|at|by|before|,|\()\s*)?(\d{1,2})(?:\s?(?:[.:hu])\s?(\d{2})|\s?(?:h|u|uur|heures?)\b)(?:\s?(?:uur|u|h|hrs?|hours)\b)?(?:\s?(am|pm|a\.m\.|p\.m\.))?/iu;
const NOON_RE = /^[\s,]*(?:at\s+)?(?:12\s+)?noon\b/iu;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Every date in a text, in order, with the time of day appended when one follows it. */
export function findDates(text: string): DateMatch[] {
  if (!/\d/.test(text)) return [];
  const found: DateMatch[] = [];
  const push = (start: number, end: number, iso: string | null) => {
    if (!iso) return;
    let e = end;
    let value = iso;
    const rest = text.slice(end, end + 40);
    const t = TIME_RE.exec(rest);
    if (t) {
      let h = Number(t[1]);
      const min = t[2] ? Number(t[2]) : 0;
      const ampm = t[3]?.toLowerCase();
      if (ampm?.startsWith('p') && h < 12) h += 12;
      if (ampm?.startsWith('a') && h === 12) h = 0;
      if (h <= 23 && min <= 59) {
        value = `${iso}T${pad(h)}:${pad(min)}`;
        e = end + t[0].length;
      }
    } else if (NOON_RE.test(rest)) {
      value = `${iso}T12:00`;
      e = end + NOON_RE.exec(rest)![0].length;
    }
    found.push({ start, end: e, raw: text.slice(start, e), iso: value });
  };
  ISO_RE.lastIndex = 0;
  for (let m = ISO_RE.exec(text); m; m = ISO_RE.exec(text)) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso && m[4]) found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], iso: `${iso}T${m[4]}:${m[5]}` });
    else push(m.index, m.index + m[0].length, iso);
  }
  NUMERIC_RE.lastIndex = 0;
  for (let m = NUMERIC_RE.exec(text); m; m = NUMERIC_RE.exec(text)) {
    let y = Number(m[4]);
    if (m[4]!.length === 2) y += 2000;
    push(m.index, m.index + m[0].length, isoOf(y, Number(m[3]), Number(m[1])));
  }
  if (/\p{L}{3}/u.test(text)) {
    WRITTEN_RE.lastIndex = 0;
    for (let m = WRITTEN_RE.exec(text); m; m = WRITTEN_RE.exec(text)) {
      push(m.index, m.index + m[0].length, isoOf(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
    }
    MONTH_FIRST_RE.lastIndex = 0;
    for (let m = MONTH_FIRST_RE.exec(text); m; m = MONTH_FIRST_RE.exec(text)) {
      push(m.index, m.index + m[0].length, isoOf(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])));
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: DateMatch[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1]!.end) out.push(d);
  return out;
}

/** Calendar days from one ISO date to another (time of day ignored). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.UTC(Number(fromIso.slice(0, 4)), Number(fromIso.slice(5, 7)) - 1, Number(fromIso.slice(8, 10)));
  const b = Date.UTC(Number(toIso.slice(0, 4)), Number(toIso.slice(5, 7)) - 1, Number(toIso.slice(8, 10)));
  return Math.round((b - a) / 86_400_000);
}
