import { basisText, displayPath, SEVERITY_NL } from './shared.js';
import type { Formatter } from './types.js';

// XML 1.0 forbids most control characters even when escaped.
const xml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one test case per
 * finding. Errors and warnings are failures; info findings pass with their message as output; a
 * file with no findings is one passing case; a file that could not be read is an error.
 */
export const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const name = displayPath(r.filePath, ctx.cwd);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (r.error) {
      suiteErrors = 1;
      cases.push(`    <testcase classname="${xml(name)}" name="tenderlint" file="${xml(name)}">\n      <error message="${xml(r.error)}" type="input"/>\n    </testcase>`);
    } else {
      const findings = r.findings.filter((f) => !f.suppressions?.length);
      for (const f of findings) {
        const caseName = `${f.ruleId} (${f.line}:${f.column})`;
        const detail = [`${name}:${f.line}:${f.column}`, f.message, basisText(f), f.suggestion ? `Voorstel: ${f.suggestion.text}` : ''].filter(Boolean).join('\n');
        const open = `    <testcase classname="${xml(name)}" name="${xml(caseName)}" file="${xml(name)}" line="${f.line}">`;
        if (f.severity === 'info') {
          cases.push(`${open}\n      <system-out>${xml(detail)}</system-out>\n    </testcase>`);
        } else {
          suiteFailures++;
          cases.push(`${open}\n      <failure message="${xml(f.message)}" type="${SEVERITY_NL[f.severity]}">${xml(detail)}</failure>\n    </testcase>`);
        }
      }
      if (!findings.length) cases.push(`    <testcase classname="${xml(name)}" name="tenderlint" file="${xml(name)}"/>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tenderlint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
};
