/**
 * How specifications word an ILO clause, its convention numbers, its reach into the supply chain and
 * the means to verify it. Sources: Flemish standard "ethische clausule" (plan 2016-2020 section 2.5.2;
 * rule-catalogue.md section 2.5, [V:S12]); Directive 2014/24/EU Annex X (the eight core conventions);
 * read 2026-11. nl, fr and en.
 */
import { factored, unicodeWords } from '@tenderlint/core';

/** The eight ILO core conventions of Annex X of Directive 2014/24/EU. */
export const CORE_CONVENTIONS: readonly number[] = [29, 87, 98, 100, 105, 111, 138, 182];

/** A cheap test a block must pass before the cues below are tried (they use Unicode word boundaries). */
export const CLAUSE_PREFILTER = factored(/IAO|ILO|OIT|arbeid|travail|labou?r|clausul|clause|Voorwaarden|slav|esclavage/i);

/** Words that by themselves name an ILO clause. */
export const ILO_CUE =
  unicodeWords(/Internationale Arbeidsorganisatie|Internationaal Arbeidsbureau|Organisation internationale du travail|Bureau international du travail|International Labou?r (?:Organi[sz]ation|Office)|ethische clausule|clause éthique|ethical clause|fundamentele arbeidsnormen|internationale arbeidsnormen|normes internationales du travail|international labou?r standards|fundamentele arbeidsrechten|basisarbeidsnormen|kernarbeidsnormen|normes fondamentales du travail|conventions fondamentales de l['’]OIT|Internationale Sociale Voorwaarden|core labou?r standards|fundamental labou?r (?:standards|rights|conventions)/iu);

/** The acronyms, in capitals only. */
export const ILO_ACRONYM = /\b(?:IAO|ILO)(?![\p{L}])/u;

/** "OIT" is also the Swiss telecommunication ordinance: it names the ILO only beside labour words. */
export const OIT_CUE = unicodeWords(/\bOIT\b/u);
export const OIT_CONTEXT = unicodeWords(/\b(?:conventions?|normes?|travail|fondamenta\w*|Organisation|droits)\b/iu);

/** A sentence that names conventions, so that its numbers are convention numbers. */
export const CONVENTION_WORD = unicodeWords(/\b(?:conventies?|verdragen|verdrag|basisverdragen|conventions?|nrs?|numbers?|numéros?)\b|\bnos?\.|n°|\bC0?\d{2,3}\b/iu);
/** A number, or a "C029" style convention code. */
export const CONVENTION_NUMBER = /(?<![\d.,/])(?:C0?)?(\d{2,3})(?!\d|[.,]\d|\s?%|\s?(?:dagen|jours|days|jaar|ans|years|euro|EUR|€))/gu;

/** The clause reaches beyond the contractor's own staff. */
export const SUPPLY_CHAIN_CUE =
  unicodeWords(/toeleverings(?:keten|-)|productieketen|waardeketen|bevoorradingsketen|\b(?:toe)?leveranciers\b|\bonderaannemers?\b|\bfabrikanten\b|\bproducenten\b|productie(?:sites|locaties|plaatsen|vestigingen|eenheden)|chaîne d['’](?:approvisionnement|production)|chaîne de (?:production|valeur|sous-traitance)|\bfournisseurs\b|\bsous-traitants?\b|\bfabricants\b|sites de production|supply[ -]chains?|value chains?|\bsuppliers\b|\bsub-?contractors?\b|\bmanufacturers\b|production sites|factories/iu);

/** Goods made by others: "de geleverde goederen ... vervaardigd worden", "goods ... are produced". */
export const GOODS_WORD = unicodeWords(/\b(?:goederen|producten|artikelen|geleverde|biens|produits|fournitures|articles|goods|products|items)\b/iu);
export const MADE_WORD = unicodeWords(/\b(?:vervaardigd|geproduceerd|gemaakt|gefabriceerd|fabriqués?|fabriquées?|produites?|confectionnés?|manufactured|produced|made)\b/iu);
export const OWN_STAFF = unicodeWords(/\b(?:eigen|zijn onderneming|propres?|son entreprise|own|its undertaking)\b/iu);

/**
 * Means of verification specific enough to count wherever the document states them, not only in
 * the clause: disclosure of the production sites, and the labour-rights schemes and certificates.
 */
export const DOCUMENT_VERIFICATION_CUE =
  unicodeWords(/productie(?:sites|locaties|plaatsen|vestigingen)|sites de production|lieux de production|production (?:sites|facilities|locations)|factory list|SA ?8000|Fair Wear|\bFWF\b|amfori|\bBSCI\b|Ethical Trading Initiative|Electronics Watch|Responsible Business Alliance|TruStone/iu);

/** A means to verify the clause during execution. */
export const VERIFICATION_CUE =
  unicodeWords(/\baudit\w*|vragenlijst|zelfevaluatie|zelfbeoordeling|self-assessment|questionnaire|auto-?évaluation|\bcertifica\w*|\bcertifi(?:é|ed|cation)\w*|lidmaatschap|\bmembership\b|\bmembre\b|\bmember\b|SA ?8000|Fair Wear|\bFWF\b|amfori|\bBSCI\b|Ethical Trading Initiative|Electronics Watch|Responsible Business Alliance|\bRBA\b|TCO Certified|TruStone|due diligence|gepaste zorgvuldigheid|diligence raisonnable|devoir de vigilance|lijst (?:van|met) (?:de )?(?:productie|fabrie|vestiging)\w*|liste des (?:sites|usines|lieux) de production|list of (?:the )?(?:production|manufacturing) (?:sites|facilities|locations)|list of factories|actieplan|verbeterplan|plan d['’]action|action plan|inspectie\w*|inspections?\b|controles? ter plaatse|contrôles? sur place|on-site (?:checks|inspections)/iu);

/**
 * A ban on forced or child labour without naming the ILO: not an ILO clause, but the high-risk rule
 * accepts it as the clause the segment needs.
 */
export const LABOUR_ABUSE_CUE =
  unicodeWords(/\b(?:dwangarbeid|kinderarbeid|slavernij|travail des enfants|esclavage moderne|forced labou?r|child labou?r|modern slavery)\b|\btravail forcé(?!\p{L})/iu);

/** A sentence that obliges (rule-catalogue "How to read"): naming the ILO in a description is no clause. */
export const REQUIREMENT_CUE =
  unicodeWords(/\b(?:moet|moeten|dient|dienen|zal|zullen|verplicht\w*|verbindt|verbinden|waarborgt|waarborgen|garandeert|garanderen|leeft|naleeft|naleven|na te leven|respecteert|respecteren|ziet|verklaart|eerbiedigt|toepassing|geldt|gelden|doit|doivent|devra|devront|tenu|tenus|engage|garantit|respecte|respectent|veille|applique|applicables?|must|shall|will|ensures?|comply|complies|undertakes?|guarantees?|respects?|applies|apply|required|uitvoeringsvoorwaarden?|conditions? d['’]exécution|performance conditions?|contract conditions?)\b/iu);
