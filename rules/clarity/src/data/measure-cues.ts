/**
 * What counts as a measure next to a vague word: a number, a time, a standard or another criterion one
 * can verify ("zo snel mogelijk en uiterlijk binnen 4 uur"). A purpose is not a measure.
 * rule-catalogue.md, "How to read" and clarity/vague-requirement.
 */
import { wholeWords as words } from '@tenderlint/core';

/** References that carry digits without measuring anything: articles, sections, annexes, lots, list labels. */
export const REFERENCE_NUMBER = words(
  String.raw`(?:art(?:ikel|icle)?s?\.?|artikelen|§|punt|punten|hoofdstuk|bijlage|annexe?|section|paragraph|paragraaf|perceel|lot|post|posten|nr\.?|n°|no\.?|clause|item|deel|partie|part|fase|phase|stap|step|pagina|page|p\.|tabel|table|figuur|figure|versie|version|lid|alinéa|chapitre|chapter|titre|title|afdeling|onderdeel)\s*[\dIVX][\d.\-/a-z()]*`,
  'g',
);

/** Number words that count (not "een" / "un" / "one", which are also articles). */
export const NUMBER_WORD = words(
  String.raw`twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|zestig|honderd|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|two|three|four|five|six|seven|eight|nine|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dubbele?|double|twice|half|halve`,
);

/** Limits, deadlines and standards. */
export const MEASURE_WORD = words(
  String.raw`uiterlijk|ten\s+laatste|ten\s+minste|minstens|minimaal|maximaal|hoogstens|dezelfde\s+dag|au\s+plus\s+tard|au\s+moins|au\s+minimum|au\s+maximum|no\s+later\s+than|at\s+the\s+latest|at\s+least|at\s+most|CE-?markering|Vlarem|AREI|RGIE`,
);

/** Compliance with a named rule set: "conform de geldende reglementering", "according to the drawings". */
export const COMPLIANCE = words(
  String.raw`(?:conform|volgens|overeenkomstig|conformément\s+à|selon|in\s+accordance\s+with|according\s+to|as\s+per|compliant\s+with)\s+[\p{L}\s]{0,45}(?:norm\p{L}*|reglement\p{L}*|regelgeving|wetgeving|voorschrift\p{L}*|richtlijn\p{L}*|code|codex|standa\p{L}*|réglementation|regulations?|legislation|bijlage\p{L}*|annexe?s?|tekening\p{L}*|plannen|schema\p{L}*|fiche\p{L}*|technische|drawings?|specifications?)`,
);

/** A section of a law named by number and letter ("the 14(c) program"): a name, not a measure. */
export const LEGAL_SUBSECTION = /\d+\([a-z]\)/gu;
