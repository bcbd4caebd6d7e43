/**
 * Names of the European Single Procurement Document (Dir 2014/24/EU art. 59; Implementing
 * Regulation (EU) 2016/7) in nl, fr and en. Checked against Belgian and EU documents, November 2026.
 */
import { factored, wholeWords as words } from '@tenderlint/core';

export const ESPD_CUE = words(
  String.raw`UEA|ESPD|DUME|e-?ESPD|uniform(?:e)?\s+europe(?:e|ë)s\s+aanbestedingsdocument|document\s+unique\s+de\s+marché\s+européen|european\s+single\s+procurement\s+document`,
);

/** The ESPD is refused rather than accepted. */
export const REFUSED = words(
  String.raw`niet\s+(?:aanvaard|toegelaten|gebruikt)|wordt\s+niet|worden\s+niet|n['’]est\s+pas|ne\s+sont\s+pas|pas\s+accepté\p{L}*|refusé\p{L}*|not\s+(?:be\s+)?(?:accepted|used|required)|is\s+not`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const ESPD_PREFILTER = factored(/UEA|ESPD|DUME|aanbestedingsdocument|march. europ|single procurement/i);
