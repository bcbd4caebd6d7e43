/**
 * Words of publication and time limits in Dutch, French and English specifications
 * (rule-catalogue.md sections 1, 3 and 4.3, November 2026).
 */
import { factored, unicodeWords } from '@tenderlint/core';


/**
 * The notice is (to be) published at EU level: the Official Journal, the Publications Office that publishes it,
 * publication "at European level", a "European" open procedure.
 */
export const EU_PUBLICATION =
  unicodeWords(/\b(?:Europese\s+(?:bekendmaking|publicatie|aanbesteding)|Europees\s+(?:bekendgemaakt|gepubliceerd|aanbesteed)|(?:bekendmaking|publicatie)\s+op\s+Europees\s+niveau|Europese\s+(?:openbare\s+|niet-openbare\s+)?procedure|(?:openbare|niet-openbare)\s+procedure\s+op\s+Europees\s+niveau|Publicatieblad\s+van\s+de\s+Europese\s+Unie|Publicatieblad\s+van\s+de\s+EU|Publicatiebureau(?:\s+van\s+de\s+(?:Europese\s+Unie|EU))?|publicité\s+(?:au\s+niveau\s+)?européenne|publication\s+(?:au\s+niveau\s+|à\s+l['’]échelon\s+)?européen(?:ne)?|procédure\s+(?:ouverte\s+|restreinte\s+)?européenne|Office\s+des\s+publications(?:\s+de\s+l['’]Union\s+européenne)?|Journal\s+officiel\s+de\s+l['’]Union\s+européenne|JOUE|Official\s+Journal\s+of\s+the\s+European\s+Union|Official\s+Journal|OJEU|TED|Publications\s+Office(?:\s+of\s+the\s+(?:European\s+Union|EU))?|(?:publication|published|publicised|advertised)\s+at\s+(?:European|EU)\s+level|EU-wide\s+(?:publication|advertisement|procedure)|European\s+(?:open|restricted)\s+procedure)\b/iu);

/** Words that deny EU publication just before the cue: "zonder Europese bekendmaking", "sans publicité européenne", "without publication at European level". */
export const NOT_EU_PUBLICATION = /(?<![a-zà-öø-ÿ])(?:zonder|niet|geen|sans|pas|aucune?|ni|without|not|no|nor)\s+(?:[a-zà-öø-ÿ'’-]+\s+){0,3}$/i;

/** "binnen 14 dagen na publicatie", "dans les 10 jours de la publication", "within 20 days of publication". */
export const RELATIVE_TIME_LIMIT =
  unicodeWords(/\b(?:binnen\s+(?:een\s+termijn\s+van\s+)?(\d{1,3})\s+(?:kalender)?dagen\s+(?:na|vanaf|te\s+rekenen\s+vanaf)\s+(?:de\s+)?(?:datum\s+van\s+(?:de\s+)?)?(?:publicatie|bekendmaking|verzending\s+van\s+de\s+aankondiging)|dans\s+(?:les|un\s+délai\s+de)\s+(\d{1,3})\s+jours\s+(?:calendrier\s+)?(?:de|à\s+compter\s+de|suivant|après)\s+(?:la\s+)?(?:date\s+d['’]envoi|publication|l['’]envoi)|within\s+(\d{1,3})\s+(?:calendar\s+)?days\s+(?:of|from|after)\s+(?:the\s+)?(?:date\s+of\s+)?(?:publication|dispatch))\b/iu);


/** What the time limit is for: tenders or requests to participate. */
export const TENDERS = unicodeWords(/\b(?:offertes?|inschrijvingen|aanvragen\s+tot\s+deelneming|offres?|demandes\s+de\s+participation|tenders?|bids?|requests\s+to\s+participate)\b/iu);

/** The label of the notice's publication or dispatch date ("Publication de l'avis de marché : le 2 mars 2026"). */
export const PUBLICATION_LABEL = unicodeWords(
  /\b(?:(?:publicatie|bekendmaking|verzending)\s+(?:van\s+)?(?:de\s+|het\s+)?(?:aankondiging|bericht)|datum\s+van\s+(?:publicatie|bekendmaking|verzending)|(?:publication|envoi)\s+de\s+l['’]avis|date\s+(?:de\s+publication|d['’]envoi)|(?:publication|dispatch)\s+of\s+the\s+(?:contract\s+)?notice|date\s+of\s+(?:publication|dispatch))\b/iu,
);

/** Cheap tests without Unicode boundaries, run on every block before the cue lists above. */
export const HINTS = {
  euPublication: factored(/[Ee]urop|Publicati|[Pp]ublications|Journal|JOUE|OJEU|TED|EU-wide/u),
  days: factored(/dagen|jours|days/iu),
  publication: factored(/publica|bekendmaking|verzending|envoi|dispatch/iu),
};
