/**
 * Wording that addresses exclusion grounds, in nl, fr and en. Sources: Wet 17 juni 2016 art. 67-70;
 * KBP art. 61-63; Dir 2014/24/EU art. 57; UK Public Contracts (Scotland) Regulations 2015 reg. 58;
 * German GWB §§ 123-124 (checked November 2026).
 */
import { factored, wholeWords as words } from '@tenderlint/core';

/** Named as such: "uitsluitingsgronden", "motifs d'exclusion", "grounds for exclusion", ... */
export const EXCLUSION_NAMED = words(
  String.raw`uitsluitingsgrond\p{L}*|uitsluitingsgeval\p{L}*|uitsluitingssituatie\p{L}*|uitsluitingscriteri\p{L}*|situaties?\s+van\s+uitsluiting|gronden\s+(?:tot|van|voor)\s+uitsluiting|gevallen\s+van\s+uitsluiting|motifs?\s+d['’]exclusion|causes?\s+d['’]exclusion|critères?\s+d['’]exclusion|situations?\s+d['’]exclusion|cas\s+d['’]exclusion|exclusion\s+(?:grounds?|criteria|situations?)|grounds?\s+(?:for|of)\s+exclusion|mandatory\s+exclusions?|discretionary\s+exclusions?|toegangsrecht|droit\s+d['’]accès|self-cleaning|zelfreiniging|mesures?\s+correctrices`,
);

/** The legal articles on exclusion: Wet art. 67-69, Dir art. 57, reg. 57-58 (UK), GWB § 123-124. */
export const EXCLUSION_ARTICLES = words(
  String.raw`artikel(?:en)?\s+6[7-9]|articles?\s+6[7-9]|art\.\s*6[7-9]|(?:article|artikel|art\.)\s*57(?:\s*\(\d\))?\s+(?:of|van|de)\s+(?:the\s+|de\s+|la\s+)?[\p{L}\s]{0,30}(?:directive|richtlijn)|(?:article|art\.)\s*57\s*\(\s*[1-4]\s*\)|regulations?\s+5[78]|section\s+12[34]`,
);

/** A sentence saying tenderers in a situation are excluded, or must show they are not (taxes, social security, bankruptcy, convictions). */
export const EXCLUDED = words(String.raw`uitgesloten|sluit\p{L}*\s+[\p{L}\s]{0,45}uit|exclu\p{L}*|excluded|exclude|debarred|debarment|suspended`);
export const EXCLUSION_SITUATION = words(
  String.raw`veroordeel\p{L}*|veroordeling\p{L}*|faillissement|faillite|bankrupt\p{L}*|insolven\p{L}*|sociale\s+(?:zekerheid|bijdragen|schulden)|fiscale\s+schulden|belastingen|dettes\s+(?:fiscales|sociales)|cotisations\s+sociales|impôts|condamn\p{L}*|convict\p{L}*|offences?|taxes|social\s+security|situations?|situaties?|gevallen`,
);

/** Proof that the tenderer is clear of an exclusion situation: "attestation ... dettes fiscales", "uittreksel uit het strafregister". */
export const DEBT_OR_RECORD = words(
  String.raw`dettes\s+(?:fiscales|sociales)|cotisations\s+(?:de\s+sécurité\s+)?sociales|fiscale\s+schulden|sociale\s+schulden|sociale\s+zekerheidsbijdragen|sociaal-?zekerheidsbijdragen|unpaid\s+taxes|tax\s+debts?|social\s+security\s+contributions|faillissement|faillite|bankruptcy|casier\s+judiciaire|strafregister|criminal\s+records?`,
);
export const CLEARANCE = words(
  String.raw`atteste\p{L}*|attest\p{L}*|verklaa?r\p{L}*|déclar\p{L}*|declar\p{L}*|certif\p{L}*|proof|prove\p{L}*|prouv\p{L}*|bewijs\p{L}*|extrait\p{L}*|uittreksel\p{L}*|en\s+règle|in\s+orde|niet\s+in\s+staat\s+van|evidence`,
);

/** The offences of the mandatory exclusion grounds (Dir art. 57(1)); a list of several of them addresses exclusion. */
export const OFFENCE = words(
  String.raw`criminele\s+organisatie|corruptie|omkoping|fraude|terroris\p{L}*|witwassen|kinderarbeid|mensenhandel|organisation\s+criminelle|corruption|fraud\p{L}*|blanchiment|money\s+laundering|travail\s+des\s+enfants|child\s+labour|traite\s+des\s+êtres\s+humains|human\s+trafficking|bribery|criminal\s+organisation`,
  'g',
);
/** How many different offences a document must list to count as a list of exclusion grounds. */
export const OFFENCES_FOR_A_LIST = 3;

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const EXCLUSION_PREFILTER = factored(/uitsluit|exclu|toegangsrecht|droit d.acc|clean|zelfreinig|correctrices|(?:artikel|article|art\.)(?:en|s)?\s*(?:57|6[7-9])|regulations? 5[78]|section 12[34]|uitgesloten|sluit[^.;]{1,50}? uit|debar|suspend|schulden|dettes|cotisations|zekerheid|tax|faill|bankrupt|insolven|casier|strafregister|crimin|social sec|travail des enfants|corrup|omkoping|fraud|terror|witwas|blanchi|launder|kinderarbeid|child lab|mensenhandel|traite des|traffick|briber/i);
