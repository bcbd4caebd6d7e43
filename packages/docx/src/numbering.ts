import { attr, tokenize, type XmlLimits } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  /** Paragraph style linked to this level (headings numbered through their style). */
  pStyle?: string;
  /** Restart after a paragraph of this level or higher (0-based); -1 never. */
  restart?: number;
}

interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
  /** Its nine levels, overrides and list style links followed, once asked for. */
  resolved?: (Level | undefined)[];
}

/** Computes the labels Word shows for numbered paragraphs ("2.3", "a)", "Artikel 4"). */
export class Numbering {
  private abstracts = new Map<string, Map<number, Level>>();
  private nums = new Map<string, NumInstance>();
  private counters = new Map<string, (number | undefined)[]>();
  private started = new Set<string>();
  /** List styles: the abstract definition that holds a style's levels, and definitions that only point to a style. */
  private styleOwner = new Map<string, string>();
  private styleUser = new Map<string, string>();

  constructor(xml: string | undefined, limits: XmlLimits) {
    if (!xml) return;
    let abstract: Map<number, Level> | undefined;
    let abstractId = '';
    let num: NumInstance | undefined;
    let level: Level | undefined;
    let overrideLvl = -1;
    tokenize(
      xml,
      'word/numbering.xml',
      {
        open: (name, attrs, _s, _e, selfClosing) => {
          switch (name) {
            case 'w:abstractNum':
              abstract = new Map();
              abstractId = attr(attrs, 'w:abstractNumId') ?? '';
              this.abstracts.set(abstractId, abstract);
              return;
            case 'w:styleLink':
              if (abstract) this.styleOwner.set(attr(attrs, 'w:val') ?? '', abstractId);
              return;
            case 'w:numStyleLink':
              if (abstract) this.styleUser.set(abstractId, attr(attrs, 'w:val') ?? '');
              return;
            case 'w:num':
              num = { abstractId: '', starts: new Map(), levels: new Map() };
              this.nums.set(attr(attrs, 'w:numId') ?? '', num);
              return;
            case 'w:abstractNumId':
              if (num) num.abstractId = attr(attrs, 'w:val') ?? '';
              return;
            case 'w:lvlOverride':
              overrideLvl = Number(attr(attrs, 'w:ilvl') ?? 0);
              return;
            case 'w:startOverride':
              if (num && overrideLvl >= 0) num.starts.set(overrideLvl, Number(attr(attrs, 'w:val') ?? 1));
              return;
            case 'w:lvl':
              if (selfClosing) return;
              level = { start: 1, format: 'decimal', text: '', legal: false };
              if (num && overrideLvl >= 0) num.levels.set(overrideLvl, level);
              else abstract?.set(Number(attr(attrs, 'w:ilvl') ?? 0), level);
              return;
          }
          if (!level) return;
          if (name === 'w:start') level.start = Number(attr(attrs, 'w:val') ?? 1);
          else if (name === 'w:numFmt') level.format = attr(attrs, 'w:val') ?? 'decimal';
          else if (name === 'w:lvlText') level.text = attr(attrs, 'w:val') ?? '';
          else if (name === 'w:isLgl') level.legal = attr(attrs, 'w:val') !== '0' && attr(attrs, 'w:val') !== 'false';
          else if (name === 'w:lvlRestart') level.restart = Number(attr(attrs, 'w:val') ?? 0) - 1;
          else if (name === 'w:pStyle') level.pStyle = attr(attrs, 'w:val');
        },
        close: (name) => {
          if (name === 'w:abstractNum') abstract = undefined;
          else if (name === 'w:num') num = undefined;
          else if (name === 'w:lvl') level = undefined;
          else if (name === 'w:lvlOverride') overrideLvl = -1;
        },
      },
      limits,
    );
  }

  /** The abstract definition that holds the levels, following a list style link. */
  private owner(abstractId: string): string {
    const style = this.styleUser.get(abstractId);
    return (style !== undefined && this.styleOwner.get(style)) || abstractId;
  }

  private level(num: NumInstance, ilvl: number): Level | undefined {
    if (!num.resolved) {
      const abstract = this.abstracts.get(this.owner(num.abstractId));
      num.resolved = [];
      for (let l = 0; l < 9; l++) num.resolved.push(num.levels.get(l) ?? abstract?.get(l));
    }
    return Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 9 ? num.resolved[ilvl] : num.levels.get(ilvl) ?? this.abstracts.get(this.owner(num.abstractId))?.get(ilvl);
  }

  /** The level of a list that is linked to a paragraph style, for style numbering that names no level. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    const num = this.nums.get(numId);
    if (!num || !styleId) return undefined;
    for (const [ilvl, lvl] of this.abstracts.get(this.owner(num.abstractId)) ?? []) if (lvl.pStyle === styleId) return ilvl;
    return undefined;
  }

  /**
   * Advances the counters for a numbered paragraph and returns its visible label, or undefined for
   * bullets and unknown lists. Lists sharing an abstract definition share counters, as in Word,
   * unless the instance restarts them with a start override.
   */
  next(numId: string, ilvl: number): { label?: string; bullet: boolean } | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const lvl = this.level(num, ilvl);
    if (!lvl) return undefined;
    const key = num.starts.size ? `n${numId}` : `a${this.owner(num.abstractId)}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    if (num.starts.size && !this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, s] of num.starts) counts[l] = s - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? this.level(num, ilvl)!.start - 1) + 1;
    for (let l = ilvl + 1; l < 9; l++) {
      const deeper = this.level(num, l);
      if (!deeper || deeper.restart === undefined || (deeper.restart >= 0 && ilvl <= deeper.restart)) counts[l] = undefined;
    }
    if (lvl.format === 'bullet') return { bullet: true };
    if (lvl.format === 'none') return { bullet: false, label: lvl.text.replace(/%\d/g, '').trim() || undefined };
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const def = this.level(num, l);
      const value = counts![l] ?? def?.start ?? 1;
      return format(value, lvl.legal && l < ilvl ? 'decimal' : def?.format ?? 'decimal');
    });
    return { bullet: false, label: label.trim() || undefined };
  }
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// Word repeats the letter past z: aa, bb, cc.
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}
