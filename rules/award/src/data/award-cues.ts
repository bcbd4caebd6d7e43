/**
 * Words of award clauses in Dutch, French and English (KBP / Dir 2014/24 art. 67-68 wording, as
 * used in Belgian bestekken and in TED notices), November 2026.
 */
import { AWARD_TOTAL_ROW, withUnicodeBoundaries } from '@tenderlint/core';

/** A heading that opens the award criteria. */
export const AWARD_HEADING =
  withUnicodeBoundaries(/\b(?:gunningscriteri(?:a|um)|gunningsmaatsta(?:f|ven)|gunning\s+van\s+de\s+opdracht|critères?\s+d['’]attribution|attribution\s+du\s+marché|award\s+criteri(?:a|on)|evaluation\s+(?:criteria|factors)|basis\s+(?:for|of)\s+award|assessment\s+criteria|evaluation\s+and\s+award)\b/iu);

/** A sentence that introduces a list of award criteria. */
export const AWARD_INTRO =
  withUnicodeBoundaries(/\b(?:gunningscriteri(?:a|um)|volgende\s+criteria|critères?\s+d['’]attribution|critères\s+suivants|award\s+criteri(?:a|on)|evaluation\s+(?:criteria|factors)|criteria\s+used\s+to\s+(?:assess|evaluate)|assessment\s+criteria)\b/iu);

/**
 * "In decreasing order of importance": an order instead of a weighting. "in afnemende orde van
 * belangrijkheid", "in volgorde van belang", "naar afnemend belang", "par ordre d'importance
 * décroissante", "selon leur ordre de priorité", "in descending order of importance", "listed in
 * order of priority".
 */
export const ORDER_OF_IMPORTANCE =
  withUnicodeBoundaries(/\b(?:(?:dalende|afnemende)\s+(?:volg)?orde\s+van\s+(?:belang(?:rijkheid)?|prioriteit)|in\s+(?:de\s+)?(?:volg)?orde\s+van\s+(?:belang(?:rijkheid)?|prioriteit)|naar\s+(?:afnemend|dalend)\s+belang|ordre\s+(?:d[ée]croissant\s+)?(?:d['’]importance|de\s+priorit[ée])|importance\s+d[ée]croissante|(?:descending|decreasing)\s+order\s+of\s+(?:importance|priority)|in\s+order\s+of\s+(?:importance|priority)|(?:ranked|listed)\s+by\s+(?:importance|priority)|in\s+(?:descending|decreasing)\s+importance)\b/iu);

/** A weight: "60 %", "30 punten", "20 points", "40/100". */
export const WEIGHT =
  withUnicodeBoundaries(/(?<![\p{L}\p{N},.])(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|procent|pour\s?cent|per\s?cent|percent|punten|punt|points?|pts?\.?|ptn\.?|\/\s*100(?!\d))(?![\p{L}\p{N}])/iu);

/** A criterion about price or cost. */
export const PRICE_CRITERION =
  withUnicodeBoundaries(/\b(?:prijs|prijzen|totaalprijs|offerteprijs|eenheidsprijzen|aankoopprijs|prix|price|prices|pricing|cost|costs|kost|kosten|coût|coûts|tarief|tarieven|tarifs?|rates?|montant|bedrag)\b/iu);

/** Price counted over the life cycle, or running costs in the compared price. */
export const LIFE_CYCLE =
  withUnicodeBoundaries(/\b(?:levenscycluskost(?:en)?|levenscyclus|life[- ]cycle\s+cost(?:s|ing)?|whole[- ]life\s+cost(?:s|ing)?|TCO|total\s+cost\s+of\s+ownership|totale\s+eigendomskost(?:en)?|coût\s+(?:du\s+cycle\s+de\s+vie|total\s+de\s+possession)|energiekost(?:en)?|energieverbruik|energiekosten|exploitatiekost(?:en)?|gebruikskost(?:en)?|onderhoudskost(?:en)?|running\s+costs?|operating\s+costs?|energy\s+(?:costs?|consumption)|coûts?\s+(?:d['’]exploitation|énergétiques?|d['’]énergie|d['’]entretien)|consommation\s+(?:d['’]énergie|énergétique)|maintenance\s+costs?)\b/iu);

/**
 * An award verb that a list of criteria follows in the same sentence: "beoordeeld op", "gegund op
 * basis van", "évaluées sur la base de", "evaluated on", "we intend to select a vendor that puts forward".
 */
export const PROSE_AWARD_TRIGGER = withUnicodeBoundaries(
  /\b(?:(?:gegund|beoordeeld|gerangschikt|geëvalueerd|gequoteerd|gescoord)\s+(?:op\s+basis\s+van|aan\s+de\s+hand\s+van|volgens|op)|(?:attribuée?|évaluée?s?|classée?s?|jugée?s?|cotée?s?)\s+(?:sur\s+(?:la\s+)?base\s+(?:de\s+la|de\s+l['’]|des|du|de)|en\s+fonction\s+(?:de\s+la|de\s+l['’]|des|du|de)|selon|sur)|(?:awarded|evaluated|assessed|scored|ranked)\s+(?:on\s+the\s+basis\s+of|according\s+to|against|on)|(?:select|choose|retain)\s+(?:a|the)\s+(?:vendor|tenderer|bidder|offeror|contractor|supplier)\s+(?:that|who|which)\s+(?:puts\s+forward|offers|submits|provides|proposes|demonstrates)|(?:retient|choisit|sélectionne)\s+le\s+soumissionnaire\s+qui\s+(?:propose|offre|présente|remet))\s+/iu,
);

/** Nouns of award criteria other than price, to tell a list of criteria from other enumerations. */
export const PROSE_CRITERION_NOUN = withUnicodeBoundaries(
  /\b(?:kwaliteit\p{L}*|termijn\p{L}*|\p{L}*termijn|aanpak|methodolog\p{L}*|methode|plan\p{L}*|technische\s+waarde|dienstverlening|service\p{L}*|duurzaamheid|ervaring\s+van\s+het\s+team|qualité|délais?|valeur\s+technique|méthodolog\p{L}*|approche|durabilité|quality|lead\s+time|delivery\s+(?:time|period)|technical\s+merit|methodology|approach|sustainability)\b/iu,
);

/** "Perceel 2", "lot 2", "Lot 2". */
export const LOT_NUMBER = withUnicodeBoundaries(/\b(?:perceel|percelen|lot|lots)\s+(\d{1,2})\b/iu);

/** Rows of a criteria table that are not criteria: the sum row ("Totaal", "Total score"), shared with the facts. */
export const TOTAL_ROW = AWARD_TOTAL_ROW;

/** Header cells of a weight column. */
export const WEIGHT_HEADER = withUnicodeBoundaries(/\b(?:weging|gewicht|punten|pondération|points|weight(?:ing)?|score|%|perceel|lot)\b/iu);

/** TED notice tags of award criteria: "[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_PRICE]". */
export const TED_AC_TAG = /^\[[A-Z_/]*\/AC\/(AC_PRICE|AC_QUALITY|AC_COST|AC_PROCUREMENT_DOC)\b[^\]]*\]\s*([^]*)$/u;
