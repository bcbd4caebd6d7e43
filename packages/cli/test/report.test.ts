import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts, Finding } from '@tenderlint/core';
import { aggregate, type MonitoringReport } from '../src/report/aggregate.js';
import { formatCsv } from '../src/report/csv.js';
import { monitorRecord } from '../src/report/record.js';
import { FIXTURES, run, SPECS } from './helpers.js';

const ev = { blockId: 0, start: 0, end: 1, raw: 'x' };

function facts(over: Partial<Facts> = {}): Facts {
  return {
    language: 'nl',
    estimatedValue: null,
    values: [],
    contractType: null,
    framework: false,
    authorityType: null,
    cpv: [],
    procedure: null,
    lots: { divided: null, count: null, lots: [], countStatements: [] },
    selection: { turnover: [], references: [], certificates: [] },
    accreditation: [],
    paymentTerms: [],
    award: [],
    variants: null,
    publicationDate: [],
    deadline: [],
    segments: [],
    sections: [],
    sectionHeadings: {},
    subjectBlock: null,
    ...over,
  };
}
const value = (amount: number, type: 'works' | 'supplies' | 'services'): Partial<Facts> => ({
  estimatedValue: { value: { amount, currency: 'EUR', vatIncluded: false }, evidence: ev, scope: 'total' },
  contractType: { value: type, evidence: ev },
});
const fired = (ruleId: string, suppressed = false): Finding => ({
  ruleId,
  messageId: 'm',
  severity: 'warning',
  message: 'm',
  principle: [],
  legal: '',
  blockId: 0,
  start: 0,
  end: 0,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  ...(suppressed ? { suppressions: [{ kind: 'inSource', justification: null }] } : {}),
});
const ALL = ['social/social-clause', 'ilo/high-risk-clause', 'sustainability/criteria-present', 'e-procurement/e-invoicing'];

describe('monitoring record of one document', () => {
  it('reads lots, award, life-cycle cost and variants from the facts', () => {
    const r = monitorRecord(
      facts({
        lots: { divided: true, count: 2, lots: [], countStatements: [] },
        award: [{ lot: null, priceOnly: false, evidence: ev, criteria: [{ name: 'prijs', isPrice: true, isLifeCycleCost: true, evidence: ev }, { name: 'kwaliteit', isPrice: false, isLifeCycleCost: false, evidence: ev }] }],
        variants: { value: 'allowed', evidence: ev },
      }),
      [],
      ALL,
    );
    expect(r).toMatchObject({ dividedIntoLots: 'yes', priceOnly: 'no', lifeCycleCost: 'yes', variantsAllowed: 'yes' });
  });

  it('counts a contract as price-only when one of its lots is, and silence on variants as no variants', () => {
    const r = monitorRecord(
      facts({
        lots: { divided: false, count: null, lots: [], countStatements: [] },
        award: [
          { lot: 1, priceOnly: false, evidence: ev, criteria: [{ name: 'kwaliteit', isPrice: false, isLifeCycleCost: false, evidence: ev }] },
          { lot: 2, priceOnly: true, evidence: ev, criteria: [{ name: 'prijs', isPrice: true, isLifeCycleCost: false, evidence: ev }] },
        ],
      }),
      [],
      ALL,
    );
    expect(r).toMatchObject({ dividedIntoLots: 'no', priceOnly: 'yes', lifeCycleCost: 'no', variantsAllowed: 'no' });
  });

  it('says unknown when the document gives no award criteria or says nothing about lots', () => {
    expect(monitorRecord(facts(), [], ALL)).toMatchObject({ dividedIntoLots: 'unknown', priceOnly: 'unknown', lifeCycleCost: 'unknown' });
  });

  it('asks for a social clause only above the triggers (services 70,000, works 990,000)', () => {
    expect(monitorRecord(facts(value(69_999, 'services')), [], ALL).socialClause).toBe('not-applicable');
    expect(monitorRecord(facts(value(70_000, 'services')), [], ALL).socialClause).toBe('yes');
    expect(monitorRecord(facts(value(500_000, 'works')), [], ALL).socialClause).toBe('not-applicable');
    expect(monitorRecord(facts(value(1_000_000, 'works')), [fired('social/social-clause')], ALL).socialClause).toBe('no');
    expect(monitorRecord(facts(value(5_000_000, 'supplies')), [], ALL).socialClause).toBe('not-applicable');
    // The rule's own options move the trigger.
    const raised: [string, Record<string, unknown>][] = [['social/social-clause', { servicesFrom: 85_000 }]];
    expect(monitorRecord(facts(value(80_000, 'services')), [], raised).socialClause).toBe('not-applicable');
    expect(monitorRecord(facts(value(90_000, 'services')), [], raised).socialClause).toBe('yes');
  });

  it('asks for an ILO clause only in a high-risk segment', () => {
    expect(monitorRecord(facts(), [], ALL).iloClause).toBe('not-applicable');
    const textiles = facts({ segments: [{ value: 'textiles', evidence: ev }] });
    expect(monitorRecord(textiles, [], ALL).iloClause).toBe('yes');
    expect(monitorRecord(textiles, [fired('ilo/high-risk-clause')], ALL).iloClause).toBe('no');
    // Suppressed: the author chose to leave it out, and the clause is still not there.
    expect(monitorRecord(textiles, [fired('ilo/high-risk-clause', true)], ALL).iloClause).toBe('no');
  });

  it('reads environmental criteria and e-invoicing from their rules, from their value triggers', () => {
    expect(monitorRecord(facts(value(20_000, 'services')), [], ALL)).toMatchObject({ environmentalCriteria: 'not-applicable', eInvoicing: 'yes' });
    expect(monitorRecord(facts(value(2_000, 'supplies')), [], ALL)).toMatchObject({ environmentalCriteria: 'not-applicable', eInvoicing: 'not-applicable' });
    expect(monitorRecord(facts(), [fired('sustainability/criteria-present'), fired('e-procurement/e-invoicing')], ALL)).toMatchObject({ environmentalCriteria: 'no', eInvoicing: 'no' });
  });

  it('says unknown when the rule that would tell was turned off', () => {
    const r = monitorRecord(facts({ segments: [{ value: 'timber', evidence: ev }] }), [], []);
    expect(r).toMatchObject({ iloClause: 'unknown', environmentalCriteria: 'unknown', eInvoicing: 'unknown' });
  });

  it('counts findings by rule, without the suppressed ones', () => {
    const r = monitorRecord(facts(), [fired('a/b'), fired('a/b'), fired('c/d', true)], ALL);
    expect(r.findingsByRule).toEqual({ 'a/b': 2 });
  });
});

describe('aggregate and csv', () => {
  const base = monitorRecord(facts(), [], ALL);
  const report: MonitoringReport = aggregate(
    [
      { filePath: '/r/a.md', monitor: { ...base, dividedIntoLots: 'yes', findingsByRule: { 'x/y': 2 } }, severities: ['error', 'warning'] },
      { filePath: '/r/b.md', monitor: { ...base, dividedIntoLots: 'no', findingsByRule: { 'x/y': 1, 'z/w': 1 } }, severities: ['info'] },
      { filePath: '/r/=c.md', monitor: { ...base, dividedIntoLots: 'yes', findingsByRule: {} } },
      { filePath: '/r/bad.md', error: 'the file has no text' },
    ],
    '9.9.9',
  );

  it('gives shares over the documents where the question has an answer', () => {
    expect(report.totals.documents).toBe(3);
    expect(report.totals.figures.dividedIntoLots).toEqual({ yes: 2, no: 1, notApplicable: 0, unknown: 0, share: 0.6667 });
    expect(report.totals.figures.lifeCycleCost.share).toBeNull();
    expect(report.totals.findingsByRule).toEqual({ 'x/y': { findings: 3, documents: 2 }, 'z/w': { findings: 1, documents: 1 } });
    expect(report.totals.findings).toEqual({ total: 3, error: 1, warning: 1, info: 1 });
    expect(report.unreadable).toEqual([{ filePath: '/r/bad.md', error: 'the file has no text' }]);
  });

  it('writes a row per document and a total row, safe for spreadsheets', () => {
    const csv = formatCsv(report, '/r');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('document,dividedIntoLots,socialClause,iloClause,environmentalCriteria,eInvoicing,priceOnly,lifeCycleCost,variantsAllowed,errors,warnings,infos,x/y,z/w');
    expect(rows[1]).toMatch(/^a\.md,yes,/);
    expect(rows[3]).toMatch(/^'=c\.md,/);
    expect(rows[4]).toMatch(/^"?TOTAL \(3 documents; figures: share yes of yes\+no\)"?,0.6667,/);
    expect(rows[4]!.endsWith(',1,1,1,3,1')).toBe(true);
  });
});

describe('tenderlint report', () => {
  it('prints the figures per document and in total as JSON', async () => {
    const { code, stdout } = await run(['report', '--config', 'tenderlint.config.json', SPECS]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as MonitoringReport;
    expect(report.documents.map((d) => d.filePath.split('/').pop())).toEqual(['clean.md', 'nettoyage.md', 'schoonmaak.md', 'werkkledij.md']);
    expect(report.totals.findingsByRule['fixture/brand']).toEqual({ findings: 2, documents: 2 });
    for (const figure of Object.values(report.totals.figures)) expect(figure.yes + figure.no + figure.notApplicable + figure.unknown).toBe(4);
    const werk = report.documents.find((d) => d.filePath.endsWith('werkkledij.md'))!;
    expect(werk.findings).toMatchObject({ error: 1, warning: 2, info: 1 });
  });

  it('writes CSV and HTML, and refuses other formats', async () => {
    const csv = await run(['report', '--format', 'csv', '--config', 'tenderlint.config.json', SPECS]);
    expect(csv.stdout.split('\r\n')[0]).toContain('document,dividedIntoLots');
    const html = await run(['report', '--format', 'html', '--config', 'tenderlint.config.json', SPECS]);
    expect(html.stdout).toContain('<svg class="bar"');
    const bad = await run(['report', '--format', 'sarif', SPECS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tenderlint: report --format takes json, csv or html, not "sarif"\n');
  });

  it('lists files it could not read and exits with 2', async () => {
    const { code, stdout, stderr } = await run(['report', '--config', 'tenderlint.config.json', join(FIXTURES, 'bad'), join(SPECS, 'clean.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/leeg\.md: the file has no text/);
    const report = JSON.parse(stdout) as MonitoringReport;
    expect(report.totals.documents).toBe(1);
    expect(report.unreadable).toHaveLength(1);
  });
});
