import type { Rule } from '@tenderlint/core';
import { findReferenceIssues } from './read/references.js';
import { valueFor } from './read/scope.js';
import { formatEuro } from './text/money.js';

/** Dir 2014/24 Annex XII part II (a): references may cover up to five years (works) or three years (supplies, services). */
const MINIMUM_LOOK_BACK = { works: 5, other: 3 } as const;

const rule: Rule = {
  meta: {
    id: 'proportionality/reference-scope',
    pack: 'proportionality',
    principle: ['2.3'],
    legal: 'Richtlijn 2014/24/EU art. 58(4) en bijlage XII, deel II',
    severity: 'warning',
    messages: {
      shortWindow: {
        nl: 'De referenties moeten uit de laatste {years} jaar komen. Voor {type} mag de inschrijver werk van minstens de laatste {minimum} jaar aanvoeren; een kortere periode sluit jonge en kleine ondernemingen uit (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU, bijlage XII). Schrijf "uitgevoerd in de loop van de laatste {minimum} jaar".',
        fr: 'Les références doivent dater des {years} dernières années. Pour {type}, le soumissionnaire peut faire valoir au moins les {minimum} dernières années ; une période plus courte écarte les entreprises jeunes et petites (plan flamand 2.3 ; directive 2014/24/UE, annexe XII). Écrivez « exécutés au cours des {minimum} dernières années ».',
        en: 'References must date from the last {years} years. For {type} a tenderer may rely on at least the last {minimum} years; a shorter period shuts out young and small firms (Flemish procurement plan 2.3; Directive 2014/24/EU Annex XII). Write "carried out in the last {minimum} years".',
      },
      shortWindowMonths: {
        nl: 'De referenties moeten uit de laatste {months} maanden komen. Voor {type} mag de inschrijver werk van minstens de laatste {minimum} jaar aanvoeren; een kortere periode sluit jonge en kleine ondernemingen uit (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU, bijlage XII). Schrijf "uitgevoerd in de loop van de laatste {minimum} jaar".',
        fr: 'Les références doivent dater des {months} derniers mois. Pour {type}, le soumissionnaire peut faire valoir au moins les {minimum} dernières années ; une période plus courte écarte les entreprises jeunes et petites (plan flamand 2.3 ; directive 2014/24/UE, annexe XII). Écrivez « exécutés au cours des {minimum} dernières années ».',
        en: 'References must date from the last {months} months. For {type} a tenderer may rely on at least the last {minimum} years; a shorter period shuts out young and small firms (Flemish procurement plan 2.3; Directive 2014/24/EU Annex XII). Write "carried out in the last {minimum} years".',
      },
      identical: {
        nl: 'De referenties moeten identiek zijn aan deze opdracht. Vraag gelijkaardige opdrachten (vergelijkbaar in aard en omvang): wie nooit exact dezelfde opdracht uitvoerde, is niet minder bekwaam (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 58(4)).',
        fr: 'Les références doivent être identiques au présent marché. Demandez des marchés similaires (comparables par leur nature et leur ampleur) : ne jamais avoir exécuté exactement le même marché ne rend pas moins capable (plan flamand 2.3 ; directive 2014/24/UE, art. 58, §4).',
        en: 'References must be identical to this contract. Ask for similar contracts (comparable in nature and size): never having done exactly the same contract does not make a firm less able (Flemish procurement plan 2.3; Directive 2014/24/EU art. 58(4)).',
      },
      valueAboveContract: {
        nl: 'Eén referentie moet minstens {amount} waard zijn, meer dan de geraamde waarde {scope} ({value}). Een referentie groter dan de opdracht zelf is onevenredig (Vlaams plan overheidsopdrachten 2.3; richtlijn 2014/24/EU art. 58(4)). Vraag een referentiewaarde van hoogstens de waarde {scope}, bijvoorbeeld de helft.',
        fr: 'Une référence doit valoir au moins {amount}, plus que le montant estimé {scope} ({value}). Exiger une référence plus grande que le marché lui-même est disproportionné (plan flamand 2.3 ; directive 2014/24/UE, art. 58, §4). Demandez une valeur de référence qui ne dépasse pas celle {scope}, par exemple la moitié.',
        en: 'One reference must be worth at least {amount}, more than the estimated value {scope} ({value}). A reference larger than the contract itself is disproportionate (Flemish procurement plan 2.3; Directive 2014/24/EU art. 58(4)). Ask a reference value of at most the value {scope}, for instance half of it.',
      },
    },
    suggestions: {
      shortWindow: {
        nl: 'De inschrijver legt referenties voor van gelijkaardige opdrachten, uitgevoerd in de loop van de laatste {minimum} jaar.',
        fr: 'Le soumissionnaire fournit des références de marchés similaires exécutés au cours des {minimum} dernières années.',
        en: 'The tenderer provides references for similar contracts carried out in the last {minimum} years.',
      },
      identical: {
        nl: 'gelijkaardig in aard en omvang aan het voorwerp van deze opdracht',
        fr: 'similaires par leur nature et leur ampleur à l\'objet du présent marché',
        en: 'similar in nature and size to the subject of this contract',
      },
    },
    docs: {
      description: 'Flags reference requirements that go further than needed: too short a look-back period, identical instead of similar work, or one reference worth more than the contract.',
      rationale:
        'Plan 2.3 asks for selection criteria that SMEs can meet. Directive 2014/24/EU Annex XII lets a tenderer show works of the last five years and supplies or services of the last three years; asking less time, identical work, or a single reference larger than the contract (or lot) itself narrows competition without making the selection more reliable.',
      howToFix: 'Ask references of similar work over at least three years (supplies, services) or five years (works), each worth at most the value of the contract or lot.',
      examples: {
        valid: [
          { text: 'De inschrijver legt minstens drie referenties voor van gelijkaardige diensten, uitgevoerd in de loop van de laatste drie jaar.' },
          { text: 'Le soumissionnaire joint une liste d\'au moins trois références de services similaires exécutés au cours des trois dernières années.', lang: 'fr' },
        ],
        invalid: [
          { text: 'De inschrijver legt minstens drie referenties voor van gelijkaardige diensten, uitgevoerd tijdens de laatste twee jaar.', messageId: 'shortWindow' },
          { text: 'De inschrijver legt drie referenties voor van opdrachten die identiek zijn aan het voorwerp van deze opdracht.', messageId: 'identical' },
        ],
      },
    },
  },
  check(context) {
    const works = context.facts.contractType?.value === 'works';
    const minimum = works ? MINIMUM_LOOK_BACK.works : MINIMUM_LOOK_BACK.other;
    const lang = context.language;
    const type = works ? { nl: 'werken', fr: 'des travaux', en: 'works' }[lang] : { nl: 'leveringen en diensten', fr: 'des fournitures et services', en: 'supplies and services' }[lang];
    for (const issue of findReferenceIssues(context, minimum, (lot) => valueFor(context.facts, lot))) {
      if (issue.kind === 'shortWindow' && issue.months !== undefined) {
        context.report({ messageId: 'shortWindowMonths', data: { months: issue.months, minimum, type }, block: issue.block, start: issue.start, end: issue.end, suggestion: { messageId: 'shortWindow', data: { minimum } } });
      } else if (issue.kind === 'shortWindow') {
        context.report({ messageId: 'shortWindow', data: { years: lang === 'en' ? String(Math.round(issue.years! * 10) / 10) : String(Math.round(issue.years! * 10) / 10).replace('.', ','), minimum, type }, block: issue.block, start: issue.start, end: issue.end, suggestion: { messageId: 'shortWindow', data: { minimum } } });
      } else if (issue.kind === 'identical') {
        context.report({ messageId: 'identical', block: issue.block, start: issue.start, end: issue.end, suggestion: { messageId: 'identical' } });
      } else {
        const value = valueFor(context.facts, issue.lot)!;
        const scope = issue.lot === null ? { nl: 'van de opdracht', fr: 'du marché', en: 'of the contract' }[lang] : { nl: `van perceel ${issue.lot}`, fr: `du lot ${issue.lot}`, en: `of lot ${issue.lot}` }[lang];
        context.report({ messageId: 'valueAboveContract', data: { amount: formatEuro(issue.amount!, lang), value: formatEuro(value, lang), scope }, block: issue.block, start: issue.start, end: issue.end });
      }
    }
  },
};

export default rule;
