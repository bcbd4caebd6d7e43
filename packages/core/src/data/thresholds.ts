/**
 * Amounts (EUR excl. VAT) that rules compare an estimated value with.
 * Source: rule-catalogue.md section 4.1 (Del. Reg. (EU) 2025/2152, 2025/2150, 2025/2151, 2025/2487;
 * applied in Belgium through KBP art. 11), valid 1 January 2026 to 31 December 2027.
 * Next period: change the figures below and `validUntil`.
 */
export const EU_THRESHOLDS = {
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  works: 5_404_000,
  /** Supplies and services, central government (in Belgium: federal authorities). */
  suppliesServicesCentral: 140_000,
  /** Supplies and services, sub-central authorities (Flemish government, local authorities). */
  suppliesServicesSubCentral: 216_000,
  socialServices: 750_000,
  utilitiesSuppliesServices: 432_000,
  utilitiesWorks: 5_404_000,
} as const;

/** Belgian triggers that are not EU thresholds. Sources: rule-catalogue.md sections 1 and 2. */
export const BELGIAN_TRIGGERS = {
  /** Wet 17 juni 2016 art. 58: consider lots from the federal supplies/services threshold (Dir art. 46). */
  lotsDivision: 140_000,
  /** Wet art. 92: accepted invoice below this amount. */
  acceptedInvoice: 30_000,
  /** KB 9-3-2022: electronic invoicing required above this amount. */
  eInvoicing: 3_000,
  /** Federal circular 16-05-2014, as configured in the catalogue: social clause triggers. */
  socialClauseServices: 70_000,
  socialClauseWorks: 990_000,
  /** Law of 20 March 1991: no accreditation needed below this (category; 50,000 for a subcategory). */
  accreditationCategory: 75_000,
  accreditationSubcategory: 50_000,
  /** Exclusion grounds and sustainability criteria checked from this value. */
  exclusionGrounds: 30_000,
  sustainability: 30_000,
} as const;

export type ThresholdContract = 'works' | 'supplies' | 'services';

/** The EU threshold for a contract type; sub-central unless the authority is federal. */
export function euThreshold(type: ThresholdContract, federal = false): number {
  if (type === 'works') return EU_THRESHOLDS.works;
  return federal ? EU_THRESHOLDS.suppliesServicesCentral : EU_THRESHOLDS.suppliesServicesSubCentral;
}
