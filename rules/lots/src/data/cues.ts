/**
 * Words about lots in Dutch, French and English specifications (rule-catalogue.md sections 1-3,
 * November 2026). Whole words only.
 */
import { factored, unicodeWords } from '@tenderlint/core';


/** Statements that the contract is not divided into lots. */
export const NOT_DIVIDED =
  unicodeWords(/\b(?:niet\s+(?:in|opgedeeld\s+in|verdeeld\s+in)\s+percelen(?:\s+(?:verdeeld|opgedeeld|opgesplitst|onderverdeeld|ingedeeld))?|niet\s+(?:verdeeld|opgedeeld|opgesplitst|onderverdeeld)(?:\s+\w+){0,2}\s+in\s+percelen|geen\s+(?:verdeling|opdeling|opsplitsing|onderverdeling|indeling)\s+in\s+percelen|geen\s+percelen|ziet\s+af\s+van\s+(?:een\s+)?(?:verdeling|opdeling|opsplitsing)\s+in\s+percelen|(?:een\s+)?(?:verdeling|opdeling|opsplitsing)\s+in\s+percelen\s+is\s+(?:hier\s+)?niet|(?:één|een)\s+(?:enkel|enig|uniek)\s+perceel|(?:bestaat|omvat)\s+(?:slechts\s+)?(?:uit\s+)?één\s+perceel|(?:n['’]est|ne\s+sont?)\s+pas\s+divisés?\s+en\s+lots|pas\s+(?:de\s+)?(?:division|allotissement|répartition)\s+en\s+lots|(?:un\s+)?lot\s+unique|(?:un\s+)?seul\s+lot|sans\s+lots|(?:is|are|will)\s+not\s+(?:be\s+)?divided\s+into\s+lots|not\s+(?:been\s+)?(?:divided|split)\s+into\s+lots|no\s+(?:division\s+into\s+)?lots|(?:a\s+)?single\s+lot|(?:(?:verdeling|opdeling|opsplitsing|indeling)\s+in\s+)?percelen\s*:\s*(?:nee|neen|geen|niet\s+van\s+toepassing)|(?:division\s+en\s+)?lots\s*:\s*(?:non|néant|pas\s+de\s+lots)|(?:(?:divided|division)\s+into\s+)?lots\s*:\s*no)\b/iu);

/** A reason (catalogue "How to read": justification), including an explanation after a colon. */
export const REASON =
  unicodeWords(/\b(?:omdat|aangezien|gelet\s+op|gezien|wegens|vanwege|want|doordat|gerechtvaardigd|verantwoord\w*|motivering|gemotiveerd|reden(?:en)?|technisch(?:e)?\s+(?:geheel|eenheid|redenen)|parce\s+qu['’e]|car|étant\s+donné|vu\s+(?:que|l['’]|le|la|les)|en\s+raison\s+d|compte\s+tenu|justifi\w*|motiv\w*|because|as\s+the|since|due\s+to|owing\s+to|given\s+(?:that|the)|in\s+view\s+of|reason\w*|justif\w*)\b/iu);

/**
 * A sentence that explains without a "because": what splitting would cause ("een splitsing zou leiden
 * tot", "buying them from different suppliers would void"), or what the work requires together.
 */
export const CONSEQUENCE =
  unicodeWords(/\b(?:zou(?:den)?|zal\s+leiden|vereist|vergt|moeten\s+op\s+elkaar|samen|één\s+geheel|serait|seraient|entraînerai\w+|nécessite|exige|ensemble|un\s+tout|would|requires?|together|one\s+whole)\b/iu);
export const SPLITTING =
  unicodeWords(/\b(?:splitsing|opsplitsing|verdeling|opdeling|gesplitst|verschillende\s+(?:aannemers|leveranciers|opdrachtnemers|dienstverleners)|twee\s+(?:aannemers|leveranciers)|scission|division|séparation|plusieurs\s+(?:entrepreneurs|fournisseurs|prestataires)|split\w*|dividing|different\s+(?:suppliers|contractors|providers)|two\s+(?:suppliers|contractors))\b/iu);

/** A colon followed by an explanation ("... niet aangewezen: de terreinen liggen ..."). */
export const COLON_EXPLANATION = unicodeWords(/:\s+\S[^:]{40,}/u);

/** Words that name lots in the plural: the lots of this contract. */
export const LOTS_PLURAL = unicodeWords(/\b(?:percelen|lots|kavels)\b/iu);

/** All the lots: "alle percelen", "beide percelen", "de drie percelen samen", "tous les lots", "all lots". */
export const ALL_LOTS =
  unicodeWords(/\b(?:(?:alle|beide|elk\s+van\s+de|al\s+de|het\s+geheel\s+van\s+de|tous\s+les|l['’]ensemble\s+des|chacun\s+des|all(?:\s+the)?|both(?:\s+the)?|each\s+of\s+the|every\s+one\s+of\s+the)\s+(?:\w+\s+){0,2}(?:percelen|lots|kavels)|(?:de\s+)?(?:twee|drie|vier|vijf|zes|\d)\s+percelen\s+(?:samen|tegelijk)|les\s+(?:deux|trois|quatre|cinq|\d)\s+lots|(?:all|both)\s+(?:\w+\s+)?lots)\b/iu);

/** The tender must do it, or is otherwise not admissible. */
export const MUST =
  unicodeWords(/\b(?:moet(?:en)?|dient|dienen|verplicht\w*|vereist|is\s+(?:slechts|enkel|alleen)\s+(?:ontvankelijk|regelmatig|geldig)|(?:slechts|enkel|alleen)\s+(?:ontvankelijk|regelmatig|geldig)|doit|doivent|devra|devront|obligatoire\w*|tenus?\s+de|(?:n['’]est|ne\s+sont)\s+(?:recevables?|régulières?)\s+que|must|shall|required|obliged|only\s+(?:be\s+)?(?:admissible|valid|accepted|considered))\b/iu);

/** A bid, an offer, or taking part. */
export const BID = unicodeWords(/\b(?:offert\w*|inschrijv(?:en|ing|ingen)|schrijf\w*\s+in|schrijven\s+in|indien\w*|bieden|offres?|soumissionner|soumission|remettre|remise|déposer|tenders?|bids?|bid|bidding|submit\w*|quote)\b/iu);

/** A partial bid is refused: "een inschrijving voor één perceel wordt als onregelmatig geweerd". */
export const PARTIAL_REFUSED =
  unicodeWords(/\b(?:onregelmatig|niet\s+(?:toegelaten|aanvaard|ontvankelijk|in\s+aanmerking|mogelijk|toegestaan)|geweerd|uitgesloten|irrégulière?s?|(?:pas|non)\s+(?:admise?s?|acceptée?s?|recevables?|autorisée?s?)|refusée?s?|irregular|(?:not|no)\s+(?:be\s+)?(?:accepted|admissible|allowed|permitted|considered))\b/iu);
export const PARTIAL_BID =
  unicodeWords(/\b(?:één|een|slechts\s+één|sommige|een\s+deel\s+van\s+de|afzonderlijke|individuele|(?:één|een)\s+of\s+(?:twee|meer)|un\s+seul|une\s+partie\s+des|certains|one|some|individual|a\s+single|part\s+of\s+the)\s+(?:van\s+de\s+)?(?:perce(?:el|len)|lots?)\b/iu);

/**
 * Completeness within one lot, not a duty to bid for all lots: "een offerte die voor een perceel niet alle
 * posten van de inventaris van dat perceel prijst, is onregelmatig", "toutes les postes du métré de ce lot",
 * "every item of the price schedule for that lot". Every item, price or line left out (MISSING_ITEMS) of that
 * lot or of the inventory (OWN_LOT); "een perceel" there is the article, not the number.
 */
export const MISSING_ITEMS =
  unicodeWords(/\b(?:niet|geen|zonder|pas|sans|not|without)\s+(?:\p{L}+\s+){0,2}(?:(?:alle|al\s+de|elke|iedere?|elk)\s+(?:\p{L}+\s+){0,2}(?:posten|post|prijzen|eenheidsprijzen|items?|artikels?|artikelen|hoeveelheden|onderdelen|lijnen|rubrieken)|(?:tou(?:s|tes)\s+les|chaque|l['’]ensemble\s+des)\s+(?:\p{L}+\s+){0,2}(?:postes?|prix|articles?|lignes?|quantités|positions?|rubriques?)|(?:all(?:\s+the)?|every|each)\s+(?:\p{L}+\s+){0,2}(?:items?|prices?|lines?|positions?|entries|quantities))\b/iu);
export const OWN_LOT =
  unicodeWords(/\b(?:(?:van|uit|in|voor|binnen)\s+(?:dat|dit|datzelfde|hetzelfde|het\s+betrokken|het\s+desbetreffende|het\s+bewuste)\s+perceel|inventaris|meetstaat|opmetingsstaat|prijslijst|(?:de\s+ce|du\s+même|dudit|du)\s+lot(?:\s+concerné)?|inventaire|métré|bordereau|(?:of|in|for)\s+(?:that|this|the\s+same|the\s+relevant)\s+lot|price\s+schedule|bill\s+of\s+quantities|schedule\s+of\s+prices)\b/iu);

/** Tenderers may choose: "één, meerdere of alle percelen", "un, plusieurs ou tous les lots". */
export const MAY = unicodeWords(/\b(?:mag|mogen|kan|kunnen|vrij|naar\s+keuze|peut|peuvent|libre|may|can|free\s+to)\b/iu);

/** A negation near "all lots": "hoeft niet op alle percelen in te schrijven". */
export const NOT_REQUIRED = unicodeWords(/\b(?:hoeft|hoeven|niet\s+verplicht|geen\s+verplichting|n['’]est\s+pas\s+(?:obligé|tenu|obligatoire)|pas\s+obligé|not\s+(?:required|obliged)|need\s+not|does\s+not\s+have\s+to)\b/iu);

/** "perceel 2", "lot 1". */
export const LOT_NUMBER = unicodeWords(/\b(?:perceel|percelen|lot|lots|kavel)\s+(?:nr\.?\s*|n°\s*)?\d{1,2}\b/iu);

/** Per lot or per group of lots: "per perceel", "pour chaque lot", "for each lot". */
export const PER_LOT =
  unicodeWords(/\b(?:per\s+(?:perceel|lot|kavel)|voor\s+(?:elk|ieder)\s+(?:perceel|lot)|(?:pour\s+)?chaque\s+lot|par\s+lot|(?:for\s+)?each\s+lot|per\s+lot|by\s+lot|van\s+het\s+(?:betrokken\s+)?perceel|du\s+lot|of\s+the\s+lot)\b/iu);
export const NEGATION_BEFORE = unicodeWords(/\b(?:geen|niet|pas|aucun\w*|no|not)\b[^.;:]{0,40}$/iu);

/** Turnover, and the value of references: the demands that should be set per lot. */
export const TURNOVER = unicodeWords(/\b(?:jaaromzet(?:ten)?|omzet(?:cijfers?)?|zakencijfers?|chiffres?\s+d['’]affaires|turnover)\b/iu);
export const REFERENCE_VALUE =
  unicodeWords(/\b(?:referenties?|références?|references?)\b[^.;]{0,120}\b(?:waarde|bedrag|montant|valeur|value|worth)\b|\b(?:waarde|bedrag|montant|valeur|value|worth)\b[^.;]{0,80}\b(?:referenties?|références?|references?)\b/iu);
export const MINIMUM =
  unicodeWords(/\b(?:minstens|minimum|minimaal|minimale|ten\s+minste|tenminste|au\s+moins|minimal(?:e|es)?|at\s+least|no\s+less\s+than)\b/iu);
export const AMOUNT = unicodeWords(/(?:€|£|\$|\b(?:EUR|euros?|GBP|USD|CHF|NOK|SEK|DKK|PLN)\b)/iu);

/** Cheap tests without Unicode boundaries, run on every block before the cue lists above. */
export const HINTS = {
  lots: factored(/perce|lots?\b|kavel/iu),
  amount: factored(/€|£|\$|EUR|euro|GBP|USD|CHF|NOK|SEK|DKK|PLN/iu),
  demand: factored(/omzet|zakencijfer|chiffre|turnover|referent|référence|reference/iu),
};
