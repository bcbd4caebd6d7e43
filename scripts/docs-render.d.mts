import type { Rule, RulePack } from '@tenderlint/core';
export function docPath(rule: Rule): string;
export function renderRuleDoc(rule: Rule): string;
export function renderIndex(packs: RulePack[]): string;
export function renderAll(packs: RulePack[], shipped?: RulePack[]): Map<string, string>;
