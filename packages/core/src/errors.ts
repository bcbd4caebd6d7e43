/** An error for people: `file: reason`, printed on one line by the CLI with exit code 2. */
export class TenderlintError extends Error {
  readonly file: string | undefined;
  readonly code: string;
  constructor(message: string, options: { file?: string; code?: string } = {}) {
    super(message);
    this.name = 'TenderlintError';
    this.file = options.file;
    this.code = options.code ?? 'input';
  }
  /** The one line shown to the user. */
  toLine(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
  /**
   * An error from another copy of this module is one too: a rule pack that imports its own
   * @tenderlint/core throws into the CLI, which runs bundled with a copy of its own.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== TenderlintError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return value instanceof Error && value.name === 'TenderlintError' && typeof (value as { toLine?: unknown }).toLine === 'function';
  }
}

/** Closest candidates by edit distance, for "did you mean". */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d <= Math.max(2, Math.floor(c.length / 3))) scored.push([d, c]);
  }
  return scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).slice(0, max).map((s) => s[1]);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
