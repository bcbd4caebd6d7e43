import { anyOf, BELGIAN_TRIGGERS, type Block, type Rule, type RuleContext } from '@tenderlint/core';
import { formatNumber } from './format-number.js';
import { LEFT_OUT_CUE, NOT_APPLICABLE, REASON_CUE, RESERVED_CUE, SOCIAL_CLAUSE_CUE } from './data/social-clause-cues.js';

const DEFAULTS = { servicesFrom: BELGIAN_TRIGGERS.socialClauseServices, worksFrom: BELGIAN_TRIGGERS.socialClauseWorks };

/** The euro value of the whole contract: the stated total, else the smallest total statement. */
function contractValue(context: RuleContext): number | null {
  const { estimatedValue, values } = context.facts;
  if (estimatedValue) return estimatedValue.value.currency === 'EUR' ? estimatedValue.value.amount : null;
  const totals = values.filter((v) => v.scope === 'total' && v.value.currency === 'EUR').map((v) => v.value.amount);
  return totals.length ? Math.min(...totals) : null;
}

type Found = 'clause' | 'reason' | null;

const mayHoldCue = anyOf(SOCIAL_CLAUSE_CUE, RESERVED_CUE);

/** A negation near the words of the clause: "geen sociale clausule", "a social clause ... is not included". */
function leftOut(sentence: string): boolean {
  const m = SOCIAL_CLAUSE_CUE.exec(sentence);
  if (!m) return false;
  return LEFT_OUT_CUE.test(sentence.slice(Math.max(0, m.index - 50), m.index + m[0].length + 60));
}

/** Whether a block imposes a social clause, or says it is left out and why. */
function readBlock(context: RuleContext, block: Block, next: Block | undefined): Found {
  if (!mayHoldCue(block.text) || (!SOCIAL_CLAUSE_CUE.test(block.text) && !RESERVED_CUE.test(block.text))) return null;
  if (block.kind === 'heading') {
    // A heading "Sociale clausule" over "Niet van toepassing." imposes nothing.
    const under = next && next.headingId === block.id ? next.text : '';
    return NOT_APPLICABLE.test(under) ? null : 'clause';
  }
  let found: Found = null;
  for (const s of context.sentences(block)) {
    if (RESERVED_CUE.test(s.text) && !LEFT_OUT_CUE.test(s.text)) return 'clause';
    if (!SOCIAL_CLAUSE_CUE.test(s.text)) continue;
    if (!leftOut(s.text)) return 'clause';
    // "Er is geen sociale clausule, omdat ..." or the reason in the same paragraph.
    if (REASON_CUE.test(s.text) || REASON_CUE.test(block.text)) found = 'reason';
  }
  return found;
}

const rule: Rule = {
  meta: {
    id: 'social/social-clause',
    pack: 'social',
    principle: ['2.5.2'],
    legal: 'Plan 2016-2020 §2.5.2; Dir. 2014/24/EU art. 20 en 70; omzendbrief van 16 mei 2014',
    severity: 'warning',
    optionsSchema: {
      type: 'object',
      properties: { servicesFrom: { type: 'number', minimum: 0 }, worksFrom: { type: 'number', minimum: 0 } },
      additionalProperties: false,
    },
    defaultOptions: DEFAULTS,
    messages: {
      missing: {
        nl: 'Deze opdracht voor {type} heeft een geraamde waarde van {value} euro (vanaf {trigger} euro), maar bevat geen sociale clausule, is geen voorbehouden opdracht en het bestek geeft geen reden waarom een sociale clausule ontbreekt. Het Vlaams plan overheidsopdrachten (§2.5.2) vraagt vanaf dit bedrag een sociale clausule als uitvoeringsvoorwaarde (artikel 70 van richtlijn 2014/24/EU), zoals werk, stage of opleiding voor kansengroepen of onderaanneming door de sociale economie. Neem er een op, of motiveer waarom de opdracht zich er niet toe leent.',
        fr: 'Ce marché de {type} a une valeur estimée de {value} euros (seuil : {trigger} euros), mais il ne contient pas de clause sociale, n\'est pas réservé et le cahier des charges ne dit pas pourquoi la clause sociale est absente. Le plan flamand des marchés publics (§2.5.2) demande à partir de ce montant une clause sociale comme condition d\'exécution (article 70 de la directive 2014/24/UE) : emploi, stage ou formation de groupes vulnérables, ou sous-traitance à l\'économie sociale. Insérez-en une, ou motivez pourquoi le marché ne s\'y prête pas.',
        en: 'This {type} contract has an estimated value of EUR {value} (trigger: EUR {trigger}), but it has no social clause, is not reserved, and the specification gives no reason for leaving a social clause out. The Flemish public procurement plan (§2.5.2) asks for a social clause as a performance condition from this amount (Article 70 of Directive 2014/24/EU): employment, traineeships or training for vulnerable groups, or subcontracting to the social economy. Add one, or say why the contract does not lend itself to one.',
      },
    },
    suggestions: {
      clause: {
        nl: 'Sociale clausule (uitvoeringsvoorwaarde): "Tijdens de uitvoering van de opdracht zet de opdrachtnemer minstens [x] % van de arbeidsuren in voor de opleiding of tewerkstelling van personen uit kansengroepen (langdurig werkzoekenden, leerlingen of cursisten uit een beroepsopleiding, personen met een arbeidsbeperking), of besteedt hij een deel van de opdracht ter waarde van minstens [x] % uit aan een maatwerkbedrijf of een ander sociale-economiebedrijf."',
        fr: 'Clause sociale (condition d\'exécution) : « Pendant l\'exécution du marché, l\'adjudicataire consacre au moins [x] % des heures de travail à la formation ou à l\'emploi de personnes de groupes vulnérables (demandeurs d\'emploi de longue durée, stagiaires en formation professionnelle, personnes handicapées), ou sous-traite une partie du marché d\'au moins [x] % à une entreprise de travail adapté ou à une autre entreprise d\'économie sociale. »',
        en: 'Social clause (performance condition): "During the performance of the contract the contractor devotes at least [x] % of the working hours to training or employing people from vulnerable groups (long-term unemployed, vocational trainees, people with disabilities), or subcontracts at least [x] % of the contract to a sheltered workshop or another social-economy enterprise."',
      },
    },
    docs: {
      description: 'A services contract from €70,000 or a works contract from €990,000 must have a social clause, be reserved, or say why it has none.',
      rationale:
        'Public contracts are a lever to give jobs, traineeships and training to people far from the labour market. The Flemish plan 2016-2020 (§2.5.2) asks for social clauses in larger services and works contracts, and the federal circular of 16 May 2014 asks authorities to give their reasons when they leave one out. Directive 2014/24/EU allows social performance conditions (art. 70) and reserved contracts (art. 20). Supplies contracts are out of scope; a mixed contract follows its main subject.',
      howToFix:
        'Add a social clause as a performance condition (a share of hours for trainees or people from vulnerable groups, or social-economy subcontracting), or reserve the contract, or write the reason why the contract does not lend itself to a social clause (for example very short expert assignments). The amounts are options: servicesFrom and worksFrom.',
      examples: {
        valid: [
          {
            text: '# Schoonmaak van gemeentelijke gebouwen\n\nDe geraamde waarde van de opdracht bedraagt € 250.000 excl. btw.\n\n## Sociale clausule\n\nDe opdrachtnemer zet tijdens de uitvoering minstens één voltijds equivalent in uit een kansengroep, via de VDAB of een maatwerkbedrijf.',
            note: 'A social clause.',
          },
          {
            text: '# Levering van laptops\n\nDe opdracht is een opdracht voor leveringen. De geraamde waarde bedraagt € 540.000 excl. btw.',
            note: 'Supplies are out of scope.',
          },
        ],
        invalid: [
          {
            text: '# Studieopdracht mobiliteitsplan\n\nDeze opdracht voor diensten heeft een geraamde waarde van € 118.000 excl. btw.\n\n## Uitvoering\n\nDe opdrachtnemer levert het ontwerp van mobiliteitsplan binnen zes maanden op.',
            messageId: 'missing',
            note: 'Services from €70,000 with no social clause, not reserved, no reason.',
          },
        ],
      },
    },
  },
  check(context) {
    const type = context.facts.contractType?.value;
    if (type !== 'services' && type !== 'works') return;
    const value = contractValue(context);
    if (value === null) return;
    const options = { ...DEFAULTS, ...context.options } as typeof DEFAULTS;
    const trigger = type === 'works' ? options.worksFrom : options.servicesFrom;
    if (value < trigger) return;
    let reason = false;
    const blocks = context.document.blocks;
    for (const block of blocks) {
      const found = readBlock(context, block, blocks[block.id + 1]);
      if (found === 'clause') return;
      if (found === 'reason') reason = true;
    }
    if (reason) return;
    const names = { nl: { works: 'werken', services: 'diensten' }, fr: { works: 'travaux', services: 'services' }, en: { works: 'works', services: 'services' } };
    context.report({
      messageId: 'missing',
      data: { type: names[context.language][type], value: formatNumber(value, context.language), trigger: formatNumber(trigger, context.language) },
      block: context.anchorFor('execution', 'subject'),
      missing: true,
      suggestion: { messageId: 'clause' },
    });
  },
};

export default rule;
