// The HTML report in a real browser (Debian's chromium through playwright-core, as the
// integration tests drive it): offline with every request refused, no console error (a style
// blocked by the page's own policy would log one), every claim there with its verdict and its
// style applied, and axe-core finds no serious or critical accessibility violation in light,
// dark and print renderings.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { renderReportHtml, type ReportModel } from '../../src/core';
import { removeDir } from '../unit/corpus/helpers';
import { exampleReport, hostileReport } from '../unit/report/fixtures';

const CHROMIUM = process.env.BRIEF_LENS_CHROMIUM ?? '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('report in chromium (playwright-core)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let dir: string;
  const folders: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run .ci/install-vscode-deps.sh (or set BRIEF_LENS_CHROMIUM)`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
    dir = mkdtempSync(path.join(tmpdir(), 'brief-lens-report-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    folders.forEach(removeDir);
  });

  /** Opens the report offline; every request but the page's own file is refused and recorded. */
  async function open(model: ReportModel, name: string, options: { bypassCSP?: boolean } = {}) {
    const file = path.join(dir, name);
    writeFileSync(file, renderReportHtml(model, { generator: 'brief-lens test' }));
    const url = pathToFileURL(file).href;
    const context: BrowserContext = await browser.newContext({ offline: true, javaScriptEnabled: options.bypassCSP === true, bypassCSP: options.bypassCSP === true });
    const requests: string[] = [];
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : (requests.push(route.request().url()), route.abort())));
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, context, problems, requests };
  }

  async function axeViolations(page: Page): Promise<AxeViolation[]> {
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] })).violations;
    });
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  function describeViolations(violations: AxeViolation[]): string {
    return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('\n');
  }

  it('opens offline with no request and no console error, and holds every claim with its verdict', async () => {
    const { model } = await exampleReport();
    const { page, context, problems, requests } = await open(model, 'example.html');
    try {
      const cards = await page.$$eval('li.card', (items) => items.map((item) => ({
        id: item.getAttribute('id'),
        verdict: [...item.classList].find((name) => name.startsWith('v-'))?.slice(2),
        text: item.querySelector('.claim-text')?.textContent,
        label: item.querySelector('.verdict')?.textContent?.trim(),
      })));
      const claims = model.briefs[0]!.claims;
      assert.equal(cards.length, claims.length);
      claims.forEach((claim, index) => {
        assert.deepEqual(cards[index], { id: `b1-c${claim.id}`, verdict: claim.verdict, text: claim.text, label: `${{ supported: '✓ Supported', contradicted: '✗ Contradicted', unsupported: '? Unsupported', opinion: '… Opinion / analysis' }[claim.verdict]}` });
      });
      // The inline stylesheet applied (the page's own policy did not block it): verdicts differ by underline style.
      const styles = await page.$$eval('a.claim', (marks) => marks.map((mark) => `${mark.className}:${(globalThis as unknown as { getComputedStyle(element: unknown): Record<string, string> }).getComputedStyle(mark).textDecorationStyle}`));
      assert.ok(styles.includes('claim v-contradicted:wavy') && styles.includes('claim v-unsupported:dashed') && styles.includes('claim v-supported:solid'), styles.join(' '));
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
    } finally {
      await context.close();
    }
  });

  it('a source with <script> and javascript: links runs nothing and links nowhere', async () => {
    const { model, folder } = await hostileReport();
    folders.push(folder);
    const { page, context, problems, requests } = await open(model, 'hostile.html');
    try {
      assert.equal(await page.$$eval('script, img, iframe, object, embed', (found) => found.length), 0);
      const external = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href') ?? '').filter((href) => !href.startsWith('#')));
      assert.deepEqual(external, []);
      assert.match(await page.textContent('main') ?? '', /The <script>alert\("source"\)<\/script> council spent £12 million/);
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
    } finally {
      await context.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core: no serious or critical violation (${scheme} scheme)`, async () => {
      const { model } = await exampleReport();
      const { page, context } = await open(model, `axe-${scheme}.html`, { bypassCSP: true });
      try {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], describeViolations(violations));
      } finally {
        await context.close();
      }
    });
  }

  it('prints: the skip link is hidden, cards are not split, and links show their address', async () => {
    const { model } = await exampleReport();
    const { page, context } = await open(model, 'print.html');
    try {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.$eval('a.skip', (link) => (globalThis as unknown as { getComputedStyle(element: unknown): Record<string, string> }).getComputedStyle(link).display), 'none');
      assert.equal(await page.$eval('li.card', (card) => (globalThis as unknown as { getComputedStyle(element: unknown): Record<string, string> }).getComputedStyle(card).breakInside), 'avoid');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF is produced');
    } finally {
      await context.close();
    }
  });
});
