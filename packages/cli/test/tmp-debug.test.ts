import { it } from "vitest";
import { run, SPECS } from '/work/main/packages/cli/test/helpers.ts';
it("x", async () => { const r = await run(['--format', 'json', '--config', 'tenderlint.config.json', SPECS]);
console.log(r.code, r.stderr, r.stdout.slice(0, 1500)); });
