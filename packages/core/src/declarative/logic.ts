/**
 * json-logic over the facts, with the procurement operations a rule file may use. The data a
 * condition sees is the public JSON of `tenderlint facts` plus `block` (the section kind and lot of
 * the block being checked, when the condition is evaluated for a block).
 */
import jsonLogic from 'json-logic-js';
import { ACCREDITATION_CLASS_LIMITS, requiredAccreditationClass } from '../data/accreditation-classes.js';
import { BELGIAN_TRIGGERS, euThreshold } from '../data/thresholds.js';
import { euroValueOf } from '../facts/lot-scope.js';
import type { Facts, PublicFacts, SectionKind } from '../facts/types.js';

/** What a block-level condition is evaluated for; set for the duration of one evaluation. */
export interface BlockData {
  section: SectionKind;
  lot: number | null;
}

interface Evaluation {
  facts: Facts;
  block: BlockData | null;
}

let current: Evaluation | null = null;

function lotValue(): number | null {
  const lot = current?.block?.lot;
  if (lot === null || lot === undefined || !current) return null;
  return euroValueOf(current.facts, lot) ?? null;
}

function totalValue(): number | null {
  return current ? (euroValueOf(current.facts, null) ?? null) : null;
}

/** The operations added to json-logic, with what their arguments mean (for the docs). */
export const PROCUREMENT_OPERATIONS: Record<string, { doc: string; fn: (...args: unknown[]) => unknown; blockLevel?: boolean }> = {
  euThreshold: {
    doc: '{"euThreshold": [contractType, federal?]}: the EU threshold (EUR excl. VAT) for "works", "supplies" or "services"; sub-central unless federal is true; null for an unknown type.',
    fn: (type, federal) => (type === 'works' || type === 'supplies' || type === 'services' ? euThreshold(type, federal === true) : null),
  },
  belgianTrigger: {
    doc: `{"belgianTrigger": name}: a Belgian amount that is not an EU threshold: ${Object.keys(BELGIAN_TRIGGERS).join(', ')}.`,
    fn: (name) => (typeof name === 'string' && name in BELGIAN_TRIGGERS ? BELGIAN_TRIGGERS[name as keyof typeof BELGIAN_TRIGGERS] : null),
  },
  accreditationClass: {
    doc: `{"accreditationClass": value}: the lowest works accreditation class (1-8) whose limit covers the value (limits ${ACCREDITATION_CLASS_LIMITS.join(', ')}); null without a value.`,
    fn: (value) => (typeof value === 'number' && Number.isFinite(value) ? requiredAccreditationClass(value) : null),
  },
  lotValue: {
    doc: '{"lotValue": []}: the value (EUR excl. VAT) of the lot the checked block belongs to; null outside a lot or when that lot has no value.',
    fn: () => lotValue(),
    blockLevel: true,
  },
  valueFor: {
    doc: '{"valueFor": []}: the value of the lot the checked block belongs to, else the estimated value of the whole contract; null when neither is known.',
    fn: () => lotValue() ?? totalValue(),
    blockLevel: true,
  },
  cpvStartsWith: {
    doc: '{"cpvStartsWith": ["391", "392"]}: true when a CPV code of the document starts with one of the prefixes.',
    fn: (...prefixes) => {
      const flat = prefixes.flat().filter((p): p is string => typeof p === 'string');
      return !!current?.facts.cpv.some((c) => flat.some((p) => c.value.startsWith(p)));
    },
  },
};

const BUILTIN = new Set([
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', 'log', 'in', 'cat', 'substr', '+', '*', '-', '/',
  'min', 'max', 'merge', 'var', 'missing', 'missing_some', 'if', '?:', 'and', 'or', 'filter', 'map', 'reduce', 'all', 'none', 'some',
]);

let registered = false;
function register(): void {
  if (registered) return;
  for (const [name, op] of Object.entries(PROCUREMENT_OPERATIONS)) jsonLogic.add_operation(name, op.fn);
  registered = true;
}

/** Checks that every operation in a condition is known; returns the JSON path and name of the first unknown one. */
export function findUnknownOperation(logic: unknown, path = ''): { path: string; op: string } | null {
  if (Array.isArray(logic)) {
    for (let i = 0; i < logic.length; i++) {
      const found = findUnknownOperation(logic[i], `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (logic === null || typeof logic !== 'object') return null;
  const keys = Object.keys(logic);
  if (keys.length !== 1) return { path, op: keys.length ? keys.join('+') : '{}' };
  const op = keys[0]!;
  if (!BUILTIN.has(op) && !(op in PROCUREMENT_OPERATIONS)) return { path: `${path}/${op}`, op };
  return findUnknownOperation((logic as Record<string, unknown>)[op], `${path}/${op}`);
}

/** Whether a condition depends on the block being checked (and so is evaluated per block). */
export function usesBlock(logic: unknown): boolean {
  if (Array.isArray(logic)) return logic.some(usesBlock);
  if (logic === null || typeof logic !== 'object') return false;
  const [op, args] = Object.entries(logic)[0] ?? [];
  if (op === undefined) return false;
  if (PROCUREMENT_OPERATIONS[op]?.blockLevel) return true;
  if (op === 'var') {
    const name = Array.isArray(args) ? args[0] : args;
    return typeof name === 'string' && (name === 'block' || name.startsWith('block.'));
  }
  return usesBlock(args);
}

/** Evaluates a condition; truthy per json-logic. */
export function evaluate(logic: unknown, facts: Facts, publicFacts: PublicFacts, block: BlockData | null): boolean {
  register();
  const previous = current;
  current = { facts, block };
  try {
    const data = block ? { ...publicFacts, block } : publicFacts;
    return jsonLogic.truthy(jsonLogic.apply(logic as jsonLogic.RulesLogic, data));
  } finally {
    current = previous;
  }
}
