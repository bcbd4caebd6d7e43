/**
 * Words that mark selection requirements in Dutch, French and English specifications, collected from
 * Belgian bestekken / cahiers spéciaux des charges and EU tender documents (rule-catalogue.md sections
 * 1-3, November 2026). Whole words only; the rules combine them.
 */
import { factored, SECTOR_SCHEME_SOURCE, SIMILAR_WORK_SOURCE, unicodeWords } from '@tenderlint/core';


/** A minimum yearly turnover ("jaaromzet", "chiffre d'affaires annuel", "annual turnover"). */
export const TURNOVER = unicodeWords(/\b(?:jaaromzet(?:ten)?|omzet(?:cijfers?)?|(?:jaarlijks(?:e)?\s+)?zakencijfers?|chiffres?\s+d['’]affaires|turnover)\b/iu);

/** A minimum is being set. */
export const MINIMUM =
  unicodeWords(/\b(?:minstens|minimum|minimaal|minimale|ten\s+minste|tenminste|niet\s+lager\s+dan|niet\s+minder\s+dan|au\s+moins|minimal(?:e|es)?|at\s+least|no\s+less\s+than|not\s+less\s+than)\b|≥/iu);

/** Words that oblige the tenderer. */
export const OBLIGATION =
  unicodeWords(/\b(?:moet(?:en)?|dient|dienen|vereist|verplicht|zal|zullen|doit|doivent|devra|devront|exigée?s?|requise?s?|must|shall|required|is\s+expected\s+to)\b/iu);

/** A reason given for a requirement (catalogue, "How to read": justification). */
export const JUSTIFICATION =
  unicodeWords(/\b(?:omdat|gelet\s+op|wegens|vanwege|aangezien|gezien|want|gerechtvaardigd|verantwoord(?:ing|t)?|motivering|gemotiveerd|rechtvaardig\w*|parce\s+qu['’e]|étant\s+donné|vu\s+(?:que|l['’]|le|la|les)|en\s+raison\s+d|justifi(?!er\s+d)\w*|motiv\w*|because|due\s+to|owing\s+to|given\s+that|in\s+view\s+of|justif(?:y|ied|ies|ication)\w*)\b/iu);

/** "N maal de waarde", "deux fois le montant", "twice the value". */
export const MULTIPLE_OF_VALUE = unicodeWords(
  /\b(\d+(?:[.,]\d+)?|twee|drie|vier|vijf|anderhalve|deux|trois|quatre|cinq|two|three|four|five)\s*(?:maal|keer|x|×|fois|times)\s+(?:de\s+|het\s+|le\s+|la\s+|l['’]\s*|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:waarde|raming|bedrag|montant|valeur|value|amount)|\b(?:het\s+|le\s+)?(tweemaal|driemaal|viermaal|vijfmaal|twice|thrice|dubbele|drievoud(?:ige)?|viervoud(?:ige)?|double|triple|quadruple)\s+(?:van\s+|du\s+|de\s+)?(?:de\s+|het\s+|le\s+|la\s+|l['’]\s*|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:waarde|raming|bedrag|montant|valeur|value|amount)/iu,
);

export const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  anderhalve: 1.5, tweemaal: 2, driemaal: 3, viermaal: 4, vijfmaal: 5, dubbele: 2, drievoud: 3, drievoudige: 3, viervoud: 4, viervoudige: 4,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  double: 2, triple: 3, quadruple: 4,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, twice: 2, thrice: 3,
};

/** "perceel 2", "lot 1", "Lot 3". */
export const LOT_NUMBER = unicodeWords(/\b(?:perceel|percelen|lot|lots|kavel)\s+(?:nr\.?\s*|n°\s*)?(\d{1,2})\b/giu);

/** References of earlier work. */
export const REFERENCES = unicodeWords(
  new RegExp(String.raw`\b(?:referenties?|referentieopdrachten?|referentielijst|attesten\s+van\s+goede\s+uitvoering|goede\s+uitvoering|références?|attestations?\s+de\s+bonne\s+exécution|bonne\s+exécution|references?|track\s+record|${SIMILAR_WORK_SOURCE})\b`, 'iu'),
);

/** Look-back period of references: "de laatste drie jaar", "au cours des trois dernières années", "in the last three years". */
export const LOOK_BACK = [
  unicodeWords(/\b(?:laatste|afgelopen|voorbije|vorige|voorgaande|jongste)\s+(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien)\s+(?:kalender)?ja(?:ar|ren)\b/iu),
  unicodeWords(/\b(?:laatste|afgelopen|voorbije|vorige|jongste)\s+(jaar)\b/iu),
  unicodeWords(/\b(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|dix)\s+dernières\s+années\b/iu),
  unicodeWords(/\bdernières\s+(\d{1,2})\s+années\b/iu),
  unicodeWords(/\b(?:last|past|previous|preceding)\s+(\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+(?:calendar\s+)?years\b/iu),
  unicodeWords(/\b(?:last|past|previous)\s+(year)\b/iu),
];

/**
 * A look-back period in months, in digits or words: "de laatste 24 maanden", "de afgelopen twaalf
 * maanden", "les dix-huit derniers mois", "the last twenty-four months". Group 1, 2, 3 or 4 is the
 * count, one or two words that the caller reads with parseCount (a pattern with every number word
 * in it is too large for the regex engine to run fast).
 */
const MONTH_COUNT = String.raw`(\d{1,3}|\p{L}+(?:[-\s]\p{L}+)?)`;
export const LOOK_BACK_MONTHS = unicodeWords(
  new RegExp(String.raw`\b(?:(?:laatste|afgelopen|voorbije|jongste|vorige)\s+${MONTH_COUNT}\s+(?:kalender)?maanden|(?<=\b${MONTH_COUNT}\s+)derniers\s+mois|derniers\s+${MONTH_COUNT}\s+mois|(?:last|past|previous|preceding)\s+${MONTH_COUNT}\s+(?:calendar\s+)?months)\b`, 'iu'),
);
/** A cheap test before LOOK_BACK_MONTHS. */
export const MONTH_HINT = /maand|mois|month/iu;

/** References must be identical (not merely similar). */
export const IDENTICAL = unicodeWords(/\b(?:identiek(?:e)?|exact\s+dezelfde|identiques?|exactement\s+les\s+mêmes|identical|exactly\s+the\s+same)\b/iu);

/** A negation just before a word. */
export const NEGATION_BEFORE = unicodeWords(/\b(?:niet|geen|hoeven|hoeft|pas|non|not|no|need\s+not|needn['’]t)\b[^.;:]{0,30}$/iu);

/** The value of one reference. */
export const REFERENCE_VALUE = unicodeWords(/\b(?:waarde|bedrag|omvang|montant|valeur|value|worth|amount)\b/iu);

/** A list introduced by a colon continues in the next list items. */
export const ENDS_WITH_COLON = unicodeWords(/[:：]\s*$/u);

/**
 * A place of business: office, depot, establishment, production site (a kitchen, a workshop, a plant),
 * and the sites a firm operates for its trade: a laundry, a garage, a nursery, an asphalt or concrete
 * plant, a sorting or recycling centre. Storage places are in STORAGE_SITE.
 */
export const ESTABLISHMENT =
  unicodeWords(/\b(?:(?:industriële\s+)?wasserij(?:en)?|blanchisseries?|laundr(?:y|ies)|garages?|werkhuis|kwekerij(?:en)?|boomkwekerij(?:en)?|pépinières?|(?:tree\s+|plant\s+)?nurser(?:y|ies)|asfaltcentrale|betoncentrale|sorteercentrum|sorteercentra|recyclagecentrum|recyclagepark|overslagplaats|breekinstallatie|composteringsinstallatie|centrales?\s+(?:d['’]enrobage|à\s+béton|d['’]asphalte)|centres?\s+de\s+(?:tri|recyclage)|(?:asphalt|concrete|batching|recycling)\s+plant|sorting\s+(?:centre|center|facility)|recycling\s+(?:centre|center|facility)|vestiging(?:en)?|vestigingseenheid|bijkantoor|kantoor|kantoren|depot|depots|stelplaats|magazijn|uitvalsbasis|werkplaats|zetel|exploitatiezetel|établissements?|siège(?:\s+d['’]exploitation)?|bureau|bureaux|dépôts?|entrepôts?|succursale|offices?|depots?|premises|branch|establishment|warehouse|(?:centrale\s+|productie)?keuken|productie-?eenheid|productiesite|fabriek|cuisine(?:\s+(?:de\s+production|centrale))?|atelier|usine|unité\s+de\s+production|site\s+de\s+production|(?:central\s+|production\s+)?kitchen|workshop|plant|production\s+(?:site|unit|facility))\b/iu);

/**
 * The places where a firm stores goods: a storage site, yard or shed ("stockageplaats",
 * "opslagloods", "zoutloods", "lieu de stockage", "hangar de stockage", "storage facility").
 * Storage of data ("opslag van de gegevens", "stockage des données") is not a place and is not named.
 * Kept apart from ESTABLISHMENT and run only behind STORAGE_WORD: the rule compiles neither
 * on a specification that never speaks of storage.
 */
export const STORAGE_SITE =
  unicodeWords(/\b(?:(?:opslag|stockage)(?:plaats|plaatsen|ruimte|ruimten|ruimtes|terrein|terreinen|site|sites|depot|hal|hallen|zone|locatie|magazijn)|(?:zout|strooizout|opslag|stockage|materiaal|materialen|machine|werf)?loods(?:en)?|(?:lieux|lieu|sites?|aires?|zones?|locaux|local|hangars?)\s+de\s+stockage|storage\s+(?:sites?|facilit(?:y|ies)|yards?|depots?|areas?|sheds?|halls?|locations?|premises|barns?))\b/iu);
const STORAGE_WORD = /opslag|stockage|loods|storage/i;

/** A place of business or a storage place is named. */
export function namesEstablishment(text: string): boolean {
  return ESTABLISHMENT.test(text) || (STORAGE_WORD.test(text) && STORAGE_SITE.test(text));
}

/** A place or distance limit: "binnen 30 km", "in Vlaanderen", "en Belgique", "within 50 miles". */
export const LOCALITY =
  unicodeWords(/\b(?:\d+\s*(?:km|kilometer|kilometers|kilomètres|miles?)\b|straal|rijafstand|reisafstand|rayon|radius|(?:in|op\s+het\s+grondgebied\s+van|binnen)\s+(?:het\s+)?(?:Vlaanderen|Vlaams(?:e)?\s+Gewest|België|Brussel|Brussels(?:e|\s+Hoofdstedelijk)?(?:\s+Gewest)?|Wallonië|de\s+provincie|de\s+regio|de\s+gemeente|de\s+stad|het\s+arrondissement)|en\s+(?:Belgique|Wallonie|Flandre|Région)|à\s+Bruxelles|dans\s+la\s+(?:province|région|commune)|sur\s+le\s+territoire\s+(?:de\s+la|du|de\s+l['’]|de)\s*\p{L}+|within\s+the\s+territory\s+of|in\s+(?:Belgium|Flanders|the\s+region|the\s+province|the\s+area|the\s+city))\b/iu);

/** The one who takes part in the procedure, as opposed to the contractor who executes. */
export const PARTICIPANT = unicodeWords(/\b(?:inschrijvers?|kandida(?:at|ten)|gegadigden?|soumissionnaires?|candidats?|tenderers?|bidders?|candidates?|applicants?)\b/iu);
export const EXECUTOR = unicodeWords(/\b(?:opdrachtnemer|aannemer|leverancier|dienstverlener|adjudicataire|prestataire|entrepreneur|fournisseur|contractor|supplier|service\s+provider)\b/iu);

/** Words that make something a condition to take part. */
export const PARTICIPATION_CONDITION =
  unicodeWords(/\b(?:selectie\w*|op\s+het\s+(?:ogenblik|moment)\s+van\s+de\s+(?:indiening|offerte)|bij\s+(?:de\s+)?indiening|om\s+in\s+aanmerking\s+te\s+komen|op\s+straffe\s+van|toelating\w*|deelname\w*|sélection|au\s+moment\s+du\s+dépôt|lors\s+du\s+dépôt|pour\s+être\s+(?:sélectionné|admis)|sous\s+peine|participation|admissib\w+|selection|at\s+the\s+time\s+of\s+(?:tender|submission|bidding)|to\s+be\s+(?:eligible|selected|admitted)|to\s+qualify|eligib\w+)\b/iu);

/** The establishment is demanded, not merely described ("vermeldt het adres van zijn vestiging"). */
export const HAVE_ESTABLISHMENT =
  unicodeWords(/\b(?:beschik\w*|moet(?:en)?|dient|dienen|vereist|verplicht|heeft|hebben|uitbat\w*|uit\s+te\s+baten|baat|baten|exploiteer\w*|exploiteren|exploite\w*|exploiter|dispose\w*|doit|doivent|exigée?s?|requise?s?|must|shall|required|ha(?:ve|s)|maintain\w*|operat(?:e|es|ing)|run(?:s|ning)?)\b/iu);

/** Anywhere else is accepted too: not a local condition. */
export const ELSEWHERE_ACCEPTED = unicodeWords(/\b(?:buitenland|andere\s+lidsta\w+|elders|étranger|autre\s+État\s+membre|ailleurs|abroad|other\s+Member\s+States?|elsewhere)\b/iu);

/** Only, solely. */
export const ONLY = unicodeWords(
  /\b(?:enkel|alleen|uitsluitend|slechts|uniquement|seulement|seule?s?|exclusivement|(?:ne|n['’])\s*(?:sont|seront|est|sera)\s+(?:acceptée?s?|admise?s?|prise?s?\s+en\s+(?:compte|considération))\s+que|only|solely|exclusively)\b/iu,
);

/** Public clients or a region as the only acceptable source of references. */
export const PUBLIC_OR_REGIONAL_CLIENT =
  unicodeWords(/\b(?:openbare?\s+besture?n?|openbaar\s+bestuur|overhe(?:id|den)|aanbestedende\s+(?:overheid|overheden|besturen)|lokale?\s+besture?n?|gemeente(?:n|besturen)?|intercommunales?|publiekrechtelijke?|Vlaams(?:e)?|Belgisch(?:e)?|pouvoirs?\s+(?:adjudicateurs?|publics?)|autorités?\s+publiques?|administrations?\s+publiques?|communes?|secteur\s+public|belges?|flamand(?:e|s)?|public\s+(?:authorities|bodies|sector|clients|administrations)|contracting\s+authorities|government|Flemish|Belgian)\b/iu);

/** Private clients are accepted too. */
export const PRIVATE_CLIENT = unicodeWords(/\b(?:priv[ée]\w*|particulier\w*|private)\b/iu);

/**
 * Certificates of quality, environmental, safety or energy management systems and of sector schemes
 * that a selection or execution clause can demand (Dir 2014/24 art. 62).
 */
export const MANAGEMENT_CERTIFICATE =
  unicodeWords(/\b(?:(?:NBN\s+)?(?:EN\s+)?ISO(?:\/IEC)?\s*(?:9001|14001|45001|50001|27001|22000|13485|22301|20000(?:-1)?|37001|39001|3834(?:-\d)?)(?::\d{4})?|OHSAS\s*18001|FSSC\s*22000|VCA(?:\s*\*{1,2}|-?P|\s*Petrochemie)?|VCU|SCC(?:\s*\*{1,2}|-?P)?|EMAS|CO2[-\s]?[Pp]restatieladder|CO₂[-\s]?[Pp]restatieladder|BRC(?:GS)?|IFS\s+Food|SA\s?8000|Cyber\s+Essentials(?:\s+Plus)?|European\s+Tree\s+Worker|European\s+Tree\s+Technician)(?![\w])/u);

/** Words that turn a name into a demand for a certificate. */
export const CERTIFICATE_DEMAND =
  unicodeWords(/\b(?:certifica(?:at|ten|tie|ties)|gecertificeerd|certificering|geregistreerd|registratie|beschikt\s+over|beschikken\s+over|voorleggen|legt\s+\w+\s+voor|bewijs|certificats?|certifiée?s?|certification|enregistrée?s?|dispose|disposer|disposent|certificates?|certified|certification|registered|accredited|hold|holds)\b/iu);

/**
 * A firm or person certified under a named scheme or standard: "een erkend lasser, die gecertificeerd
 * is volgens NBN EN 287-1", "soudeur certifié selon EN ISO 9606-1", "installer certified to EN 16247".
 */
export const CERTIFIED_UNDER = unicodeWords(
  /\b(?:lassers?|lasoperators?|installateurs?|technic(?:us|i)|personeel|medewerkers?|uitvoerders?|monteurs?|aannemer|inschrijvers?|onderaannemers?|ondernemingen|onderneming|firma|bedrijf|soudeurs?|opérateurs?|installateurs?|techniciens?|personnel|entreprises?|soumissionnaires?|welders?|operators?|installers?|technicians?|staff|contractors?|tenderers?|firms?|compan(?:y|ies))\b[^.;]{0,60}?\b(?:gecertificeerd|gecertifieerd|certifiée?s?|certified)\s+(?:is\s+|zijn\s+|wordt\s+|worden\s+)?(?:volgens|conform|overeenkomstig|onder|selon|conformément\s+à|suivant|according\s+to|to|under)\s+(?:de\s+|la\s+|le\s+|the\s+)?(?:norm\s+|norme\s+|standard\s+)?(?:NBN|EN|ISO|IEC|DIN|NF|BS|CEN)\b/iu,
);

/**
 * A sector certification scheme named by its shape (BOSEC, QUALIBAT, CHAS, SafeContractor):
 * "BOSEC-gecertificeerd", "een BOSEC-certificaat", "certifié QUALIBAT", "CHAS certified". The pattern is
 * core's, shared with the facts; the name is group 1 or 2.
 */
export const SECTOR_SCHEME = unicodeWords(new RegExp(SECTOR_SCHEME_SOURCE, 'u'));

/** Who holds a certificate: the tenderer, the contractor, the firm or its staff. */
export const CERT_HOLDER = unicodeWords(
  /\b(?:inschrijvers?|kandida(?:at|ten)|gegadigden?|aannemer|opdrachtnemer|leverancier|dienstverlener|onderaannemers?|firma|onderneming(?:en)?|bedrijf|technic(?:us|i)|personeel|medewerkers?|soumissionnaires?|candidats?|adjudicataire|prestataire|entrepreneur|fournisseur|entreprises?|techniciens?|personnel|tenderers?|bidders?|candidates?|contractors?|suppliers?|service\s+providers?|firms?|compan(?:y|ies)|technicians?|staff)\b/iu,
);

/** Experience with regional or national public bodies: "ervaring met Vlaamse overheden", "références auprès de pouvoirs publics belges". */
export const REGIONAL_PUBLIC_EXPERIENCE = unicodeWords(
  /\b(?:(?:Vlaams(?:e)?|Belgisch(?:e)?)\s+(?:\w+\s+)?(?:openbare?\s+besture?n?|overhe(?:id|den)|gemeente(?:n|besturen)?|lokale\s+besturen|aanbestedende\s+overheden|overheidsopdrachten|publieke\s+opdrachtgevers)|(?:pouvoirs\s+publics|pouvoirs\s+adjudicateurs|administrations?\s+publiques?|autorités\s+publiques|communes|marchés\s+publics)\s+(?:belges|flamand(?:e)?s|wallon(?:ne)?s|bruxellois(?:es)?)|(?:Flemish|Belgian)\s+(?:\w+\s+)?(?:public\s+(?:authorities|bodies|sector|clients)|authorities|government|municipalities|public\s+contracts))\b/iu,
);
export const EXPERIENCE = unicodeWords(/\b(?:ervaring|expérience|experience)\b/iu);

/**
 * Cheap tests without Unicode boundaries, run on every block before the cue lists above (the
 * boundary lookarounds stop the regex engine from skipping ahead on a literal prefix).
 */
export const HINTS = {
  turnover: factored(/omzet|zakencijfer|chiffre|turnover/iu),
  references: factored(/referent|référence|reference|uitvoering|exécution|similai|gelijkaardig|vergelijkbar|soortgelijk|analog|comparab|track\s+record|similar|ervaring|expérience|experience/iu),
  establishment: factored(/wasserij|blanchisserie|laundr|garage|werkhuis|kwekerij|pépinière|nurser|centrale|sorteercentr|recyclagecentr|recyclagepark|recycling (?:centre|center|facility|plant)|sorting|centres? de (?:tri|recyclage)|overslagplaats|opslag|stockage|loods|storage|breekinstallatie|composteringsinstallatie|vestiging|kantoor|kantoren|depot|dépôt|stelplaats|magazijn|uitvalsbasis|werkplaats|zetel|établissement|siège|bureau|entrepôt|succursale|office|premises|branch|establishment|warehouse|keuken|fabriek|productie|cuisine|atelier|usine|production|kitchen|workshop|plant/i),
  certificate: factored(/ISO|VCA|VCU|EMAS|CO2|CO₂|OHSAS|FSSC|SCC|BRC|IFS|SA\s?8000|Cyber|Tree|[Cc]ertifi/u),
};
