/**
 * Certificates an authority can consult itself (Telemarc / Digiflow in Belgium: social security,
 * tax debts, bankruptcy; criminal record on request), and the wording that makes the tenderer
 * enclose them with the tender. Source: KBP (KB 18-04-2017) art. 38-39 and 60-63; vlaanderen.be
 * "selectie-overheidsopdrachten" (checked November 2026).
 */
import { factored, wholeWords as words } from '@tenderlint/core';

/** What the certificate is about. */
export const CERTIFICATE_TOPIC = words(
  String.raw`RSZ|ONSS|RSVZ|sociale\s+(?:zekerheid|bijdragen|schulden|verplichtingen)|sociale?\s+zekerheidsbijdragen|sécurité\s+sociale|cotisations(?:\s+sociales)?|social\s+(?:security|contributions)|fiscale\s+(?:schulden|verplichtingen)|belastingschulden|FOD\s+Financiën|SPF\s+Finances|dettes\s+fiscales|tax\s+(?:debts?|compliance|clearance)|(?:niet-)?faillissement|faillite|non-faillite|registre\s+des\s+poursuites|bankruptcy|insolvency|strafregister|casier\s+judiciaire|criminal\s+records?`,
);

/** A document that proves it. */
export const CERTIFICATE_DOCUMENT = words(
  String.raw`attest\p{L}*|certifica\p{L}*|getuigschrift\p{L}*|uittreksel\p{L}*|bewijs\p{L}*|attestations?|certificats?|extraits?|certificates?|extracts?|proof|evidence`,
);

/** The document goes in with the tender. */
export const WITH_TENDER = words(
  String.raw`bij\s+(?:zijn|haar|de|hun)\s+(?:offerte|inschrijving)|bij\s+de\s+offerte\s+(?:te\s+)?(?:voegen|gevoegd)|samen\s+met\s+(?:zijn|de|haar)\s+offerte|in\s+(?:zijn|de)\s+offerte\s+(?:op|toe)\s*(?:te\s+)?(?:nemen|voegen)|aan\s+(?:zijn|de|haar|hun)\s+offerte\s+(?:toe\s*)?(?:te\s+)?(?:voeg\p{L}*|gevoegd|toegevoegd)|toe\s+aan\s+(?:zijn|de|haar|hun)\s+offerte|(?:in|bij)\s+(?:zijn|de|haar|hun)\s+offerte\s+(?:opgenomen|opnemen|gevoegd)|(?:dans|à)\s+(?:son|l['’]|leur)\s*offre|(?:joint|joindre|joignent|annexe|annexer|annexé\p{L}*|fourni\p{L}*|produit)\s+[\p{L}\s]{0,45}(?:à|avec)\s+(?:son|l['’]|leur)\s*offre|avec\s+(?:son|l['’]|leur)\s*offre|(?:de|zijn|elke)\s+offerte\s+bevat|l['’]offre\s+(?:contient|comprend)|(?:the|each)\s+(?:tender|bid)\s+(?:must\s+|shall\s+)?(?:contains?|includes?)|(?:enclosed?|attached?|included?|submitted|provided)\s+[\p{L}\s]{0,30}(?:with|in|to)\s+(?:the|their|its|your)\s+(?:tender|bid|offer|quote)`,
);

/** Wording that says the tenderer need not enclose it, or that the authority fetches it. */
export const NOT_WITH_TENDER = words(
  String.raw`hoeft\s+[\p{L}\s]{0,60}niet|hoeven\s+[\p{L}\s]{0,60}niet|moet\s+[\p{L}\s]{0,60}niet|niet\s+(?:bij\s+te\s+voegen|te\s+voegen|toe\s+te\s+voegen|vereist|nodig)|telemarc|digiflow|zelf\s+(?:na|op|via)|raadpleegt|opvraagt|n['’]a\s+pas\s+à|ne\s+doit\s+pas|ne\s+doivent\s+pas|pas\s+besoin|consulte\p{L}*|vérifie\p{L}*\s+(?:lui|elle)-même|need\s+not|does\s+not\s+(?:need|have)|do\s+not\s+(?:need|have)|not\s+required|consults?|checks?\s+[\p{L}\s]{0,45}itself`,
);

/** Only the tenderer chosen provides them, before award. */
export const ONLY_WINNER = words(
  String.raw`(?:best|eerst)\s+gerangschikte|vóór\s+de\s+gunning|voor\s+de\s+gunning|aan\s+wie\s+de\s+opdracht|pressenti\p{L}*|le\s+mieux\s+classé|avant\s+(?:l['’])?attribution|preferred\s+bidder|successful\s+(?:tenderer|bidder)|before\s+(?:the\s+)?award|prior\s+to\s+(?:the\s+)?award|to\s+be\s+awarded|op\s+(?:eenvoudig\s+)?verzoek|sur\s+(?:simple\s+)?demande|(?:up)?on\s+request`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const CERTIFICATE_PREFILTER = factored(/RSZ|ONSS|RSVZ|social|sociale|fiscal|financ|belasting|tax|faill|poursuites|bankrupt|insolven|strafregister|casier|criminal|cotisations|zekerheid/i);
