/**
 * Payment terms as the rule sees them: read here from the sentences that speak of payment, plus any
 * the fact extractor found elsewhere.
 */
import type { Block, PaymentTermStatement, RuleContext, Sentence } from '@tenderlint/core';
import { DAY_PHRASE, toCalendarDays } from './data/day-phrase.js';
import { numberValue } from './data/number-words.js';
import { JUSTIFICATION_CUE, OTHER_PAYER, PAYMENT_CUE, PAYMENT_PREFILTER, TERM_KIND_WORDS } from './data/payment-cues.js';

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
  const own = readPaymentTerms(context);
  // The extractor may read terms this scan does not; where both read a sentence, this rule's reading wins.
  const seen = new Set(own.map((m) => `${m.block.id}:${m.sentence.start}`));
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
    if (seen.has(key) || OTHER_PAYER.test(sentence.text) || !PAYMENT_CUE.test(sentence.text)) continue;
    seen.add(key);
    own.push({ block, sentence, days: t.days, kind: t.kind, justified: t.justified || JUSTIFICATION_CUE.test(block.text) });
  }
  return own;
}

function readPaymentTerms(context: RuleContext): PaymentTermMention[] {
  const out: PaymentTermMention[] = [];
  for (const block of context.document.blocks) {
    if (block.kind === 'heading' || !PAYMENT_PREFILTER.test(block.text) || !PAYMENT_CUE.test(block.text)) continue;
    const justifiedBlock = JUSTIFICATION_CUE.test(block.text);
    for (const sentence of context.sentences(block)) {
      if (!PAYMENT_CUE.test(sentence.text) || OTHER_PAYER.test(sentence.text)) continue;
      const cues = termWords(sentence.text);
      for (const m of sentence.text.matchAll(DAY_PHRASE)) {
        const amount = numberValue(m[1]!);
        if (amount === undefined || amount === 0) continue;
        const at = m.index!;
        const cue = nearestCue(cues, at, at + m[0].length);
        if (!cue) continue;
        out.push({ block, sentence, days: toCalendarDays(amount, m[2]!), kind: cue.kind, justified: justifiedBlock });
        break;
      }
    }
  }
  return out;
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
