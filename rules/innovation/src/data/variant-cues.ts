/**
 * Variants wording in nl, fr and en. Source: Dir 2014/24/EU art. 45;
 * wording of Belgian specifications (vrije, vereiste en facultatieve varianten). Checked November 2026.
 */
import { factored, wholeWords as words } from '@tenderlint/core';

const variant = String.raw`(?:vrije\s+|verplichte\s+|facultatieve\s+|vereiste\s+)?varianten?|variantes?(?:\s+(?:libres?|exigées?|obligatoires?|facultatives?|autorisées?))?|variants?|alternatieve\s+offertes?|offres?\s+alternatives?|alternative\s+(?:offers?|tenders?|bids?|solutions?)|alternate\s+(?:quotes?|proposals?|offers?|bids?)`;
const allowed = String.raw`toegestaan|toegelaten|aanvaard|verplicht\p{L}*|vereist|autoris[ée]\p{L}*|admis\p{L}*|permis\p{L}*|accept[ée]\p{L}*|exig[ée]\p{L}*|obligatoire\p{L}*|permitted|allowed|accepted|required|invited|encouraged|welcome\p{L}*`;
// "kan", "may": allowing only when the tenderer offers the variant ("mag varianten indienen").
const mayOffer = String.raw`(?:mag|mogen|kan|kunnen|peut|peuvent|may|can)\s+[\p{L}\s]{0,60}?(?:${variant})\s+[\p{L}\s]{0,45}?(?:indienen|voorstellen|aanbieden|offreren|in\s+te\s+dienen|proposer|présenter|remettre|déposer|submit|propose|offer|tender)|(?:mag|mogen|kan|kunnen|peut|peuvent|may|can)\s+[\p{L}\s]{0,30}?(?:indienen|voorstellen|aanbieden|proposer|présenter|remettre|déposer|submit|propose|offer|tender)\s+[\p{L}\s]{0,30}?(?:${variant})`;

/** A variant word near a word allowing or requiring it, either order, within one clause. */
export const VARIANT_ALLOWED = words(String.raw`${mayOffer}|(?:${variant})\s*:\s*(?:${allowed})|(?:${variant})[^.;:]{0,60}?(?:${allowed})|(?:${allowed})[^.;:]{0,40}?(?:${variant})`);

export const VARIANT = words(variant);

/** The sentence forbids variants. */
export const FORBIDDEN = words(String.raw`niet|geen|verboden|uitgesloten|pas|ne|n['’]|interdite?s?|exclues?|not|no|prohibited|forbidden|excluded`);

/**
 * Minimum requirements for variants, or variants held to those of the base tender: "minimale
 * (technische) eisen", "voldoet minstens aan de ...", "beantwoordt aan dezelfde eisen", "respecte les
 * exigences techniques minimales", "meets all minimum technical requirements".
 */
export const MINIMUM_REQUIREMENTS = words(
  String.raw`minimumeis\p{L}*|minimumvereiste\p{L}*|minimumvoorwaarde\p{L}*|minimum-?specificatie\p{L}*|(?:minimale|minimum)\s+[\p{L}\s]{0,30}?(?:eisen|vereisten|voorwaarden|specificaties|prestaties|prestatie-eisen|kwaliteitseisen)|minimaal\s+moeten|moet(?:en)?\s+[\p{L}\s]{0,45}voldoen\s+aan|voldoen\s+aan\s+(?:alle|de)|(?:variant\p{L}*|zij|ze)\s[^.;]{0,40}?(?:voldo(?:et|en)|beantwoord(?:t|en))\s[\p{L}\s]{0,40}?aan\s+(?:alle|de|het|dezelfde|deze)|dezelfde\s+[\p{L}\s]{0,20}?eisen|(?:exigences|conditions|spécifications|prescriptions)\s+[\p{L}\s]{0,30}?minima(?:les|ux)|exigences\s+minimum|(?:doi(?:t|vent)|devra|devront)\s+[\p{L}\s]{0,30}(?:respecter|satisfaire|répondre)|(?:variantes?|elles?)\s[^.;]{0,40}?(?:respecte|respectent|satisfait|satisfont|répond|répondent)\s[\p{L}\s]{0,30}?(?:aux?|à\s+l['’]|à\s+la|à\s+toutes)|mêmes\s+[\p{L}\s]{0,20}?exigences|minim(?:um|al)\s+[\p{L}\s]{0,30}?requirements?|must\s+[\p{L}\s]{0,30}(?:meet|comply|satisfy|fulfil)|(?:variants?|they|it)\s[^.;]{0,40}?(?:meets?|compl(?:y|ies)\s+with|satisf(?:y|ies)|fulfils?)\s[\p{L}\s]{0,30}?(?:all|the|every)\s[\p{L}\s]{0,30}?(?:requirements?|specifications?|conditions?)|same\s+[\p{L}\s]{0,20}?requirements`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const VARIANT_PREFILTER = factored(/variant|alternat/i);
