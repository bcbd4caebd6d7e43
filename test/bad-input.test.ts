import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@tenderlint/cli';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

// Every bad file is made here, by the test, so nothing binary is checked in.
const dir = mkdtempSync(join(tmpdir(), 'tenderlint-bad-'));
const good = 'De opdracht wordt geraamd op € 50.000 excl. btw.\n';

function utf16(s: string): number[] {
  return [...s].flatMap((c) => [c.charCodeAt(0), 0]);
}
const oleHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = (stream: string) => new Uint8Array([...oleHeader, ...new Array(504).fill(0), ...utf16(stream), ...new Array(64).fill(0)]);

const files: Record<string, Uint8Array | string> = {
  'good.md': good,
  'empty.md': '',
  'blank.md': '\n  \n',
  'binary.md': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 9]),
  'scan.docx': '%PDF-1.7\n%âãÏÓ\n1 0 obj\n',
  'oud.docx': ole('WordDocument'),
  'beveiligd.docx': ole('EncryptedPackage'),
  'oud.md': ole('WordDocument'),
  'brief.docx': '{\\rtf1\\ansi\\deff0 {\\fonttbl}}',
  'tekst.docx': 'Gewoon tekst, geen Word-bestand.\n',
  'open.docx': zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }),
  'archief.md': zipSync({ 'a.txt': strToU8('a') }),
  'latin1.md': new Uint8Array([...strToU8('De prijs is 50 '), 0x80, ...strToU8(' euro per stuk.\n')]),
  'bestek.pdf': '%PDF-1.4\n',
  'groot.md': 'x'.repeat(2048) + '\n',
};

const hashes = new Map<string, string>();
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(() => {
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    hashes.set(name, sha(join(dir, name)));
  }
  mkdirSync(join(dir, 'cfg'), { recursive: true });
  writeFileSync(join(dir, 'cfg', 'broken.json'), '{\n  "rules": {\n    "lots/justify-no-division": "error",\n  }\n}\n');
  writeFileSync(join(dir, 'cfg', 'wrongtype.json'), JSON.stringify({ rules: { 'sme-access/payment-term': 'loud' } }));
  writeFileSync(join(dir, 'cfg', 'unknownkey.json'), JSON.stringify({ rulez: {} }));
  writeFileSync(join(dir, 'cfg', 'unknownrule.json'), JSON.stringify({ extends: ['@tenderlint/recommended'], rules: { 'sme-access/payment-trem': 'error' } }));
  writeFileSync(join(dir, 'cfg', 'small.json'), JSON.stringify({ limits: { maxFileBytes: 1024 } }));
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: dir, isTTY: false });
  return { code, stdout, stderr, lines: stderr.trim().split('\n').filter(Boolean) };
}

const cases: [string, RegExp][] = [
  ['empty.md', /empty\.md: the file is empty$/],
  ['blank.md', /blank\.md: the file has no text$/],
  ['binary.md', /binary\.md: this is a binary file, not text/],
  ['scan.docx', /scan\.docx: this is a PDF/],
  ['oud.docx', /oud\.docx: this is a Word 97-2003 document \(\.doc\).*save it as \.docx/],
  ['beveiligd.docx', /beveiligd\.docx: this Word file is protected with a password/],
  ['oud.md', /oud\.md: this is a Word 97-2003 document/],
  ['brief.docx', /brief\.docx: this is an RTF file/],
  ['tekst.docx', /tekst\.docx: this is a text file, not a \.docx/],
  ['open.docx', /open\.docx: this is an OpenDocument text \(\.odt\)/],
  ['archief.md', /archief\.md: this is a zip file, not text/],
  ['bestek.pdf', /bestek\.pdf: this is a PDF/],
  ['missing.md', /missing\.md: file not found$/],
];

describe('bad input', () => {
  for (const [name, reason] of cases) {
    it(`${name}: exit 2, one line naming the file and the reason, input unchanged`, async () => {
      const r = await run('--format', 'json', name);
      expect(r.code).toBe(2);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(/^tenderlint: /);
      expect(r.lines[0]).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (hashes.has(name)) expect(sha(join(dir, name))).toBe(hashes.get(name));
    });
  }

  it('still lints and reports the other files of the run', async () => {
    const r = await run('--format', 'json', 'good.md', 'empty.md', 'oud.docx');
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(2);
    const out = JSON.parse(r.stdout) as { filePath: string; fatal?: boolean }[];
    expect(out.map((o) => [o.filePath.split('/').pop(), !!o.fatal])).toEqual([['empty.md', true], ['good.md', false], ['oud.docx', true]]);
  });

  it('reads invalid UTF-8 with replacement characters and warns with the byte offset', async () => {
    const r = await run('--format', 'json', 'latin1.md');
    expect(r.lines).toEqual([expect.stringMatching(/latin1\.md: warning: invalid UTF-8 at byte 15/)]);
    expect(r.code).not.toBe(2);
  });

  it('refuses a file over the configured size limit', async () => {
    const r = await run('--config', 'cfg/small.json', 'groot.md');
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(/groot\.md: the file is 0\.0 MiB, over the limit .*limits\.maxFileBytes/);
  });

  it('never writes the report over an input file', async () => {
    const r = await run('good.md', '-o', 'good.md');
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(/good\.md: the output file is one of the input files/);
    expect(sha(join(dir, 'good.md'))).toBe(hashes.get('good.md'));
  });
});

describe('bad config', () => {
  const configCases: [string, RegExp][] = [
    ['broken.json', /broken\.json: broken JSON at line 4, column 3/],
    ['wrongtype.json', /wrongtype\.json: invalid config: at \/rules\/sme-access~1payment-term: must be one of "off", "info", "warning", "error"/],
    ['unknownkey.json', /unknownkey\.json: invalid config: at \/: unknown key "rulez"/],
    ['unknownrule.json', /unknownrule\.json: unknown rule "sme-access\/payment-trem" \(did you mean "sme-access\/payment-term"\?\)/],
    ['missing.json', /missing\.json: config file not found/],
  ];
  for (const [name, reason] of configCases) {
    it(`${name}: exit 2 and one line`, async () => {
      const r = await run('--config', `cfg/${name}`, 'good.md');
      expect(r.code).toBe(2);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(reason);
    });
  }

  it('an unknown option or a bad --rule is a usage error', async () => {
    expect((await run('--frobnicate', 'good.md')).code).toBe(2);
    const r = await run('--rule', 'lots/justify-no-division:loud', 'good.md');
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(/--rule takes ID:SEVERITY/);
  });
});
