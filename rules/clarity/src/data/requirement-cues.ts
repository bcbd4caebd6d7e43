/**
 * What makes a sentence a requirement on the tenderer or contractor, and what makes it something
 * else (the authority's own intentions, permissions, reservations). rule-catalogue.md, "How to read".
 */
import { wholeWords as words } from '@tenderlint/core';

/** Obliging words. */
export const OBLIGING = words(
  String.raw`moet|moeten|dient|dienen|zal|zullen|verplicht\p{L}*|vereist|is\s+gehouden|zijn\s+gehouden|heeft\s+te|hebben\s+te|te\s+worden|(?:slechts|enkel|alleen)\s+toegelaten|doit|doivent|devra|devront|est\s+tenue?|sont\s+tenue?s|obligatoire\p{L}*|exigée?s?|veille\p{L}*|must|shall|will|is\s+required|are\s+required|required\s+to|is\s+expected|are\s+expected|has\s+to|have\s+to|needs?\s+to|only\s+(?:be\s+)?(?:allowed|permitted)`,
);

/** The one who must do it. */
export const CONTRACTOR = words(
  String.raw`aannemers?|opdrachtnemers?|leveranciers?|dienstverleners?|inschrijvers?|uitvoerders?|installateurs?|personeel|personeelsleden|medewerkers?|werknemers?|arbeiders?|techniekers?|technicus|technici|ploeg(?:en)?|hij|il|personnel|agents?|techniciens?|ouvriers?|équipes?|staff|employees|technicians?|workers?|adjudicataires?|prestataires?|soumissionnaires?|entrepreneurs?|fournisseurs?|titulaires?|contractors?|suppliers?|providers?|tenderers?|bidders?|vendors?|offerors?|consultants?|candidates?|kandida(?:at|ten)|candidats?`,
);

/** Dutch and French passive present, common in technical clauses ("De tegels worden vooraf voldoende gewaterd"). */
export const PASSIVE = words(String.raw`wordt|worden|(?:voor|uit|aan|op|af|mee|door|bij|na|toe)\s+te\s+\p{L}+en|est\s+\p{L}+é(?:e|s|es)?|sont\s+\p{L}+é(?:e|s|es)?|is\s+to\s+be|are\s+to\s+be`);

/**
 * The authority (or "we") as subject: its own intentions, not a requirement. Belgian authorities
 * name themselves in many ways (schoolbestuur, scholengroep, politiezone, hulpverleningszone, AGB,
 * OCMW, college, deputatie, pouvoir adjudicateur, CPAS, contracting authority, port authority ...).
 */
export const AUTHORITY_SUBJECT = words(
  String.raw`(?:de|het|deze|dit|onze|ons)\s+(?:\p{L}+\s+)?(?:aanbestedende\s+(?:overheid|dienst|entiteit)|aanbesteder|opdrachtgever|bouwheer|\p{L}*bestuur|stad|gemeente|provincie|ocmw(?:-raad)?|agb|apb|autonoom\s+(?:gemeente|provincie)bedrijf|agentschap|intercommunale|overheid|administratie|jury|scholengroep|scholengemeenschap|politiezone|hulpverleningszone|brandweerzone|lokale\s+politie|politie|college|schepencollege|deputatie|gemeenteraad|provincieraad|raad\s+van\s+bestuur|departement|ministerie|fod|vzw|woonmaatschappij|huisvestingsmaatschappij)|wij|we|le\s+pouvoir\s+adjudicateur|l['’](?:administration|adjudicateur|autorité|intercommunale)|la\s+(?:commune|ville|province|région|zone\s+de\s+(?:police|secours)|régie)|le\s+(?:cpas|collège|maître\s+d['’]ouvrage|service\s+public|ministère|département)|nous|the\s+(?:contracting\s+)?(?:authority|council|agency|government|buyer|purchaser|city|municipality|department|client|employer|association)|the\s+(?:\p{L}+\s+)?(?:authority|council|ministry)|the\s+(?:board|trust)|our`,
);

/**
 * The authority by its proper name at the start of a sentence ("Stad Antwerpen werkt ...", "De dienst
 * Aankoop plant ...", "Ville de Namur", "City of Ghent"). Case-sensitive: the capital marks the name.
 */
export const AUTHORITY_NAMED = /^\s*(?:(?:Stad|Gemeente|Provincie|OCMW|AGB|APB|Politiezone|Hulpverleningszone|Brandweerzone|Intercommunale|Ville|Commune|Province|CPAS|Zone|City|County|Borough|Port)\s+(?:de\s+|d['’]|of\s+|van\s+)?\p{Lu}|(?:De|La|Le|The)\s+(?:dienst|afdeling|cel|service|département|department|directie|direction)\s+\p{Lu}|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s\p{Lu}[\p{L}-]*)?\s(?:Council|Authority|Agency|Trust|Ministry|Department)(?![\p{L}\p{N}]))/u;

/** Permission, reservation or evaluation: not an obligation. */
export const NOT_OBLIGATION = words(
  String.raw`behoudt\s+zich|se\s+réserve|reserves?\s+the\s+right|kan|kunnen|mag|mogen|peut|peuvent|may|can|could|might`,
);

/** Headings of parts that describe or evaluate rather than require. */
export const NON_REQUIREMENT_HEADING = words(
  String.raw`inleiding|context|achtergrond|toelichting|voorwoord|situering|doelstelling\p{L}*|visie|gunningscriteri\p{L}*|beoordeling\p{L}*|evaluatie\p{L}*|introduction|contexte|préambule|objectifs?|critères?\s+d['’]attribution|évaluation|background|overview|purpose|objectives?|award\s+criteria|evaluation|scoring`,
);

/** Where a main clause ends: a comma or a subordinating word ("zodat de werken kunnen ..."). */
export const CLAUSE_END = words(String.raw`zodat|opdat|waardoor|om|so\s+that|in\s+order|afin|pour\s+que|de\s+sorte|which|die|dat|that|qui|que`);

/** A preposition right before the authority makes it an object ("to the Government", "aan het bestuur"). */
export const OBJECT_MARKER = /(?:^|[\s(])(?:to|for|with|by|of|from|aan|voor|met|door|van|bij|à|pour|avec|par|de|du|auprès)\s+$/iu;

/** Headings of the parts that set out what is delivered or done: there every plain statement is a requirement. */
export const REQUIREMENT_HEADING = words(
  String.raw`technische\s+(?:bepalingen|voorschriften|specificaties|beschrijving)|uitvoering\p{L}*|uitvoeringsbepalingen|lastenboek|prestaties|clauses?\s+techniques?|prescriptions?\s+techniques?|spécifications?\s+techniques?|exécution|technical\s+(?:specifications?|requirements?|provisions)|statement\s+of\s+work|scope\s+of\s+work|performance\s+work\s+statement|requirements?`,
);

/**
 * The authority's own short name, as it is introduced in the head of the document: "Intercommunale
 * Waterbeheer Dender-Schelde (IWDS)", "Opdrachtgever: IWDS". Later "IWDS gebruikt ..." is the
 * authority speaking of itself.
 */
export const SHORT_NAME = /(?:\(|:[ \t]*)(\p{Lu}[\p{Lu}\p{N}-]{1,9})(?:\)|(?![\p{L}\p{N}]))/gu;

/** What stands before a short name that names the authority (the full name, or its role). */
export const AUTHORITY_BEFORE_SHORT_NAME = words(
  String.raw`(?:intercommunale|vereniging|agentschap|\p{L}*bedrijf|maatschappij|\p{L}*zone|stad|gemeente|provincie|ocmw|politie|scholengroep|regie|departement|ministerie|dienst|authority|council|agency|board|port|trust|ministry|department|commune|ville|province|cpas|régie|société|association|agence|opdrachtgever|aanbestedende\s+overheid|aanbesteder|bouwheer|pouvoir\s+adjudicateur|contracting\s+authority|buyer)[^()]{0,80}$`,
);

/** Short names that are never the authority. */
export const NOT_AUTHORITY_ACRONYM = new Set(['CPV', 'EUR', 'BTW', 'TVA', 'VAT', 'ILO', 'IAO', 'OIT', 'EU', 'EG', 'CE', 'BE', 'NV', 'BV', 'SA', 'SRL', 'BVBA', 'VZW', 'ASBL', 'BELAC', 'KBO', 'BCE', 'ESPD', 'UEA', 'DUME']);

/** How many blocks at the start of a document make up its head (title page, authority, subject). */
export const DOCUMENT_HEAD_BLOCKS = 12;
