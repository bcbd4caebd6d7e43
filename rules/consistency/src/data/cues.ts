/**
 * Words by which a specification presents a later statement as a change of an earlier one
 * (rule-catalogue.md section 1, consistency/conflicting-facts; November 2026).
 */
import { unicodeWords } from '@tenderlint/core';

export const CHANGE =
  unicodeWords(/\b(?:verlengd|verlenging|gewijzigd|wijziging|aangepast|aanpassing|uitgesteld|verschoven|vervangen|rechtzetting|rectificatie|erratum|in\s+plaats\s+van|nieuwe\s+(?:datum|uiterste\s+datum|termijn|raming)|prolongée?s?|prorogée?s?|reportée?s?|modifiée?s?|modification|rectificati\w+|remplacée?s?|au\s+lieu\s+d[eu]|nouvelle\s+date|extended|extension|amended|amendment|postponed|changed|revised|corrigendum|instead\s+of|new\s+(?:date|deadline|time\s+limit))\b/iu);
