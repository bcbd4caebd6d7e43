import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Drives the built page in Debian's Chromium (never a downloaded browser): upload an example .docx,
// see the findings highlighted in place, download the annotated .docx and count its comments.
const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = join(here, '..');
const dist = join(pkg, 'dist');
const root = join(pkg, '..', '..');
const chromiumPath = '/usr/bin/chromium';
const artefacts = join(root, 'test-output');
const haveChromium = existsSync(chromiumPath);
if (!haveChromium && process.env.CI) throw new Error('Chromium is required in CI (scripts/ci-deps.sh installs it)');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

describe.skipIf(!haveChromium)('playground in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const { build } = await import('vite');
    await build({ root: pkg, configFile: join(pkg, 'vite.config.ts'), logLevel: 'error' });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows the findings of an example .docx in place and gives the annotated .docx back', async () => {
    const example = join(root, 'examples', 'nl-laptops-gemeente.docx');
    expect(existsSync(example), 'examples/nl-laptops-gemeente.docx (made by scripts/make-docx-examples.mjs)').toBe(true);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    await expect(page.locator('h1').textContent()).resolves.toBe('tenderlint');
    await page.setInputFiles('#file', example);
    await page.waitForFunction(() => /bevindingen/.test(document.getElementById('status')?.textContent ?? ''));

    // The brand prescribed without "of gelijkwaardig" is highlighted as an error at its words.
    const brand = page.locator('mark.sev-error', { hasText: 'Lenovo' });
    await expect(brand.count()).resolves.toBeGreaterThan(0);
    const findings = await page.locator('.finding').count();
    expect(findings).toBeGreaterThan(0);
    await expect(page.locator('.finding', { hasText: 'functional-specs/brand-or-equivalent' }).count()).resolves.toBeGreaterThan(0);

    // A finding in the side panel leads to its place in the document.
    await page.locator('.finding', { hasText: 'functional-specs/brand-or-equivalent' }).first().locator('button.goto').click();
    await expect(page.locator('.current').count()).resolves.toBe(1);

    mkdirSync(artefacts, { recursive: true });
    await page.screenshot({ path: join(artefacts, 'playground.png'), fullPage: false });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('nl-laptops-gemeente.tenderlint.docx');
    const saved = join(tmpdir(), `tl-${Date.now()}.docx`);
    await download.saveAs(saved);
    const parts = unzipSync(new Uint8Array(readFileSync(saved)));
    const comments = strFromU8(parts['word/comments.xml']!);
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(findings);
    writeFileSync(join(artefacts, 'playground-annotated.docx'), readFileSync(saved));
    await page.close();
  }, 120_000);

  it('switches the interface and the messages to French', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.selectOption('#lang', 'fr');
    await expect(page.locator('#findings-title').textContent()).resolves.toBe('Constats');
    await page.click('#paste-summary');
    await page.fill('#paste', 'Les ordinateurs portables sont de marque Dell, type Latitude 7450.');
    await page.click('#paste-run');
    await page.waitForFunction(() => /constats/.test(document.getElementById('status')?.textContent ?? ''));
    await expect(page.locator('.finding', { hasText: 'functional-specs/brand-or-equivalent' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
