/**
 * Belgian works accreditation: the highest contract value (EUR excl. VAT) each class may take.
 * Source: KB 26-09-1991 art. 3 as amended by KB 14-04-2024 (BS 26-04-2024), in force 1 June 2024
 * (rule-catalogue.md section 4.2). Class 8 has no upper limit.
 */
export const ACCREDITATION_CLASS_LIMITS: readonly number[] = [162_000, 330_000, 600_000, 1_080_000, 2_172_000, 3_870_000, 6_396_000];
export const ACCREDITATION_TABLE_DATE = '2024-06-01';

/** The lowest class whose limit covers the value: min{ c : limit(c) >= value }. */
export function requiredAccreditationClass(value: number): number {
  const i = ACCREDITATION_CLASS_LIMITS.findIndex((limit) => value <= limit);
  return i === -1 ? 8 : i + 1;
}
