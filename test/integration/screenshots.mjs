#!/usr/bin/env node
// README screenshots from the real workbench (the same VS Code server + chromium as the
// integration tests): opens examples/sample-brief.md with the extension under development and
// saves PNGs under media/.
//
//   node test/integration/screenshots.mjs [--no-build] [--out media]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { ROOT, ensureInstalled, launchBrowser, log, makeTmp, makeWorkspace, startServer, workbenchUrl } from './workbench.mjs';

const { values: args } = util.parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'media') },
    timeout: { type: 'string', default: '300' },
  },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let server;
let browser;
let tmp;
let page;

async function cleanup() {
  if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  browser = undefined;
  if (server) {
    server.kill();
    await sleep(500);
    server.killHard();
  }
  server = undefined;
}

async function main() {
  ensureInstalled();
  if (!args['no-build']) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  setTimeout(() => {
    log(`timed out after ${args.timeout} s`);
    void cleanup().then(() => process.exit(124));
  }, Number(args.timeout) * 1000).unref();
  tmp = makeTmp('brief-lens-shots-');
  const workspace = makeWorkspace(tmp);
  // A calm workbench: no minimap, no chat, a readable font size.
  const settingsDir = path.join(tmp, 'ud', 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify({
    'workbench.colorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false,
    'editor.fontSize': 15,
    'editor.wordWrap': 'on',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.ignoreRecommendations': true,
    'breadcrumbs.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
  }, null, 2));
  server = await startServer({ tmp });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(workbenchUrl(server.port, { folder: workspace }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await sleep(2000);

  /** Runs a command by its palette label; fails (with what the palette offered) when absent. */
  const palette = async (label, { optional = false } = {}) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(label);
    await sleep(600);
    const first = await page.locator('.quick-input-list .monaco-list-row.focused .label-name').first().textContent().catch(() => '');
    if (!first || first.replace(/\s+/g, ' ').trim() !== label) {
      await page.keyboard.press('Escape');
      if (optional) return false;
      throw new Error(`the palette offered "${first}" for "${label}"`);
    }
    await page.keyboard.press('Enter');
    await sleep(400);
    return true;
  };
  const goTo = async (line, column) => {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await sleep(300);
  };
  const shot = async (name) => {
    const file = path.join(args.out, name);
    await page.screenshot({ path: file });
    log(`saved ${path.relative(ROOT, file)}`);
  };

  await palette('View: Hide Secondary Side Bar', { optional: true });
  // Open the example brief with Quick Open (the palette without its '>').
  const openExample = async () => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.press('Backspace');
    await page.keyboard.type('sample-brief.md');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible' });
    await sleep(600);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
  };
  await openExample();
  await sleep(1500);
  const text = fs.readFileSync(path.join(workspace, 'examples', 'sample-brief.md'), 'utf8').split('\n');
  const lineOf = (needle) => text.findIndex((line) => line.includes(needle)) + 1;

  // 1. A contradiction with its hover and evidence.
  // On the sentence next to the squiggle, so that the hover shows the verdict and the evidence in full.
  await goTo(lineOf('£40 million'), 3);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.waitForSelector('.monaco-hover', { state: 'visible', timeout: 10_000 });
  await sleep(800);
  await shot('screenshot-hover.png');
  await page.keyboard.press('Escape');

  // 2. The quick fix menu on the contradiction.
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 10_000 });
  await sleep(600);
  await shot('screenshot-quick-fix.png');
  await page.keyboard.press('Escape');

  // 3. The Problems view with every finding of the example brief.
  await palette('View: Focus Problems (Errors, Warnings, Infos)');
  await sleep(1000);
  await shot('screenshot-problems.png');
  await palette('View: Hide Panel', { optional: true });

  // 4. The Claims view beside the brief, grouped by section, one claim's passages open.
  await palette('Brief Lens: Focus on Claims View');
  await page.waitForSelector('.monaco-list-row[aria-label^="Contradicted: President Clinton"]', { timeout: 20_000 });
  await page.click('.monaco-list-row[aria-label^="Contradicted: President Clinton"]');
  await page.keyboard.press('ArrowRight');
  await sleep(1200);
  await shot('screenshot-claims.png');

  // 5. The fact-check report (the same HTML as `brief-lens report`) in its webview, maximised.
  await palette('View: Focus Active Editor Group');
  await palette('View: Close Primary Side Bar', { optional: true });
  await palette('Brief Lens: Open Report');
  await page.waitForSelector('iframe.webview', { timeout: 20_000 });
  await sleep(1500);
  // Scroll past the title to the section table and the brief with its claims marked.
  await page.mouse.move(960, 400);
  await page.mouse.wheel(0, 330);
  await sleep(1200);
  await shot('screenshot-report.png');
  await palette('View: Close All Editor Groups');
  await palette('View: Show Explorer');
  await openExample();
  await sleep(1000);
  await palette('View: Focus Active Editor Group');
  // 6. Citation completion (last: it edits the brief).
  await goTo(lineOf('Singapore has pledged'), text[lineOf('Singapore has pledged') - 1].length);
  await page.keyboard.type(' [@');
  await page.waitForSelector('.suggest-widget', { state: 'visible', timeout: 10_000 });
  await sleep(800);
  // Show the documentation (source card) of the selected item.
  await page.keyboard.press('Control+Space');
  await sleep(800);
  await shot('screenshot-completion.png');
  await page.keyboard.press('Escape');

}

main()
  .then(async () => {
    await cleanup();
    fs.rmSync(tmp, { recursive: true, force: true });
  })
  .catch(async (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    if (page && tmp) await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => {});
    await cleanup();
    if (tmp) log(`logs kept in ${tmp}`);
    process.exit(1);
  });
