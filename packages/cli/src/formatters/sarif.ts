import { pathToFileURL } from 'node:url';
import type { Finding, Rule, Severity } from '@tenderlint/core';
import { displayPath } from './shared.js';
import type { Formatter } from './types.js';
import { sha256 } from '../sha256.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/tenderlint/tenderlint';

/** A rule with no metadata (an internal finding, or one from a pack that is not loaded). */
function bareDescriptor(id: string) {
  return {
    id,
    name: id,
    shortDescription: { text: id === 'internal/rule-error' ? 'A rule could not check the document.' : id },
  };
}

function descriptor(rule: Rule) {
  const m = rule.meta;
  const basis = [m.principle.length ? `Plan 2016-2020, section ${m.principle.join(', ')}` : '', m.legal].filter(Boolean).join('. ');
  const text = [m.docs.description, m.docs.rationale, `How to fix: ${m.docs.howToFix}`, basis ? `Basis: ${basis}` : ''].filter(Boolean).join('\n\n');
  const markdown = [
    `**${m.docs.description}**`,
    m.docs.rationale,
    `**How to fix.** ${m.docs.howToFix}`,
    basis ? `**Basis.** ${basis}` : '',
    m.docsUrl ? `[Documentation](${m.docsUrl})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: m.id,
    name: m.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: m.docs.description },
    fullDescription: { text: m.docs.rationale || m.docs.description },
    help: { text, markdown },
    ...(m.docsUrl ? { helpUri: m.docsUrl } : {}),
    defaultConfiguration: { level: level[m.severity] },
    properties: {
      pack: m.pack,
      principle: m.principle,
      legal: m.legal,
      tags: ['tender-specification', `plan-${m.principle[0] ?? 'general'}`, m.pack],
    },
  };
}

/** Rule, message and the how-many-th such finding in the file. */
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const base = sha256(f.ruleId, f.messageId, f.message).slice(0, 24);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${base}:${n}`;
}

function region(f: Finding) {
  const endLine = Math.max(f.endLine, f.line);
  const endColumn = endLine === f.line ? Math.max(f.endColumn, f.column + 1) : Math.max(1, f.endColumn);
  return { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column), endLine, endColumn };
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules with help text and docs links,
 * plan section and legal basis as properties; suppressed findings are kept with a SARIF suppression
 * (viewers hide them), unreadable files are tool notifications.
 */
export const sarif: Formatter = (results, ctx) => {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const ids = [...new Set([...ctx.rules.keys(), ...used])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const artifacts = results.map((r) => ({ location: { uri: encodeURI(displayPath(r.filePath, ctx.cwd)), uriBaseId: '%SRCROOT%' } }));
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tenderlint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: ids.map((id) => {
              const rule = ctx.rules.get(id);
              return rule ? descriptor(rule) : bareDescriptor(id);
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : ctx.cwd + '/').href } },
        artifacts,
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({
                level: 'error',
                message: { text: r.error! },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(displayPath(r.filePath, ctx.cwd)), uriBaseId: '%SRCROOT%' } } }],
              })),
          },
        ],
        results: results.flatMap((r, artifactIndex) => {
          const seen = new Map<string, number>();
          return r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId)!,
            level: level[f.severity],
            message: { text: f.suggestion ? `${f.message} Voorstel: ${f.suggestion.text}` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifacts[artifactIndex]!.location.uri, uriBaseId: '%SRCROOT%', index: artifactIndex },
                  region: region(f),
                },
              },
            ],
            // Without the line: code scanning keeps tracking a finding when text above it is added or removed.
            partialFingerprints: { 'tenderlint/v1': fingerprint(f, seen) },
            properties: {
              messageId: f.messageId,
              principle: f.principle,
              legal: f.legal,
              ...(f.missing ? { missing: true } : {}),
              ...(r.document?.format === 'docx' ? { positionUnit: 'paragraph' } : {}),
              ...(f.suggestion ? { suggestion: f.suggestion.text } : {}),
            },
            ...(f.suppressions?.length
              ? { suppressions: f.suppressions.map((s) => ({ kind: 'inSource', ...(s.justification ? { justification: s.justification } : {}) })) }
              : {}),
          }));
        }),
      },
    ],
  };
  return JSON.stringify(out, null, 2) + '\n';
};
