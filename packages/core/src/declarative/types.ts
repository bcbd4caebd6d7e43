/** The shape of a declarative rule file (see rule-schema.json, which is the authority). */
import type { BlockKind } from '../document.js';
import type { Messages, RuleDocs } from '../rule.js';
import type { Severity } from '../finding.js';
import type { SectionKind } from '../facts/types.js';
import type { ReferenceKind } from '../text/equivalence.js';

export interface PatternSpec {
  words?: string[];
  terms?: { nl?: string[]; fr?: string[]; en?: string[] };
  regex?: string;
  caseSensitive?: boolean;
  anyOf?: PatternSpec[];
}

export type Within = 'match' | 'around' | 'sentence' | 'sentence-or-next' | 'paragraph' | 'section' | 'document';

export interface ConditionSpec {
  pattern: PatternSpec;
  within: Within;
  chars?: number;
}

export type ExceptionSpec = ConditionSpec | { generalEquivalenceClause: ReferenceKind[] };

export interface ForbidSpec {
  messageId: string;
  suggestion?: string;
  pattern: PatternSpec;
  with?: ConditionSpec[];
  unless?: ExceptionSpec[];
  report?: 'match' | 'sentence';
  once?: 'sentence' | 'paragraph' | 'document';
}

export interface RequireSpec {
  messageId: string;
  suggestion?: string;
  pattern: PatternSpec;
  within?: 'scope' | 'document';
  anchor?: SectionKind[];
}

export interface ScopeSpec {
  sections?: SectionKind[];
  exceptSections?: SectionKind[];
  exceptHeadings?: PatternSpec;
  blockKinds?: BlockKind[];
}

export interface JsonRuleFile {
  $schema?: string;
  id: string;
  pack: string;
  principle: string[];
  legal: string;
  severity: Severity;
  messages: Record<string, Messages>;
  suggestions?: Record<string, Messages>;
  docs: RuleDocs;
  when?: unknown;
  scope?: ScopeSpec;
  forbid?: ForbidSpec[];
  require?: RequireSpec[];
}
