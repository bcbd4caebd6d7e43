/**
 * Suggested wording: the Flemish standard ethical clause (ethische clausule) used as a performance
 * condition, with the eight core conventions of Directive 2014/24/EU Annex X, the supply chain and
 * means of verification (plan 2016-2020 section 2.5.2; rule-catalogue.md [V:S12]). Read 2026-11.
 */
import type { Messages } from '@tenderlint/core';

export const ETHICAL_CLAUSE: Messages = {
  nl: 'Ethische clausule (uitvoeringsvoorwaarde): "De opdrachtnemer waarborgt dat de geleverde goederen, doorheen de volledige toeleveringsketen, vervaardigd worden met naleving van de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO), vastgelegd in de IAO-verdragen nrs. 29, 87, 98, 100, 105, 111, 138 en 182. Dit geldt ook voor zijn onderaannemers en leveranciers. Binnen zestig dagen na de sluiting bezorgt hij een lijst van de productiesites en een ingevulde vragenlijst voor zelfevaluatie; de aanbestedende overheid kan de naleving laten nagaan door een audit door een onafhankelijke derde."',
  fr: 'Clause éthique (condition d\'exécution) : « L\'adjudicataire garantit que les fournitures livrées sont produites, tout au long de la chaîne d\'approvisionnement, dans le respect des normes fondamentales du travail de l\'Organisation internationale du travail (OIT), telles que fixées par les conventions de l\'OIT n° 29, 87, 98, 100, 105, 111, 138 et 182. Cette obligation s\'étend à ses sous-traitants et fournisseurs. Dans les soixante jours de la conclusion, il remet la liste des sites de production et un questionnaire d\'auto-évaluation complété ; le pouvoir adjudicateur peut faire vérifier le respect de la clause par un audit mené par un tiers indépendant. »',
  en: 'Ethical clause (contract performance condition): "The contractor guarantees that the goods delivered are produced, throughout the supply chain, in compliance with the core labour standards of the International Labour Organization (ILO) laid down in ILO Conventions Nos. 29, 87, 98, 100, 105, 111, 138 and 182. This applies to its subcontractors and suppliers too. Within sixty days of the award it provides a list of the production sites and a completed self-assessment questionnaire; the contracting authority may have compliance verified by an audit by an independent third party."',
};

/** Names of the segments in the three languages, for messages. */
export const SEGMENT_NAMES: Record<string, Messages> = {
  'natural-stone': { nl: 'natuursteen', fr: 'pierre naturelle', en: 'natural stone' },
  timber: { nl: 'hout', fr: 'bois', en: 'timber' },
  textiles: { nl: 'textiel en werkkledij', fr: 'textiles et vêtements de travail', en: 'textiles and workwear' },
  electronics: { nl: 'elektronica (ICT en telefonie)', fr: 'électronique (TIC et téléphonie)', en: 'electronics (ICT and telephony)' },
  furniture: { nl: 'meubilair', fr: 'mobilier', en: 'furniture' },
};
