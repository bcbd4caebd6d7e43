import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, SPECS } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: scripts/ci-deps.sh installs it, and in CI the HTML test is mandatory`);
if (!available) console.warn(`skipping the browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!available)('html pages in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tenderlint-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // toolchain.md's flags; playwright adds --headless and a fresh --user-data-dir itself.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string, name: string) {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    // Offline: anything but the file itself would be a request to the network.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, requests };
  }

  it('renders the lint report with the findings visible at their place, and the filters work', async () => {
    const { stdout } = await run(['--format', 'html', '--config', 'tenderlint.config.json', SPECS]);
    const { page, requests } = await open(stdout, 'lint.html');
    const shot = join(dir, 'lint.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(requests).toEqual([]);

    const mark = page.locator('mark.hl.sev-error', { hasText: 'merk' }).first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.width).toBeGreaterThan(10);
    // The highlight is painted: its background is not transparent.
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const note = page.locator('.note.sev-error', { hasText: 'Het woord "merk" staat hier' }).first();
    expect(await note.isVisible()).toBe(true);
    // The explanation sits right below the line it is about.
    const noteBox = (await note.boundingBox())!;
    expect(noteBox.y).toBeGreaterThan(box.y);
    expect(noteBox.y - box.y).toBeLessThan(80);

    await page.locator('input[name=sev][value=error]').uncheck();
    expect(await note.isVisible()).toBe(false);
    expect(await mark.getAttribute('class')).toContain('off');
    await page.locator('input[name=sev][value=error]').check();
    await page.locator('input[type=search]').fill('voldoende');
    expect(await note.isVisible()).toBe(false);
    expect(await page.locator('.note.sev-warning', { hasText: 'voldoende' }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('renders the monitoring report with its charts', async () => {
    const { stdout } = await run(['report', '--format', 'html', '--config', 'tenderlint.config.json', SPECS]);
    const { page, requests } = await open(stdout, 'report.html');
    await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
    expect(requests).toEqual([]);
    const bars = page.locator('svg.bar');
    expect(await bars.count()).toBe(8);
    expect(await bars.first().isVisible()).toBe(true);
    expect(await page.locator('svg.rules rect').count()).toBeGreaterThan(0);
    expect(await page.locator('text=In percelen verdeeld').first().isVisible()).toBe(true);
    await page.close();
  });

  it('the junit output is well-formed XML', async () => {
    const { stdout } = await run(['--format', 'junit', '--config', 'tenderlint.config.json', SPECS]);
    const page = await browser.newPage();
    const problems = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return [doc.getElementsByTagName('parsererror').length, doc.getElementsByTagName('testsuite').length] as const;
    }, stdout);
    expect(problems).toEqual([0, 4]);
    await page.close();
  });
});
