/**
 * Channels for tenders and invoices, in nl, fr and en. Electronic communication is mandatory for
 * tenders (Wet 17 juni 2016 art. 14, all values since 1 January 2020) and electronic invoicing
 * above €3,000 (Wet art. 14/1, 192/1; KB 9 maart 2022). Platform names as used by Belgian, EU and
 * other European buyers (checked November 2026).
 */
import { factored, wholeWords as words } from '@tenderlint/core';

/** A tender or a request to participate. "tender documents" are the authority's documents. */
export const TENDER_SUBJECT = words(
  String.raw`offertes?|inschrijvings?(?:en)?|aanvra(?:ag|gen)\s+tot\s+deelneming|offres?|soumissions?|demandes?\s+de\s+participation|tenders?(?!\s+documents?)|bids?|quotes?|quotations?|proposals?|requests?\s+to\s+participate`,
);

/** The act of handing in, when the tender itself is named elsewhere in the paragraph. */
export const SUBMISSION_ACT = words(
  String.raw`indien\p{L}*|ingediend|indiening|d[ée]p[ôo]t|déposée?s?|remise|remettre|introduction|submission|submit\p{L}*`,
);

/** Paper, post, e-mail or hand delivery. */
export const NON_ELECTRONIC_CHANNEL = words(
  String.raw`op\s+papier|papieren\s+(?:versie|kopie\p{L}*|exemplar\p{L}*|offertes?)|in\s+(?:twee|drie|vier|vijf)voud|per\s+(?:aangetekende\s+)?(?:post|brief|zending)|aangetekend\p{L}*|bij\s+de\s+post|per\s+e-?mail|via\s+e-?mail|per\s+mail|ge-?maild|e-?mailen|af(?:gegeven|geven)\s+(?:aan|op|bij|ten|in)|overhandig\p{L}*|ter\s+hand|aan\s+het\s+onthaal|aan\s+de\s+balie|(?:gesloten|verzegelde|dichtgekleefde)\s+(?:omslag|enveloppe?)|omslag\s+met\s+de\s+vermelding|(?:papieren|ondertekende?)\s+(?:origineel|exemplaar)|in\s+(?:één|\d|twee|drie)\s+(?:origine(?:el|le)|exemplar\p{L}*)|en\s+(?:un|deux|trois|\d)\s+exemplaires|in\s+(?:duplicate|triplicate)|original\s+and\s+\p{L}+\s+copies|version\s+papier|sur\s+(?:support\s+)?papier|format\s+papier|par\s+(?:la\s+)?(?:poste|courrier)|courrier\s+(?:postal|recommandé)|pli\s+(?:fermé|scellé|recommandé)|sous\s+pli|recommandé|en\s+mains?\s+propres?|par\s+(?:e-?mail|courriel|mail)|on\s+paper|paper\s+(?:copy|copies|version|form)|hard\s+cop(?:y|ies)|by\s+(?:registered\s+)?(?:post|mail|hand|courier|e-?mail)|registered\s+mail|hand[-\s]delivered|in\s+person|sealed\s+envelopes?|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}`,
);

/** An electronic channel for tenders. */
export const ELECTRONIC_SUBMISSION = words(
  String.raw`e-?tendering|e-?procurement|e-?submission|publicprocurement\.be|elektronisch\p{L}*|digita(?:al|le)|opladen|opgeladen|upload\p{L}*|platform\p{L}*|(?:indienings)?portaal|électroniques?|électroniquement|plate-?formes?|electronic\p{L}*|online|portal|tenderned|simap|eu-?supply|procontract|public\s*contracts\s*scotland|publiccontractsscotland|google\s+forms?|ebuy|negometrix|mercell|eforms?`,
);

/**
 * The sentence refuses the channel it names: not accepted, not valid, void, rejected, not taken into
 * account, excluded, not allowed, in any tense ("Papieren offertes zijn niet geldig", "worden niet
 * aanvaard", "ne sont pas acceptées", "will be rejected").
 */
export const REFUSAL = words(
  String.raw`niet\s+(?:meer\s+|langer\s+)?(?:aanvaard\p{L}*|toegelaten|toegestaan|ontvankelijk|geldig|rechtsgeldig|mogelijk|in\s+aanmerking|in\s+overweging|behandeld|geopend|ge[ëe]valueerd|beoordeeld)|ongeldig\p{L}*|nietig\p{L}*|onregelmatig\p{L}*|irréguli[èe]re?s?|non\s+conformes?|non-compliant|irregular|onontvankelijk\p{L}*|geweerd|geweigerd|uitgesloten|verboden|(?:worden|wordt|zijn|is|zullen|zal)\s+(?:niet|geweigerd|geweerd)|mogen\s+niet|mag\s+niet|kan\s+niet|kunnen\s+niet|geen\s+(?:papieren|pdf|e-?mail|offertes?\s+(?:op|per|via))|niet\s+(?:op\s+papier|per\s+(?:post|e-?mail|mail|brief)|via\s+e-?mail)|ne\s+sont\s+pas|n['’]est\s+pas|ne\s+seront\s+pas|ne\s+sera\s+pas|ne\s+peu(?:t|vent)\s+pas|pas\s+accepté\p{L}*|refusé\p{L}*|rejeté\p{L}*|écarté\p{L}*|irrecevable\p{L}*|non\s+(?:valables?|recevables?|admises?|acceptées?|autorisées?)|nulles?\s+(?:et\s+non\s+avenues?)?|interdit\p{L}*|exclue?s?|not\s+(?:be\s+)?(?:accepted|permitted|allowed|admissible|valid|considered|opened|evaluated)|(?:will|shall)\s+(?:not|be\s+(?:rejected|disregarded|excluded|void|invalid))|(?:is|are)\s+(?:not|invalid|void)|invalid|disregarded|rejected|prohibited|no\s+(?:paper|pdf|e-?mail|hard\s+copy)|not\s+(?:on\s+paper|by\s+(?:post|mail|e-?mail|hand))`,
);

/**
 * A refusal for another reason than the channel: lateness, incompleteness, or the sanction of a
 * channel rule ("anders is zij ongeldig", "sous peine d'être écartée", "otherwise ... rejected").
 */
export const OTHER_REASON = words(
  String.raw`anders|zo\s+niet|op\s+straffe\s+van|te\s+laat|laattijdig\p{L}*|na\s+(?:het|de)\s+(?:uiterste|uiterlijke|vastgestelde|gestelde|limiet)\p{L}*|onvolledig\p{L}*|sous\s+peine|à\s+peine|à\s+défaut|faute\s+de\s+quoi|tardi(?:ve|f|ves|fs)|en\s+retard|hors\s+délai|incompl[èe]te?s?|otherwise|failing\s+(?:which|this)|on\s+pain|late|after\s+the\s+(?:deadline|closing|time)|incomplete`,
);

/** Where a clause ends inside a sentence. */
export const CLAUSE_BREAK = /[,;:]|\s(?:anders|zo\s+niet|otherwise)\s/iu;

/** Things handed in physically that are not the tender (Wet art. 14 §2 exceptions), and questions. */
export const NOT_THE_TENDER = words(
  String.raw`sta(?:al|len)|monsters?|prototypes?|maquettes?|échantillons?|samples?|physical\s+models?|vragen|vraag|inlichtingen|questions?|renseignements|clarifications?|contact\p{L}*|proces-verbaal|procès-verbal|kennisgeving|notification|beslissing|décision|decision|uitnodiging|invitation`,
);

/** A heading that opens the part on how tenders are submitted. */
export const SUBMISSION_HEADING = words(
  String.raw`indiening|indienen|indieningswijze|wijze\s+van\s+indienen|d[ée]p[ôo]t\s+des\s+offres|remise\s+des\s+offres|introduction\s+des\s+offres|modalités\s+de\s+(?:dépôt|remise)|submission\s+of\s+(?:tenders|bids|offers|quotes|quotations|proposals)|tender\s+submission|how\s+to\s+submit`,
);

/** OCDS release data: the submission method list. */
export const OCDS_SUBMISSION_METHOD = /"submissionMethod"\s*:\s*\[([^\]]*)\]/u;

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const SUBMISSION_PREFILTER = factored(/offert|inschrijving|offre|soumission|tender|bid|quote|quotation|proposal|deelneming|participat|indien(?:en|ing|t)|ingediend|d.p.t|d.pos|remise|remettre|introduction des|submi/i);

/** Cheap test before NON_ELECTRONIC_CHANNEL. */
export const CHANNEL_PREFILTER = factored(/papier|paper|post|brief|zending|mail|courriel|courier|@|hand|onthaal|balie|omslag|envelop|pli|courrier|recommand|aangetekend|voud|origine|exemplai|copy|copie|kopie|plicate|person|propre|afge/i);

/** Names that only ever mean electronic submission of tenders, wherever they stand. */
export const SUBMISSION_PLATFORM = words(
  String.raw`e-?tendering|e-?submission|indieningsmodule|indieningsrapport|dépôt\s+électronique|rapport\s+de\s+dépôt|electronicSubmission`,
);

/** Cheap test before SUBMISSION_PLATFORM. */
export const PLATFORM_PREFILTER = factored(/tender|submi|indiening|d.p.t/i);

/** A sentence that says how a tender travels, not only by when ("bezorgd aan het adres", "sent to"). */
export const HOW_SUBMITTED = words(
  String.raw`bezorg\p{L}*|verstuur\p{L}*|verzend\p{L}*|verzonden|overgemaakt|overmaken|gericht\s+aan|richten\s+aan|afgeleverd|ingediend|indienen|adress\p{L}*|envoy\p{L}*|transmis\p{L}*|transmettre|remis\p{L}*|remettre|déposée?s?|sent|send|addressed|delivered|returned|submitted|uploaded|opgeladen|opladen`,
);
