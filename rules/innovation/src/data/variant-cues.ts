/**
 * Variants wording in nl, fr and en. Source: Dir 2014/24/EU art. 45;
 * wording of Belgian specifications (vrije, vereiste en facultatieve varianten). Checked November 2026.
 */
import { words } from './words.js';

const variant = String.raw`(?:vrije\s+|verplichte\s+|facultatieve\s+|vereiste\s+)?varianten?|variantes?(?:\s+(?:libres?|exigées?|obligatoires?|facultatives?|autorisées?))?|variants?|alternatieve\s+offertes?|offres?\s+alternatives?|alternative\s+(?:offers?|tenders?|bids?|solutions?)|alternate\s+(?:quotes?|proposals?|offers?|bids?)`;
const allowed = String.raw`toegestaan|toegelaten|aanvaard|verplicht\p{L}*|vereist|autoris[ée]\p{L}*|admis\p{L}*|permis\p{L}*|accept[ée]\p{L}*|exig[ée]\p{L}*|obligatoire\p{L}*|permitted|allowed|accepted|required|invited|encouraged|welcome\p{L}*`;
// "kan", "may": allowing only when the tenderer offers the variant ("mag varianten indienen").
const mayOffer = String.raw`(?:mag|mogen|kan|kunnen|peut|peuvent|may|can)\s+[\p{L}\s]{0,60}?(?:${variant})\s+[\p{L}\s]{0,45}?(?:indienen|voorstellen|aanbieden|offreren|in\s+te\s+dienen|proposer|présenter|remettre|déposer|submit|propose|offer|tender)|(?:mag|mogen|kan|kunnen|peut|peuvent|may|can)\s+[\p{L}\s]{0,30}?(?:indienen|voorstellen|aanbieden|proposer|présenter|remettre|déposer|submit|propose|offer|tender)\s+[\p{L}\s]{0,30}?(?:${variant})`;

/** A variant word near a word allowing or requiring it, either order, within one clause. */
export const VARIANT_ALLOWED = words(String.raw`${mayOffer}|(?:${variant})\s*:\s*(?:${allowed})|(?:${variant})[^.;:]{0,60}?(?:${allowed})|(?:${allowed})[^.;:]{0,40}?(?:${variant})`);

export const VARIANT = words(variant);

/** The sentence forbids variants. */
export const FORBIDDEN = words(String.raw`niet|geen|verboden|uitgesloten|pas|ne|n['’]|interdite?s?|exclues?|not|no|prohibited|forbidden|excluded`);

/** Minimum requirements for variants, or variants held to those of the base tender. */
export const MINIMUM_REQUIREMENTS = words(
  String.raw`minimumeis\p{L}*|minimale\s+eisen|minimumvereiste\p{L}*|minimale\s+vereisten|minimaal\s+moeten|moet(?:en)?\s+[\p{L}\s]{0,45}voldoen\s+aan|voldoen\s+aan\s+(?:alle|de)|dezelfde\s+eisen|exigences\s+minimales|exigences\s+minimum|doivent\s+[\p{L}\s]{0,30}(?:respecter|satisfaire|répondre)|mêmes\s+exigences|minimum\s+requirements?|minimal\s+requirements?|must\s+[\p{L}\s]{0,30}(?:meet|comply|satisfy|fulfil)|same\s+requirements`,
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const VARIANT_PREFILTER = /variant|alternat/i;
