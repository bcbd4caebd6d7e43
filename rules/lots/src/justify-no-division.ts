import { BELGIAN_TRIGGERS, isBarePreference, type Block, type Rule, type RuleContext } from '@tenderlint/core';
import { COLON_EXPLANATION, CONSEQUENCE, HINTS, LOT_NUMBER, LOTS_PLURAL, NOT_DIVIDED, REASON, SPLITTING } from './data/cues.js';

interface NotDividedStatement {
  block: Block;
  start: number;
  end: number;
}

/** The sentence saying the contract is not divided, from the facts or the text. */
function findStatement(context: RuleContext): NotDividedStatement | undefined {
  const ev = context.facts.lots.notDivided;
  if (ev) {
    const block = context.document.blocks[ev.blockId];
    if (block) {
      const s = context.sentences(block).find((x) => x.start <= ev.start && ev.start < x.end);
      return { block, start: s?.start ?? ev.start, end: s?.end ?? ev.end };
    }
  }
  for (const block of context.document.blocks) {
    if (block.kind === 'heading' || !HINTS.lots.test(block.text) || !NOT_DIVIDED.test(block.text)) continue;
    const s = context.sentences(block).find((x) => NOT_DIVIDED.test(x.text));
    if (s) return { block, start: s.start, end: s.end };
  }
  return undefined;
}

function hasReason(context: RuleContext, statement: NotDividedStatement): boolean {
  // The extractor's reason counts only when it gives a ground; a bare preference ("we willen één aanspreekpunt") does not.
  const factReason = context.facts.lots.notDividedReason;
  if (factReason && (REASON.test(factReason.raw) || COLON_EXPLANATION.test(factReason.raw))) return true;
  const sentence = statement.block.text.slice(statement.start, statement.end);
  // An explanation after a colon counts unless it is a bare preference ("niet in percelen verdeeld: het bestuur verkiest één leverancier").
  const colon = COLON_EXPLANATION.exec(sentence);
  if (colon && !isBarePreference(colon[0])) return true;
  // The reason may follow in the same paragraph, or in the next paragraph of the same section; a sentence
  // whose only "reason" is what the authority prefers ("omdat het bestuur liever één leverancier heeft") gives none.
  if (REASON.test(statement.block.text) && context.sentences(statement.block).some((s) => REASON.test(s.text) && !isBarePreference(s.text))) return true;
  // A reason without "omdat": another sentence of the paragraph says what splitting would cause or what must go together.
  const explains = context.sentences(statement.block).some((s) => s.start >= statement.end && s.text.split(/\s+/u).length >= 8 && CONSEQUENCE.test(s.text) && (SPLITTING.test(s.text) || /één|single|one|un\s+seul|seule/iu.test(s.text) || /\b(?:moeten|must|doivent)\b/iu.test(s.text)));
  if (explains) return true;
  const next = context.document.blocks[statement.block.id + 1];
  return !!next && next.kind !== 'heading' && next.headingId === statement.block.headingId && REASON.test(next.text) && /\bperce|\blots?\b|opsplits|verdel|division|split/iu.test(next.text) && !isBarePreference(next.text);
}

const rule: Rule = {
  meta: {
    id: 'lots/justify-no-division',
    pack: 'lots',
    principle: ['2.1', '2.3'],
    legal: 'Wet 17 juni 2016, art. 58; richtlijn 2014/24/EU art. 46(1)',
    severity: 'error',
    messages: {
      noReason: {
        nl: 'De opdracht ({value} excl. btw) wordt niet in percelen verdeeld, maar de reden daarvoor ontbreekt. Vanaf {threshold} moet de aanbestedende overheid de verdeling in percelen overwegen en motiveren waarom ze dat niet doet (Wet 17 juni 2016, art. 58; Vlaams plan overheidsopdrachten 2.1 en 2.3: kleinere percelen geven kmo\'s een kans). Verdeel de opdracht in percelen of schrijf de objectieve reden erbij (technische eenheid, coördinatie, kosten).',
        fr: 'Le marché ({value} HTVA) n\'est pas divisé en lots, sans que la raison en soit donnée. À partir de {threshold}, le pouvoir adjudicateur doit envisager la division en lots et motiver pourquoi il y renonce (loi du 17 juin 2016, art. 58 ; plan flamand 2.1 et 2.3 : des lots plus petits ouvrent le marché aux PME). Divisez le marché en lots ou indiquez la raison objective (unité technique, coordination, coût).',
        en: 'The contract ({value} excl. VAT) is not divided into lots, and no reason is given. From {threshold} the authority must consider dividing into lots and state why it does not (Belgian law of 17 June 2016 art. 58; Directive 2014/24/EU art. 46(1); Flemish procurement plan 2.1 and 2.3: smaller lots give SMEs a chance). Divide the contract into lots or state the objective reason (technical unity, coordination, cost).',
      },
    },
    suggestions: {
      noReason: {
        nl: 'De opdracht wordt niet in percelen verdeeld omdat [objectieve reden: bv. ontwerp, levering en onderhoud vormen technisch één geheel].',
        fr: 'Le marché n\'est pas divisé en lots parce que [raison objective : p. ex. la conception, la livraison et l\'entretien forment un tout technique].',
        en: 'The contract is not divided into lots because [objective reason: e.g. design, delivery and maintenance form one technical whole].',
      },
    },
    docs: {
      description: 'Flags a contract of €140,000 or more that is not divided into lots and gives no reason for it.',
      rationale:
        'Plan 2.1 and 2.3 ask to open contracts to SMEs through lots. Article 58 of the Belgian law of 17 June 2016 (Directive 2014/24/EU art. 46(1)) obliges the authority, from the federal threshold of €140,000 (2026-2027), to consider dividing the contract into lots and to state the main reasons when it does not. A bare preference ("één aanspreekpunt behouden") is not a reason.',
      howToFix: 'Divide the contract into lots, or give the objective reason for not doing so in the same paragraph (technical unity, coordination on one site, cost, market structure).',
      examples: {
        valid: [
          { text: 'De geraamde waarde van de opdracht bedraagt € 500.000 excl. btw.\n\nDe opdracht wordt niet in percelen verdeeld omdat ontwerp, levering en onderhoud technisch één geheel vormen.' },
          { text: 'De geraamde waarde van de opdracht bedraagt € 90.000 excl. btw.\n\nDe opdracht wordt niet in percelen verdeeld.', note: 'Onder € 140.000.' },
        ],
        invalid: [
          { text: 'De geraamde waarde van de opdracht bedraagt € 500.000 excl. btw.\n\nDe opdracht wordt niet in percelen verdeeld.', messageId: 'noReason' },
        ],
      },
    },
  },
  check(context) {
    const value = context.facts.estimatedValue?.value;
    if (!value || value.currency !== 'EUR' || value.amount < BELGIAN_TRIGGERS.lotsDivision) return;
    const lots = context.facts.lots;
    if (lots.divided === true || (lots.count ?? 0) > 1 || lots.lots.length > 1) return;
    const statement = findStatement(context);
    if (statement) {
      if (hasReason(context, statement)) return;
      return reportAt(context, statement.block, statement.start, statement.end, value.amount, false);
    }
    // No word about lots at all: the reason is missing where the lots would be described.
    if (lots.divided === null && context.document.blocks.some((b) => HINTS.lots.test(b.text) && (LOT_NUMBER.test(b.text) || LOTS_PLURAL.test(b.text)))) return;
    const anchor = context.anchorFor('lots', 'subject');
    if (anchor) reportAt(context, anchor, 0, anchor.text.length, value.amount, true);
  },
};

function reportAt(context: RuleContext, block: Block, start: number, end: number, amount: number, missing: boolean): void {
  const format = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, context.language === 'en' ? ',' : '.');
  const cur = (n: number) => (context.language === 'fr' ? `${format(n)} €` : `€ ${format(n)}`);
  context.report({
    messageId: 'noReason',
    data: { value: cur(amount), threshold: cur(BELGIAN_TRIGGERS.lotsDivision) },
    block,
    start,
    end,
    missing,
    suggestion: { messageId: 'noReason' },
  });
}

export default rule;
