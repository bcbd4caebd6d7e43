import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';
import { run } from './helpers.js';

describe('progress bar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    let out = '';
    const p = createProgress(3, (s) => (out += s), true, 80);
    p.tick();
    p.tick();
    p.tick();
    p.done();
    expect(out).toContain('3/3 bestanden');
    expect(out.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('writes nothing when standard error is not a terminal, or for one file', () => {
    let out = '';
    for (const p of [createProgress(10, (s) => (out += s), false), createProgress(1, (s) => (out += s), true)]) {
      p.tick();
      p.done();
    }
    expect(out).toBe('');
  });

  it('goes to standard error only, never into the report', async () => {
    const { stdout, stderr } = await run(['--format', 'json', '--config', 'tenderlint.config.json', 'specs'], undefined, { stderrIsTTY: true });
    expect(stderr).toContain('4/4 bestanden');
    expect(stdout).not.toContain('bestanden');
    expect(JSON.parse(stdout)).toHaveLength(4);
  });
});
