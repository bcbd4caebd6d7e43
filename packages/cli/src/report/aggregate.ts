import type { Severity } from '@tenderlint/core';
import { FIGURES, type Answer, type Figure, type MonitorRecord } from './record.js';

export interface DocumentFigures {
  filePath: string;
  figures: Record<Figure, Answer>;
  findings: Record<Severity | 'total', number>;
  findingsByRule: Record<string, number>;
}

export interface FigureTotal {
  yes: number;
  no: number;
  notApplicable: number;
  unknown: number;
  /** yes / (yes + no): the share among documents where the question applies and has an answer; null when none. */
  share: number | null;
}

export interface MonitoringReport {
  tool: { name: 'tenderlint'; version: string };
  documents: DocumentFigures[];
  unreadable: { filePath: string; error: string }[];
  totals: {
    documents: number;
    figures: Record<Figure, FigureTotal>;
    findings: Record<Severity | 'total', number>;
    /** Per rule: how many findings, and in how many documents. */
    findingsByRule: Record<string, { findings: number; documents: number }>;
  };
}

export interface ReportInput {
  filePath: string;
  monitor?: MonitorRecord;
  severities?: Severity[];
  error?: string;
}

export function aggregate(inputs: ReportInput[], version: string): MonitoringReport {
  const documents: DocumentFigures[] = [];
  const unreadable: MonitoringReport['unreadable'] = [];
  for (const input of inputs) {
    if (input.error || !input.monitor) {
      unreadable.push({ filePath: input.filePath, error: input.error ?? 'not linted' });
      continue;
    }
    const findings = { total: 0, error: 0, warning: 0, info: 0 };
    for (const s of input.severities ?? []) {
      findings[s]++;
      findings.total++;
    }
    const { findingsByRule, ...figures } = input.monitor;
    documents.push({ filePath: input.filePath, figures, findings, findingsByRule });
  }
  const figures = Object.fromEntries(
    FIGURES.map((figure) => {
      const t: FigureTotal = { yes: 0, no: 0, notApplicable: 0, unknown: 0, share: null };
      for (const d of documents) {
        const a = d.figures[figure];
        if (a === 'yes') t.yes++;
        else if (a === 'no') t.no++;
        else if (a === 'not-applicable') t.notApplicable++;
        else t.unknown++;
      }
      t.share = t.yes + t.no ? Math.round((t.yes / (t.yes + t.no)) * 10000) / 10000 : null;
      return [figure, t];
    }),
  ) as Record<Figure, FigureTotal>;
  const findings = { total: 0, error: 0, warning: 0, info: 0 };
  const byRule: Record<string, { findings: number; documents: number }> = {};
  for (const d of documents) {
    for (const k of ['total', 'error', 'warning', 'info'] as const) findings[k] += d.findings[k];
    for (const [id, n] of Object.entries(d.findingsByRule)) {
      const row = (byRule[id] ??= { findings: 0, documents: 0 });
      row.findings += n;
      row.documents++;
    }
  }
  const findingsByRule = Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1)));
  return { tool: { name: 'tenderlint', version }, documents, unreadable, totals: { documents: documents.length, figures, findings, findingsByRule } };
}
