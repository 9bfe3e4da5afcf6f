// Report and Claims-view benchmark on a long brief (issue 15: "a brief of 2,000 claims renders
// the report in under 2 s and the tree without freezing the editor"). Generates a deterministic
// brief of at least 2,000 claims from the seeds corpus, checks it once, then times what the
// report and the Claims view add on top of that check: the claims model, the HTML, Markdown and
// CSV renderings, and the tree's grouping. Prints medians and each as a ratio to the check of the
// same brief in the same run (the peer); no assertion on time.
//
// With --browser, also opens the HTML in Debian's chromium (playwright-core) and times the page
// load to the last card, as a ratio to the load of the example brief's report in the same browser.
//
//   npx tsx scripts/bench-report.ts [--claims 2000] [--runs 5] [--browser]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BriefChecker, loadCorpus } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import { briefOutline, buildReport, claimEntries, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../src/core';
import { VERDICT_ORDER } from '../src/core';
import { groupClaims } from '../src/extension/claimsModel';
import { generateBrief } from './bench/brief';

const { values } = parseArgs({ options: { claims: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' }, browser: { type: 'boolean', default: false } } });
const wanted = Number(values.claims);
const runs = Number(values.runs);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const samples: number[] = [];
  let value = work(); // warm-up, unmeasured
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    value = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), value };
}

async function main(): Promise<void> {
  const corpus = await loadCorpus([path.join(__dirname, '..', 'seeds')], nodeFileSystem);
  let words = wanted * 18;
  let text = '';
  let sentences = 0;
  for (;;) {
    text = generateBrief(corpus, { words, seed: 15 }).text;
    sentences = new BriefChecker(corpus).check(text, 'bench.md', 1).sentences.length;
    if (sentences >= wanted) break;
    words = Math.ceil(words * (wanted / Math.max(sentences, 1)) * 1.05);
  }
  // The peer: a full check of the same brief by a fresh checker (nothing memoised), as the CLI does.
  const check = time(() => new BriefChecker(corpus).check(text, 'bench.md', 1));
  const result = check.value;
  const model = time(() => buildReport([{ name: 'bench.md', text, result }], (key) => corpus.source(key)));
  const html = time(() => renderReportHtml(model.value));
  const markdown = time(() => renderReportMarkdown(model.value));
  const csv = time(() => renderReportCsv(model.value));
  const tree = time(() => groupClaims(claimEntries(result, briefOutline(text).headings), 'section', new Set(VERDICT_ORDER)));
  const claims = model.value.briefs[0]?.claims.length ?? 0;
  const rows: [string, number, string][] = [
    ['check (peer)', check.ms, ''],
    ['report model', model.ms, ''],
    ['HTML', html.ms, `${(html.value.length / 1e6).toFixed(2)} MB`],
    ['Markdown', markdown.ms, `${(markdown.value.length / 1e6).toFixed(2)} MB`],
    ['CSV', csv.ms, `${(csv.value.length / 1e6).toFixed(2)} MB`],
    ['Claims view roots', tree.ms, `${tree.value.length} groups`],
  ];
  console.log(`brief: ${text.length} chars, ${claims} claims (${VERDICT_ORDER.map((v) => `${model.value.counts[v]} ${v}`).join(', ')}); median of ${runs} runs`);
  for (const [name, ms, note] of rows) {
    console.log(`${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / check.ms).toFixed(3).padStart(7)} × check  ${note}`);
  }
  console.log(`model + HTML: ${(model.ms + html.ms).toFixed(1)} ms (${((model.ms + html.ms) / check.ms).toFixed(3)} × check)`);
  if (values.browser) {
    const example = readFileSync(path.join(__dirname, '..', 'examples', 'sample-brief.md'), 'utf8');
    const exampleResult = new BriefChecker(corpus).check(example, 'sample-brief.md', 1);
    const small = renderReportHtml(buildReport([{ name: 'sample-brief.md', text: example, result: exampleResult }], (key) => corpus.source(key)));
    await browserLoad(small, html.value, claims);
  }
}

/** Median load time (to the `load` event, all cards laid out) of each page in chromium, offline. */
async function browserLoad(small: string, large: string, claims: number): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.BRIEF_LENS_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const dir = mkdtempSync(path.join(tmpdir(), 'brief-lens-bench-'));
  try {
    const load = async (html: string, name: string): Promise<{ ms: number; cards: number }> => {
      const file = path.join(dir, name);
      writeFileSync(file, html);
      const samples: number[] = [];
      let cards = 0;
      for (let run = 0; run <= runs; run++) {
        const page = await browser.newPage();
        const start = performance.now();
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        cards = await page.$$eval('li.card', (items) => items.length);
        if (run > 0) samples.push(performance.now() - start); // the first load warms the browser
        await page.close();
      }
      return { ms: median(samples), cards };
    };
    const peer = await load(small, 'example.html');
    const big = await load(large, 'large.html');
    console.log(`chromium load: example report ${peer.ms.toFixed(1)} ms (${peer.cards} cards); ${claims}-claim report ${big.ms.toFixed(1)} ms (${big.cards} cards), ${(big.ms / peer.ms).toFixed(1)} × the example`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
