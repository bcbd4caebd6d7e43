/**
 * Builds a case-insensitive pattern that matches whole words only. `\b` in JavaScript only knows
 * ASCII letters, so it fails next to "é" or "ë"; letters and digits of every script count here.
 */
export function words(source: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `iu${flags}`);
}
