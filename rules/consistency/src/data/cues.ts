/**
 * Words by which a specification presents a later statement as a change of an earlier one
 * (rule-catalogue.md section 1, consistency/conflicting-facts; November 2026).
 */
import { unicodeWords } from '@tenderlint/core';

export const CHANGE =
  unicodeWords(/\b(?:verlengd|verlenging|gewijzigd|wijziging|aangepast|aanpassing|uitgesteld|verschoven|vervangen|rechtzetting|rectificatie|erratum|in\s+plaats\s+van|nieuwe\s+(?:datum|uiterste\s+datum|termijn|raming)|prolongée?s?|prorogée?s?|reportée?s?|modifiée?s?|modification|rectificati\w+|remplacée?s?|au\s+lieu\s+d[eu]|nouvelle\s+date|extended|extension|amended|amendment|postponed|changed|revised|corrigendum|instead\s+of|new\s+(?:date|deadline|time\s+limit))\b/iu);

/**
 * Statements of the number of lots: "verdeeld in drie percelen", "het aantal percelen is vastgelegd op
 * drie", "divisé en 2 lots", "the number of lots is three". A list of lots is not such a statement.
 */
const NL = String.raw`(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})`;
const FR = String.raw`(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})`;
const EN = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;
const count = (source: string) => unicodeWords(new RegExp(source, 'giu'));

export const LOT_COUNT = [
  count(String.raw`\b(?:verdeeld|opgedeeld|ingedeeld|onderverdeeld|opgesplitst)\s+in\s+${NL}\s+percelen\b`),
  count(String.raw`\b(?:omvat|bestaat\s+uit|telt)\s+${NL}\s+percelen\b`),
  count(String.raw`\baantal\s+percelen\s+(?:is|bedraagt|wordt)\s+(?:vastgelegd\s+|beperkt\s+|bepaald\s+)?(?:op\s+|tot\s+)?${NL}\b`),
  count(String.raw`\bdivisé\s+en\s+${FR}\s+lots\b`),
  count(String.raw`\bnombre\s+de\s+lots\s+(?:est\s+(?:fixé|limité)\s+à|s['’]élève\s+à|est\s+de)\s+${FR}\b`),
  count(String.raw`\bdivided\s+into\s+${EN}\s+lots\b`),
  count(String.raw`\bnumber\s+of\s+lots\s+is\s+(?:set\s+at\s+|fixed\s+at\s+)?${EN}\b`),
];
