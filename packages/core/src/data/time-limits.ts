/**
 * Minimum time limits for the receipt of tenders or requests, in calendar days from the dispatch of
 * the notice. Source: Dir 2014/24 art. 27-29; Wet 17 juni 2016 art. 36-41 (rule-catalogue.md section 4.3).
 */
export const MINIMUM_TIME_LIMITS = {
  /** Open procedure above the EU threshold. */
  open: 35,
  /** Open procedure above the EU threshold when tenders are submitted electronically. */
  openElectronic: 30,
  /** Restricted / competitive with negotiation: requests to participate. */
  requestsToParticipate: 30,
  /** Belgian simplified negotiated procedure with prior publication (Wet art. 41). */
  simplifiedNegotiated: 22,
  /** Any advertised procedure: below this is a red flag. */
  floor: 15,
} as const;
