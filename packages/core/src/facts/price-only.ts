/**
 * Sentences that make price the only award criterion, in Dutch, French and English: the one list
 * that the facts (`award.priceOnly`) and the award rules (award/price-only, award/life-cycle-cost)
 * both read, so that the two cannot drift apart. Wordings of KBP / Dir 2014/24 art. 67 award
 * clauses as written in Belgian bestekken, cahiers spéciaux des charges and English tender
 * documents, November 2026.
 */
import { withUnicodeBoundaries } from '../text/word-boundary.js';

const PRIJS = String.raw`(?:prijs|aankoopprijs|totaalprijs|offerteprijs|inschrijvingsprijs)`;
// Price named as an amount: "bedrag", "montant" and "amount" are everywhere in a bestek, so only the amount of
// the offer itself counts ("het offertebedrag", "het (totale) bedrag van de offerte / de inventaris", "le montant
// (total) de l'offre / de l'inventaire / du métré", "the tendered amount", "the total amount of the tender / price
// schedule"), never a bare amount (of the contract, the guarantee, the revision).
const NL_AMOUNT = String.raw`(?:offertebedrag|inschrijvingsbedrag|(?:totaalbedrag|(?:totale\s+|globale\s+)?(?:bedrag|prijs))\s+(?:van|uit)\s+(?:de|het|zijn|haar)\s+(?:offerte|inschrijving|inventaris|meetstaat|(?:samenvattende\s+)?opmetingsstaat|prijslijst|prijsopgave|bod))`;
const FR_AMOUNT = String.raw`(?:montant\s+(?:(?:total|global)\s+)?(?:offert|soumissionné|(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)(?:offres?|inventaire|métré|bordereau|soumission)))`;
const EN_AMOUNT = String.raw`(?:(?:tendered|tender|bid|offer)\s+amount|amount\s+(?:of|in)\s+(?:the|its|their)\s+(?:tender|bid|offer|price\s+schedule|pricing\s+schedule|bill\s+of\s+quantities|inventory|schedule\s+of\s+prices))`;
// Verbs (and their nouns) of awarding, ranking and choosing an offer.
const NL_VERB = String.raw`(?:gegund|gunt|gunnen|toegewezen|toegekend|beoordeeld|gerangschikt|geëvalueerd|gekozen|kiest|kiezen|selecteert|geselecteerd|weerhouden|weerhoudt|vergeleken|aangewezen|bepaald|gunning|rangschikking|keuze)`;
const FR_VERB = String.raw`(?:attribu\p{L}*|évalu\p{L}*|class[ée]\p{L}*|choisi\p{L}*|retien\p{L}*|retenu\p{L}*|sélectionn\p{L}*|désign\p{L}*|compar[ée]\p{L}*|jugé\p{L}*|adjug\p{L}*|détermin\p{L}*)`;
const EN_VERB = String.raw`(?:award\p{L}*|evaluat\p{L}*|assess\p{L}*|ranked|scored|select\p{L}*|chos\p{L}*|choos\p{L}*|compared|determined)`;

// "op grond van de prijs alleen", "enkel op basis van de prijs", "op basis van enkel de prijs", "volgens de prijs als enig criterium".
const NL_ONLY_PRICE = String.raw`(?:(?:uitsluitend|enkel|alleen|louter|enig\s+en\s+alleen)\s+(?:op\s+(?:basis|grond)\s+van|op|volgens|aan\s+de\s+hand\s+van)\s+(?:de\s+|het\s+criterium\s+|het\s+)?(?:laagste\s+)?(?:totale\s+)?(?:${NL_AMOUNT}|${PRIJS})|(?:op\s+(?:basis|grond)\s+van|volgens|aan\s+de\s+hand\s+van)\s+(?:uitsluitend|enkel|alleen|louter)\s+(?:de\s+|het\s+)?(?:laagste\s+)?(?:totale\s+)?(?:${NL_AMOUNT}|${PRIJS})|(?:op\s+(?:basis|grond)\s+van|volgens|aan\s+de\s+hand\s+van)\s+(?:de\s+|het\s+)?(?:laagste\s+)?(?:totale\s+)?(?:${NL_AMOUNT}|${PRIJS})\s+(?:alleen|als\s+(?:enig|enige)\s+(?:gunnings)?criterium))`;
// "sur la seule base du prix", "sur la base du seul prix", "en fonction du seul prix", "uniquement sur la base du prix".
const FR_ONLY_PRICE = String.raw`(?:sur\s+la\s+seule\s+base\s+du|sur\s+la\s+base\s+du\s+seul|sur\s+le\s+seul\s+(?:critère\s+du|fondement\s+du)|en\s+fonction\s+du\s+seul|au\s+seul\s+(?:regard|vu)\s+du|selon\s+le\s+seul|par\s+le\s+seul|(?:uniquement|exclusivement|seulement)\s+(?:sur\s+(?:la\s+)?base\s+du|en\s+fonction\s+du|selon\s+le|sur\s+le|au\s+regard\s+du|d['’]après\s+le))\s+(?:${FR_AMOUNT}|prix)`;
// "on the sole basis of price", "solely on price", "on the basis of price alone".
const EN_ONLY_PRICE = String.raw`(?:on\s+the\s+sole\s+basis\s+of\s+(?:the\s+)?(?:lowest\s+)?(?:total\s+)?(?:${EN_AMOUNT}|price)|(?:solely|exclusively|purely|only)\s+(?:on|by|according\s+to)\s+(?:the\s+basis\s+of\s+)?(?:the\s+)?(?:lowest\s+)?(?:total\s+)?(?:${EN_AMOUNT}|(?:purchase\s+)?price)|on\s+(?:the\s+basis\s+of\s+)?(?:the\s+)?(?:lowest\s+)?price\s+(?:alone|only))`;

/** Each pattern finds, in one sentence, price made the only award criterion. */
export const PRICE_ONLY_PATTERNS: readonly RegExp[] = [
  // Dutch.
  /\b(?:enige|enig|uitsluitend(?:e)?|alleen|enkel)\b[^.;]{0,40}?\b(?:gunnings)?criteri(?:um|a)\b[^.;]{0,40}?\b(?:prijs|aankoopprijs|totaalprijs|offerteprijs|bedrag)\b/iu,
  /\b(?:prijs|aankoopprijs|totaalprijs)\b[^.;]{0,30}?\b(?:is|als|geldt\s+als)\s+(?:het\s+)?(?:enige|enig)\s+(?:gunnings)?criterium\b/iu,
  /\b(?:gegund|toegewezen)\b[^.;]{0,100}?\b(?:laagste|goedkoopste)\s+(?:(?:regelmatige|totale|globale|geldige|conforme|ingediende|vergelijkbare|gecorrigeerde|nagerekende)\s+){0,2}(?:prijs|aankoopprijs|totaalprijs|offerteprijs|inschrijvingsprijs|offerte|inschrijving|bod)\b/iu,
  /\b(?:gegund|toegewezen)\b[^.;]{0,80}?\b(?:regelmatige\s+)?(?:offerte|inschrijving)\s+met\s+de\s+laagste\s+(?:totale\s+)?(?:aankoop|inschrijvings)?prijs\b/iu,
  new RegExp(String.raw`\b${NL_VERB}\b[^.;]{0,120}?\b${NL_ONLY_PRICE}\b|\b${NL_ONLY_PRICE}\b[^.;]{0,80}?\b${NL_VERB}\b`, 'iu'),
  /\b(?:kiest|kiezen|gekozen|selecteert|geselecteerd|weerhoudt|weerhouden|aangewezen|wijst)\b[^.;]{0,100}?\b(?:laagste|goedkoopste)\s+(?:(?:regelmatige|totale|globale|geldige|conforme)\s+){0,2}(?:prijs|aankoopprijs|totaalprijs|offerteprijs|inschrijvingsprijs|offerte|inschrijving|bod)\b/iu,
  /\b(?:op\s+basis\s+van|volgens)\s+(?:het\s+criterium\s+)?(?:de\s+)?laagste\s+prijs\b/iu,
  /\bgunningscriterium\s*:\s*(?:de\s+)?(?:laagste\s+|totale\s+)?prijs\b(?!\s*(?:en|\(|,|\d))/iu,
  // French.
  /\b(?:seul|unique)\s+critère\b[^.;]{0,40}?\bprix\b|\bprix\b[^.;]{0,30}?\b(?:seul|unique)\s+critère\b/iu,
  /\battribuée?\b[^.;]{0,120}?\b(?:offre|prix)\b[^.;]{0,40}?\bla\s+(?:plus\s+basse|moins\s+chère)\b|\b(?:au|sur\s+la\s+base\s+du|selon\s+le|d['’]après\s+le)\s+prix\s+(?:(?:global|total|d['’]achat)\s+)?le\s+plus\s+bas\b/iu,
  /\b(?:attribu\p{L}*|évalu\p{L}*|classée?s?)\b[^.;]{0,120}?\bprix\s+(?:(?:global|total|d['’]achat)\s+)?le\s+plus\s+bas\b|\bseul\s+le\s+prix\b[^.;]{0,60}?\b(?:compte|est\s+pris\s+en\s+compte|intervient)\b/iu,
  /\battribu\p{L}*\b[^.;]{0,100}?(?:\bmoins[-\s]disant|\boffre\s+(?:r[ée]guli[èe]re\s+)?(?:la\s+)?moins\s+ch[èe]re|\b(?:offre\s+)?(?:r[ée]guli[èe]re\s+)?(?:au|du)\s+prix\s+(?:total\s+)?le\s+plus\s+bas)/iu,
  new RegExp(String.raw`\b${FR_VERB}\b[^.;]{0,120}?\b${FR_ONLY_PRICE}\b|\b${FR_ONLY_PRICE}\b[^.;]{0,60}?\b${FR_VERB}\b`, 'iu'),
  /\b(?:choisit|choisira|choisie|retient|retiendra|retenue|sélectionne|sélectionnera|sélectionnée|désigne|désignera|désignée)\b[^.;]{0,100}?(?:\b(?:offre|soumission|soumissionnaire)\b[^.;]{0,60}?\bla\s+(?:plus\s+basse|moins\s+(?:chère|disante))\b|\bprix\s+(?:(?:global|total|d['’]achat)\s+)?le\s+plus\s+bas\b|\bmoins[-\s]disant)/iu,
  /\bcritère\s+d['’]attribution\s*:\s*(?:le\s+)?(?:prix|prix\s+le\s+plus\s+bas)\b(?!\s*(?:et|\(|,|\d))|\bseul\s+critère\s+d['’]attribution\s+(?:est|:)\s+le\s+prix\b/iu,
  // English.
  /\bawarded\b[^.;]{0,120}?\b(?:lowest|cheapest)\s+(?:(?:total|overall|compliant|acceptable|evaluated|tendered|net|purchase|contract|bid|whole|fixed)\s+){0,3}(?:price|priced|cost|tender|bid|offer|quote)\b/iu,
  new RegExp(String.raw`\b${EN_VERB}\b[^.;]{0,120}?\b${EN_ONLY_PRICE}\b|\b${EN_ONLY_PRICE}\b[^.;]{0,60}?\b${EN_VERB}\b`, 'iu'),
  /\b(?:select\p{L}*|choos\p{L}*|chos\p{L}*|accept\p{L}*)\b[^.;]{0,100}?\b(?:lowest|cheapest)[-\s](?:(?:priced|total|overall|compliant|acceptable|evaluated|tendered|net|purchase|bid)\s+){0,3}(?:price|priced|tender|bid|offer|quote)\b|\b(?:lowest|cheapest)[-\s]priced?\s+(?:compliant\s+|acceptable\s+)?(?:tender|bid|offer)\b[^.;]{0,60}?\b(?:will\s+be|is|shall\s+be)\s+(?:selected|chosen|awarded|accepted)\b/iu,
  /\baward\s+criterion\s*:\s*(?:the\s+)?(?:lowest\s+)?price\b(?!\s*(?:and|\(|,|\d))/iu,
  /\bprice\s+(?:is|will\s+be|shall\s+be)\s+the\s+(?:only|sole)\s+(?:award\s+|evaluation\s+)?criterion\b|\b(?:only|sole)\s+(?:award\s+|evaluation\s+)?criterion\s+(?:is|will\s+be|shall\s+be)\s+(?:the\s+)?(?:lowest\s+)?price\b|\blowest\s+price\s+(?:technically\s+acceptable|only|basis)\b/iu,
  // The bare total amount, only after a verb of awarding: "wordt gegund uitsluitend op basis van het totaalbedrag",
  // "attribué sur la seule base du montant total", "awarded solely on the basis of the total amount".
  /\b(?:gegund|toegewezen|gunt|attribu\p{L}*|adjug\p{L}*|award(?:ed|s)?)\b[^.;]{0,100}?(?:\b(?:uitsluitend|enkel|alleen|louter)\s+op\s+(?:basis|grond)\s+van\s+(?:het\s+)?(?:laagste\s+)?(?:totaalbedrag|totale\s+bedrag)|\b(?:sur\s+la\s+seule\s+base\s+du|sur\s+la\s+base\s+du\s+seul|(?:uniquement|exclusivement)\s+sur\s+la\s+base\s+du)\s+montant\s+(?:total|global)|\b(?:(?:solely|exclusively|only)\s+on\s+the\s+basis\s+of|on\s+the\s+sole\s+basis\s+of)\s+the\s+(?:lowest\s+)?total\s+amount)\b/iu,
  /AC_PRICE_ONLY/u,
].map(withUnicodeBoundaries);

// A negation just before or inside the match turns it around ("niet uitsluitend op basis van de prijs").
const NEGATION = withUnicodeBoundaries(/\b(?:niet|geen|nooit|ne|pas|non|not|never)\b/iu);
// A tie-break on price ("bij gelijke score ... de laagste prijs") is not the award criterion; nor is
// "not necessarily the lowest".
const NOT_PRICE_ONLY = withUnicodeBoundaries(
  /\b(?:gelijke\s+(?:score|eindscore|puntentotaal|rangschikking)|bij\s+gelijkheid|gelijkstand|ex[\s-]?aequo|en\s+cas\s+d['’][ée]galit[ée]|[àa]\s+[ée]galit[ée]|in\s+(?:the\s+)?(?:case|event)\s+of\s+(?:a\s+)?(?:tie|equal)|tie[-\s]?break|niet\s+(?:uitsluitend|enkel|alleen|noodzakelijk)|pas\s+(?:uniquement|seulement|n[ée]cessairement)|not\s+(?:solely|only|exclusively|necessarily))\b/iu,
);

/** Where a sentence makes price the only award criterion, or null (also when negated or a tie-break). */
export function findPriceOnly(sentence: string): RegExpExecArray | null {
  if (!PRICE_ONLY_HINT.test(sentence) || NOT_PRICE_ONLY.test(sentence)) return null;
  for (const re of PRICE_ONLY_PATTERNS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const around = sentence.slice(Math.max(0, m.index - 25), m.index + m[0].length);
    if (NEGATION.test(around.replace(/\bniet\s+(?:meer\s+)?dan\b/giu, ''))) continue;
    return m;
  }
  return null;
}

/** A cheap test before the patterns: every one of them names a price, an amount or the lowest offer. */
export const PRICE_ONLY_HINT = /prijs|prix|price|laagste|goedkoopste|plus\s+basse|moins|lowest|cheapest|bedrag|montant|amount|AC_PRICE/iu;
