/**
 * Payment terms as the rule sees them: read here from the sentences that speak of payment, plus any
 * the fact extractor found elsewhere.
 */
import type { Block, PaymentTermStatement, RuleContext, Sentence } from '@tenderlint/core';
import { parseCount } from '@tenderlint/core';
import { DAY_PHRASE, toCalendarDays } from './data/day-phrase.js';
import { FREQUENCY_BEFORE, JUSTIFICATION_CUE, OTHER_PAYER, PAYMENT_CUE, PAYMENT_PREFILTER, SCHEDULE_BEFORE, TERM_KIND_WORDS } from './data/payment-cues.js';

export interface PaymentTermMention {
  block: Block;
  /** The sentence holding the term (offsets in block.text). */
  sentence: Sentence;
  days: number;
  kind: PaymentTermStatement['kind'];
  justified: boolean;
}

/** How far (characters) a number of days may stand from the words that make it a payment term. */
const MAX_DISTANCE = 110;

export function paymentTermMentions(context: RuleContext): PaymentTermMention[] {
  const seen = new Set<string>();
  const own = readPaymentTerms(context, seen);
  // The extractor may read terms this scan does not (a table row, say); a sentence this scan read is left to it.
  for (const t of context.facts.paymentTerms) {
    const block = context.document.blocks[t.evidence.blockId];
    if (!block) continue;
    const sentence = context.sentences(block).find((s) => t.evidence.start >= s.start && t.evidence.start < s.end) ?? {
      start: t.evidence.start,
      end: t.evidence.end,
      text: block.text.slice(t.evidence.start, t.evidence.end),
    };
    const key = `${block.id}:${sentence.start}`;
    // The extractor reads every payment; this rule is about the authority paying the contractor.
    if (seen.has(key) || OTHER_PAYER.test(sentence.text)) continue;
    if (block.kind !== 'table-cell' && !PAYMENT_CUE.test(sentence.text)) continue;
    seen.add(key);
    own.push({ block, sentence, days: t.days, kind: t.kind, justified: t.justified || JUSTIFICATION_CUE.test(block.text) });
  }
  return own;
}

const DURATION_WORD = /dag|jour|day|maand|mois|month/iu;

/** Reads the terms; `examined` receives every sentence that speaks of payment, term or not. */
function readPaymentTerms(context: RuleContext, examined: Set<string>): PaymentTermMention[] {
  const out: PaymentTermMention[] = [];
  for (const block of context.document.blocks) {
    if (block.table && DURATION_WORD.test(block.text) && !PAYMENT_CUE.test(block.text)) {
      const cell = tableCellTerm(context, block);
      if (cell) out.push(cell);
      continue;
    }
    if (block.kind === 'heading' || !PAYMENT_PREFILTER.test(block.text) || !PAYMENT_CUE.test(block.text)) continue;
    const justifiedBlock = JUSTIFICATION_CUE.test(block.text);
    for (const sentence of context.sentences(block)) {
      if (!PAYMENT_CUE.test(sentence.text)) continue;
      examined.add(`${block.id}:${sentence.start}`);
      if (OTHER_PAYER.test(sentence.text)) continue;
      const cues = termWords(sentence.text);
      for (const m of sentence.text.matchAll(DAY_PHRASE)) {
        const amount = (parseCount(m[1]!) ?? undefined);
        if (amount === undefined || amount === 0) continue;
        const at = m.index!;
        const before = sentence.text.slice(Math.max(0, at - 20), at);
        if (FREQUENCY_BEFORE.test(before) || (SCHEDULE_BEFORE.test(before) && /%/u.test(sentence.text))) continue;
        const cue = nearestCue(cues, at, at + m[0].length);
        if (!cue) continue;
        out.push({ block, sentence, days: toCalendarDays(amount, m[2]!), kind: cue.kind, justified: justifiedBlock });
        break;
      }
    }
  }
  return out;
}

/** A table row "Betalingstermijn | 45 dagen": the days in one cell, the kind of term in a cell before it. */
function tableCellTerm(context: RuleContext, block: Block): PaymentTermMention | undefined {
  const m = DAY_PHRASE.exec(block.text);
  DAY_PHRASE.lastIndex = 0;
  const amount = m ? (parseCount(m[1]!) ?? undefined) : undefined;
  if (!m || !amount || !block.table) return undefined;
  const { index, row } = block.table;
  for (let i = block.id - 1; i >= 0 && i >= block.id - 6; i--) {
    const label = context.document.blocks[i]!;
    if (!label.table || label.table.index !== index || label.table.row !== row) break;
    const cue = termWords(label.text)[0];
    if (!cue || OTHER_PAYER.test(label.text)) continue;
    const sentence = { start: 0, end: block.text.length, text: block.text };
    return { block, sentence, days: toCalendarDays(amount, m[2]!), kind: cue.kind, justified: JUSTIFICATION_CUE.test(block.text) };
  }
  return undefined;
}

interface TermWord {
  kind: 'processing' | 'verification' | 'payment';
  start: number;
  end: number;
}

function termWords(text: string): TermWord[] {
  const found: TermWord[] = [];
  for (const { kind, pattern } of TERM_KIND_WORDS) {
    for (const m of text.matchAll(pattern)) found.push({ kind, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

/** The term word nearest to the days (a word before them wins a tie: "betalingstermijn van 30 dagen"). */
function nearestCue(cues: TermWord[], start: number, end: number): TermWord | undefined {
  let best: TermWord | undefined;
  let bestDistance = Infinity;
  for (const c of cues) {
    const distance = c.end <= start ? start - c.end : c.start >= end ? c.start - end + 1 : 0;
    if (distance < bestDistance || (distance === bestDistance && best && c.kind !== 'payment' && best.kind === 'payment')) {
      best = c;
      bestDistance = distance;
    }
  }
  return bestDistance <= MAX_DISTANCE ? best : undefined;
}
