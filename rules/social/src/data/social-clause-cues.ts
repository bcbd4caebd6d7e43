/**
 * How specifications word a social clause, a reserved contract, and a reason for leaving the clause
 * out. Sources: plan 2016-2020 §2.5.2; Directive 2014/24/EU art. 20 and 70; Wet 17 juni 2016 art. 15;
 * federal circular of 16 May 2014 on social clauses (rule-catalogue.md sections 1 and 2.4). Read 2026-11. nl, fr, en.
 */
import { unicodeWords } from '@tenderlint/core';

/** A social clause: employment, traineeship or training of vulnerable groups, or social-economy subcontracting. */
export const SOCIAL_CLAUSE_CUE =
  unicodeWords(/sociale clausule|sociale clausules|kansengroep\w*|doelgroepwerknemers?|maatwerkbedrijf\w*|maatwerkafdeling\w*|sociale[ -]economie|sociale[ -]economiebedrijf\w*|arbeidszorg|stageplaats\w*|\bstagiair\w*|werkplekleren|duaal (?:leren|onderwijs)|werkervaringsplaats\w*|werkervaringstraject\w*|leerwerkplek\w*|opleidingsplaats\w*|langdurig werkzoekend\w*|kwetsbare groepen|werkzoekenden|arbeidshandicap|arbeidsbeperking|maatwerkbedrijven|clauses? sociales?|insertion socio-?professionnelle|\b[CO]ISP\b|économie sociale|entreprises? de travail adapté|entreprises? sociales?|\bstagiaires?\b|demandeurs? d['’]emploi|personnes handicapées|Bruxelles Formation|\bForem\b|\bActiris\b|\bapprentis\b|contrats? d['’]apprentissage|social clauses?|social value|community benefits?|apprentices?(?:hips?)?|\btrainees?(?:hips?)?\b|work placements?|vulnerable groups?|disadvantaged (?:people|persons|workers|groups)|long-term unemployed|social enterprises?|supported (?:businesses|factories|employment)|lived experience/iu);

/** The contract is reserved for sheltered workshops or social-economy operators. */
export const RESERVED_CUE =
  unicodeWords(/voorbehouden (?:opdracht|overheidsopdracht|aan)|opdracht (?:is )?voorbehouden|marchés? réservés?|réservé aux|reserved (?:contract|for)|contract is reserved|artikel 15 van de wet|article 15 de la loi/iu);

/** A sentence that says the clause is left out. */
export const LEFT_OUT_CUE = unicodeWords(/\b(?:geen|niet|no|not|without|pas|aucune?|sans|ni)\b/iu);

/** The text under a heading says the clause does not apply. */
export const NOT_APPLICABLE = unicodeWords(/^\s*(?:niet van toepassing|n\.v\.t|nvt|geen|néant|sans objet|non applicable|pas d['’]application|not applicable|n\/a|none)\b/iu);

/** A reason word ("omdat", "gelet op", "because", "parce que", ...). */
export const REASON_CUE =
  unicodeWords(/\b(?:omdat|aangezien|gelet op|wegens|vanwege|door de aard|gezien|gerechtvaardigd|motivering|because|since|given|due to|owing to|as the|parce que|puisque|vu|en raison|compte tenu|justifi\w*)\b|(?<!\p{L})étant donné(?!\p{L})/iu);
