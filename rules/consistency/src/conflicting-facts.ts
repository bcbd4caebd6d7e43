import { parseCount, positionAt, type Evidence, type Rule, type RuleContext, type ValueStatement } from '@tenderlint/core';
import { CHANGE, LOT_COUNT } from './data/cues.js';

type FactKind = 'value' | 'deadline' | 'lots' | 'paymentTerm';

interface Statement<T> {
  value: T;
  evidence: Evidence;
}

interface Amount {
  amount: number;
  /** Written in a rounded form ("1,12 miljoen euro", "250 k€"). */
  rounded: boolean;
}

const ROUNDED_FORM = /\b(?:miljoen|miljard|millions?|milliards?|billion|mio|mln)\b|k€|\bKEUR\b|\bk\s*EUR\b/iu;

/** Two amounts are the same value when equal within half a percent, or when one is written rounded and the other rounds to it. */
function sameAmount(a: Amount, b: Amount): boolean {
  if (Math.abs(a.amount - b.amount) <= Math.max(1, 0.005 * Math.max(a.amount, b.amount))) return true;
  for (const [r, o] of [[a, b], [b, a]] as const) {
    if (!r.rounded) continue;
    const digits = String(Math.round(r.amount)).replace(/0+$/u, '').length || 1;
    if (Number(o.amount.toPrecision(digits)) === r.amount) return true;
  }
  return false;
}

/** ISO date-times agree when their dates agree and, when both give a time, their times too. */
function sameDeadline(a: string, b: string): boolean {
  if (a.slice(0, 10) !== b.slice(0, 10)) return false;
  return a.length <= 10 || b.length <= 10 || a.slice(11, 16) === b.slice(11, 16);
}

const rule: Rule = {
  meta: {
    id: 'consistency/conflicting-facts',
    pack: 'consistency',
    principle: ['2.3', '2.4'],
    legal: 'Transparantie en gelijke behandeling: richtlijn 2014/24/EU art. 18(1)',
    severity: 'error',
    messages: {
      conflict: {
        nl: '{fact} staat hier als "{second}", maar eerder (regel {line}) als "{first}". Tegenstrijdige gegevens maken het bestek onduidelijk en kunnen tot betwisting of een onregelmatige gunning leiden (Vlaams plan overheidsopdrachten 2.3: heldere, transparante bewoordingen). Gebruik overal hetzelfde gegeven, of zeg uitdrukkelijk dat het gewijzigd is.',
        fr: '{fact} figure ici comme « {second} », mais plus haut (ligne {line}) comme « {first} ». Des données contradictoires rendent le cahier des charges ambigu et exposent à des contestations (plan flamand 2.3 : formulation claire et transparente). Utilisez partout la même donnée, ou indiquez expressément qu\'elle a été modifiée.',
        en: '{fact} is given here as "{second}", but earlier (line {line}) as "{first}". Conflicting data make the specification unclear and invite challenges (Flemish procurement plan 2.3: clear, transparent wording). Use the same figure everywhere, or say explicitly that it was changed.',
      },
    },
    docs: {
      description: 'Flags a key fact stated twice with different values: the estimated value (same scope), the deadline for tenders, the number of lots, the payment term.',
      rationale:
        'Plan 2.3 asks for clear, accessible and transparent wording. Two different deadlines or values in one specification leave tenderers guessing, break equal treatment (Directive 2014/24/EU art. 18(1)) and invite challenges. The same value in another format or another scope (a lot against the whole, a year against the full term) is not a conflict, nor is a later value the text presents as a change.',
      howToFix: 'Keep one statement of each fact (refer to it elsewhere), or say in the later statement that it replaces the earlier one.',
      examples: {
        valid: [
          { text: 'De geraamde waarde van de opdracht bedraagt € 250.000 excl. btw.\n\nDe opdracht wordt geraamd op 250 000 EUR excl. btw.' },
        ],
        invalid: [
          { text: 'De geraamde waarde van de opdracht bedraagt € 118.000,00 excl. btw.\n\nDe opdracht is geraamd op 128.000 euro excl. btw.', messageId: 'conflict' },
        ],
      },
    },
  },
  check(context) {
    const facts = context.facts;
    const euro = (v: Amount) => String(Math.round(v.amount)).replace(/\B(?=(\d{3})+(?!\d))/g, context.language === 'en' ? ',' : '.');
    const totals = facts.values.filter((v) => v.scope === 'total' && v.value.currency === 'EUR');
    compare(context, 'value', totals.map(toAmount), sameAmount, euro);
    const lotNumbers = [...new Set(facts.values.filter((v) => v.scope === 'lot' && v.lot !== undefined).map((v) => v.lot!))];
    for (const lot of lotNumbers) {
      const stated = facts.values.filter((v) => v.scope === 'lot' && v.lot === lot && v.value.currency === 'EUR');
      compare(context, 'value', stated.map(toAmount), sameAmount, euro);
    }
    compare(context, 'deadline', facts.deadline, sameDeadline, (d) => d);
    compare(context, 'lots', lotCountStatements(context), (a, b) => a === b, String);
    for (const kind of ['processing', 'verification', 'payment'] as const) {
      compare(context, 'paymentTerm', facts.paymentTerms.filter((p) => p.kind === kind).map((p) => ({ value: p.days, evidence: p.evidence })), (a, b) => a === b, String);
    }
  },
};

const LOTS_WORD = /percelen|lots/iu;

/** The extractor's statements of the number of lots, with those it missed read from the text, in document order. */
function lotCountStatements(context: RuleContext): Statement<number>[] {
  const out: Statement<number>[] = [...context.facts.lots.countStatements];
  for (const block of context.document.blocks) {
    if (!LOTS_WORD.test(block.text)) continue;
    for (const re of LOT_COUNT) {
      re.lastIndex = 0;
      for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
        const n = parseCount(m[1]!);
        const start = m.index;
        const end = start + m[0].length;
        if (n === null || n < 1 || out.some((s) => s.evidence.blockId === block.id && s.evidence.start < end && start < s.evidence.end)) continue;
        out.push({ value: n, evidence: { blockId: block.id, start, end, raw: m[0] } });
      }
    }
  }
  return out.sort((a, b) => a.evidence.blockId - b.evidence.blockId || a.evidence.start - b.evidence.start);
}

const toAmount = (v: ValueStatement): Statement<Amount> => ({ value: { amount: v.value.amount, rounded: ROUNDED_FORM.test(v.evidence.raw) }, evidence: v.evidence });

const FACT_NAMES: Record<FactKind, { nl: string; fr: string; en: string }> = {
  value: { nl: 'De geraamde waarde', fr: 'Le montant estimé', en: 'The estimated value' },
  deadline: { nl: 'De uiterste datum voor de offertes', fr: 'La date limite de réception des offres', en: 'The time limit for tenders' },
  lots: { nl: 'Het aantal percelen', fr: 'Le nombre de lots', en: 'The number of lots' },
  paymentTerm: { nl: 'De betalingstermijn', fr: 'Le délai de paiement', en: 'The payment term' },
};

/** Reports each statement that differs from the first one, once per new value, unless it says it is a change. */
function compare<T>(context: RuleContext, fact: FactKind, statements: Statement<T>[], same: (a: T, b: T) => boolean, show: (v: T) => string): void {
  const first = statements[0];
  if (!first) return;
  const reported: T[] = [];
  for (const s of statements.slice(1)) {
    if (same(first.value, s.value) || reported.some((r) => same(r, s.value))) continue;
    const block = context.document.blocks[s.evidence.blockId];
    if (!block) continue;
    const sentence = context.sentences(block).find((x) => x.start <= s.evidence.start && s.evidence.start < x.end);
    if (CHANGE.test(sentence?.text ?? block.text)) continue;
    reported.push(s.value);
    const firstBlock = context.document.blocks[first.evidence.blockId];
    const line = firstBlock ? positionAt(firstBlock, first.evidence.start).line : 1;
    context.report({
      messageId: 'conflict',
      data: { fact: FACT_NAMES[fact][context.language], first: first.evidence.raw || show(first.value), second: s.evidence.raw || show(s.value), line },
      block,
      start: sentence?.start ?? s.evidence.start,
      end: sentence?.end ?? s.evidence.end,
    });
  }
}

export default rule;
