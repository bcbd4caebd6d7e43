/**
 * Words that mark selection requirements in Dutch, French and English specifications, collected from
 * Belgian bestekken / cahiers spéciaux des charges and EU tender documents (rule-catalogue.md sections
 * 1-3, November 2026). Whole words only; the rules combine them.
 */

/** A minimum yearly turnover ("jaaromzet", "chiffre d'affaires annuel", "annual turnover"). */
export const TURNOVER = /\b(?:jaaromzet(?:ten)?|omzet(?:cijfers?)?|chiffres?\s+d['’]affaires|turnover)\b/iu;

/** A minimum is being set. */
export const MINIMUM =
  /\b(?:minstens|minimum|minimaal|minimale|ten\s+minste|tenminste|niet\s+lager\s+dan|niet\s+minder\s+dan|au\s+moins|minimal(?:e|es)?|at\s+least|no\s+less\s+than|not\s+less\s+than)\b|≥/iu;

/** Words that oblige the tenderer. */
export const OBLIGATION =
  /\b(?:moet(?:en)?|dient|dienen|vereist|verplicht|zal|zullen|doit|doivent|devra|devront|exigée?s?|requise?s?|must|shall|required|is\s+expected\s+to)\b/iu;

/** A reason given for a requirement (catalogue, "How to read": justification). */
export const JUSTIFICATION =
  /\b(?:omdat|gelet\s+op|wegens|vanwege|aangezien|gezien|want|gerechtvaardigd|verantwoord(?:ing|t)?|motivering|gemotiveerd|rechtvaardig\w*|parce\s+qu['’e]|étant\s+donné|vu\s+(?:que|l['’]|le|la|les)|en\s+raison\s+d|justifi\w*|motiv\w*|because|due\s+to|owing\s+to|given\s+that|in\s+view\s+of|justif\w*)\b/iu;

/** "N maal de waarde", "deux fois le montant", "twice the value". */
export const MULTIPLE_OF_VALUE =
  /\b(\d+(?:[.,]\d+)?|twee|drie|vier|vijf|anderhalve|deux|trois|quatre|cinq|two|three|four|five)\s*(?:maal|keer|x|×|fois|times)\s+(?:de\s+|het\s+|le\s+|la\s+|l['’]\s*|the\s+)?(?:geraamde\s+|geschatte\s+|estimated\s+)?(?:waarde|raming|bedrag|montant|valeur|value|amount)|\b(tweemaal|driemaal|viermaal|vijfmaal|twice|thrice)\s+(?:de\s+|het\s+|the\s+)?(?:geraamde\s+|estimated\s+)?(?:waarde|raming|bedrag|value|amount)/iu;

export const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  anderhalve: 1.5, tweemaal: 2, driemaal: 3, viermaal: 4, vijfmaal: 5,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, twice: 2, thrice: 3,
};

/** "perceel 2", "lot 1", "Lot 3". */
export const LOT_NUMBER = /\b(?:perceel|percelen|lot|lots|kavel)\s+(?:nr\.?\s*|n°\s*)?(\d{1,2})\b/giu;

/** References of earlier work. */
export const REFERENCES =
  /\b(?:referenties?|referentieopdrachten?|referentielijst|attesten\s+van\s+goede\s+uitvoering|goede\s+uitvoering|références?|attestations?\s+de\s+bonne\s+exécution|bonne\s+exécution|references?|track\s+record|(?:gelijkaardige|vergelijkbare)\s+(?:opdrachten|werken|leveringen|diensten|renovaties|projecten)|(?:marchés|travaux|services|fournitures|prestations)\s+similaires|similar\s+(?:contracts|services|works|supplies|projects))\b/iu;

/** Look-back period of references: "de laatste drie jaar", "au cours des trois dernières années", "in the last three years". */
export const LOOK_BACK = [
  /\b(?:laatste|afgelopen|voorbije|vorige|voorgaande)\s+(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien)\s+(?:kalender)?jaar\b/iu,
  /\b(?:laatste|afgelopen|voorbije|vorige)\s+(jaar)\b/iu,
  /\b(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|dix)\s+dernières\s+années\b/iu,
  /\bdernières\s+(\d{1,2})\s+années\b/iu,
  /\b(?:last|past|previous|preceding)\s+(\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+(?:calendar\s+)?years\b/iu,
  /\b(?:last|past|previous)\s+(year)\b/iu,
];

/** References must be identical (not merely similar). */
export const IDENTICAL = /\b(?:identiek(?:e)?|identiques?|identical)\b/iu;

/** A negation just before a word. */
export const NEGATION_BEFORE = /\b(?:niet|geen|hoeven|hoeft|pas|non|not|no|need\s+not|needn['’]t)\b[^.;:]{0,30}$/iu;

/** The value of one reference. */
export const REFERENCE_VALUE = /\b(?:waarde|bedrag|omvang|montant|valeur|value|worth|amount)\b/iu;

/** A list introduced by a colon continues in the next list items. */
export const ENDS_WITH_COLON = /[:：]\s*$/u;
