import { spanOf, type Block, type Lang, type TenderDocument } from './document.js';
import type { Facts, SectionKind } from './facts/types.js';
import { spanToLocation, type Finding, type Severity } from './finding.js';
import { formatMessage, pickMessage } from './messages.js';
import type { ReportDescriptor, Rule, RuleContext } from './rule.js';
import { splitSentences, type Sentence } from './text/sentences.js';

/** What every rule of one lint run shares: sentences are split once per block. */
export interface SharedState {
  document: TenderDocument;
  facts: Facts;
  language: Lang;
  sentenceCache: Map<number, Sentence[]>;
}

export function createContext(
  shared: SharedState,
  rule: Rule,
  severity: Severity,
  options: Record<string, unknown>,
  sink: Finding[],
): RuleContext {
  const { document, facts, language } = shared;
  const meta = rule.meta;
  const sentences = (block: Block) => {
    let s = shared.sentenceCache.get(block.id);
    if (!s) {
      s = splitSentences(block.text);
      shared.sentenceCache.set(block.id, s);
    }
    return s;
  };
  const blocksIn = (...kinds: SectionKind[]) =>
    kinds.length ? document.blocks.filter((b) => kinds.includes(facts.sections[b.id] ?? 'other')) : document.blocks;
  const anchorFor = (...kinds: SectionKind[]): Block | undefined => {
    for (const k of kinds) {
      const id = facts.sectionHeadings[k];
      if (id !== undefined) return document.blocks[id];
    }
    if (facts.subjectBlock !== null) return document.blocks[facts.subjectBlock];
    return document.blocks[0];
  };
  const report = (d: ReportDescriptor) => {
    const messages = meta.messages[d.messageId];
    if (!messages) throw new Error(`rule ${meta.id} reported unknown message id "${d.messageId}"`);
    const block = typeof d.block === 'number' ? document.blocks[d.block] : d.block;
    let location: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;
    let start = 0;
    let end = 0;
    if (block) {
      start = Math.max(0, Math.min(d.start ?? 0, block.text.length));
      end = Math.max(start, Math.min(d.end ?? block.text.length, block.text.length));
      location = spanToLocation(spanOf(block, start, end));
    } else {
      location = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
    const finding: Finding = {
      ruleId: meta.id,
      messageId: d.messageId,
      severity: d.severity ?? severity,
      message: formatMessage(pickMessage(messages, language), d.data),
      principle: meta.principle,
      legal: meta.legal,
      blockId: block ? block.id : -1,
      start,
      end,
      ...location,
    };
    if (d.missing) finding.missing = true;
    if (meta.docsUrl) finding.docsUrl = meta.docsUrl;
    if (d.suggestion) {
      if ('text' in d.suggestion) finding.suggestion = d.suggestion;
      else {
        const s = meta.suggestions?.[d.suggestion.messageId];
        if (!s) throw new Error(`rule ${meta.id} suggested unknown suggestion id "${d.suggestion.messageId}"`);
        finding.suggestion = { text: formatMessage(pickMessage(s, language), d.suggestion.data), replace: d.suggestion.replace ?? false };
      }
    }
    sink.push(finding);
  };
  return { document, facts, language, options, severity, sentences, blocksIn, anchorFor, report };
}
