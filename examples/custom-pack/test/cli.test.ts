import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '@tenderlint/cli';

const here = dirname(fileURLToPath(import.meta.url));
const packDir = join(here, '..');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: packDir, isTTY: false });
  return { code, stdout, stderr };
}

describe('the custom pack from a config', () => {
  it('runs next to the recommended rules', async () => {
    const { code, stdout } = await cli(['--config', join(packDir, 'tenderlint.config.json'), '--format', 'json', join(packDir, 'specs/bestek-groenonderhoud.md')]);
    const ids = (JSON.parse(stdout) as { messages: { ruleId: string; line: number }[] }[])[0]!.messages.map((m) => `${m.ruleId}:${m.line}`);
    expect(ids).toContain('bossegem/no-fossil-vehicles:11');
    // Anchored at the execution section, where a social clause belongs.
    expect(ids).toContain('bossegem/social-economy:9');
    expect(ids.some((id) => id.startsWith('integrity/conflict-of-interest'))).toBe(false);
    expect(code).toBe(1);
  });

  it('lists its rules with --print-rules', async () => {
    const { code, stdout } = await cli(['--config', join(packDir, 'tenderlint.config.json'), '--print-rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^bossegem\/no-fossil-vehicles\s+bossegem\s+error\s+json\s+2\.5\.1$/m);
    expect(stdout).toMatch(/^functional-specs\/standard-equivalent\s+functional-specs\s+warning\s+json\s+2\.1$/m);
  });

  it('refuses a pack whose rule file has a catastrophic pattern, with one line naming the file (exit 2)', async () => {
    const { code, stdout, stderr } = await cli(['--config', join(here, 'fixtures/broken-pack/tenderlint.config.json'), join(packDir, 'specs/bestek-groenonderhoud.md')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('slow-pattern.json');
    expect(stderr).toContain('at /forbid/0/pattern/regex: pattern "(\\\\w+\\\\s?)+diesel" can backtrack catastrophically');
  });
});
