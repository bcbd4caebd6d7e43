/**
 * Limits that keep a hostile file from exhausting memory or time, checked while inflating, not after.
 * Their names are the `limits` keys of the config file (docs/configuration.md).
 */
export interface DocxLimits {
  /** Most entries the zip may list. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all inflated entries together may reach. */
  maxUncompressedBytes: number;
  /** Highest inflated/compressed ratio, checked once an entry passes `ratioFloorBytes`. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Deepest XML nesting. Word documents stay well under 100. */
  maxXmlDepth: number;
}

// Deflate cannot exceed a ratio of about 1032:1; real Word XML compresses 5-30:1, so 200:1 on a
// large entry is already a bomb, not a document.
export const defaultDocxLimits: DocxLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 8 * 1024 * 1024,
  maxXmlDepth: 256,
};
