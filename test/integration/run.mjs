#!/usr/bin/env node
// Runs the integration suite (out/integration/index.js, built from test/integration/suite/*.test.ts
// by esbuild.js) inside a real VS Code workbench: code-server's VS Code server + Debian chromium.
//
//   node test/integration/run.mjs [--grep <pattern>] [--timeout <seconds>] [--no-build] [--keep] [--vsix <file>] [--untrusted]
//
// With --untrusted, workspace trust is on and the workspace stays untrusted; only the
// 'untrusted workspace' suite runs (it is skipped in the normal, trusted run).
//
// With --vsix, the packaged extension is installed into the server (as a user would install it)
// and the suites run against it; the development path is then only an empty host for the tests.
//
// Exit code: the tests' (0 passed, 1 failed), 124 when the run timed out, 2 when the harness failed.
// The server and the browser are always ended. A failed run keeps its folder (logs) and prints it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
  ROOT, ensureInstalled, installVsix, launchBrowser, log, makeMultiRootWorkspace, makeTmp, startServer, workbenchUrl,
} from './workbench.mjs';

const { values: args } = util.parseArgs({
  options: {
    grep: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    vsix: { type: 'string' },
    untrusted: { type: 'boolean', default: false },
  },
});

let server;
let browser;
let tmp;
let finished = false;

async function cleanup() {
  if (browser) {
    const b = browser;
    browser = undefined;
    await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  }
  if (server) {
    const s = server;
    server = undefined;
    s.kill();
    await new Promise((resolve) => {
      if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
      const timer = setTimeout(() => { s.killHard(); resolve(); }, 5000);
      s.child.once('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  if (reason) log(reason);
  await cleanup();
  const reportFile = tmp && path.join(tmp, 'report.txt');
  if (reportFile && fs.existsSync(reportFile)) process.stdout.write(fs.readFileSync(reportFile, 'utf8'));
  if (tmp) {
    if (code === 0 && !args.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`logs kept in ${tmp} (server.log, host.log, report.txt)`);
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { void finish(130, `interrupted by ${signal}`); });
}

async function main() {
  ensureInstalled();
  if (!args['no-build']) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) return finish(2, 'the build failed');
  }
  const testsPath = path.join(ROOT, 'out', 'integration', 'index.js');
  if (!fs.existsSync(testsPath)) return finish(2, `missing ${testsPath}: run node esbuild.js`);

  const timeoutMs = Number(args.timeout) * 1000;
  setTimeout(() => { void finish(124, `timed out after ${args.timeout} s`); }, timeoutMs).unref();

  tmp = makeTmp('brief-lens-it-');
  const workspaceFile = makeMultiRootWorkspace(tmp);
  const workspace = path.join(tmp, 'workspace');
  const reportFile = path.join(tmp, 'report.txt');
  const hostLog = fs.openSync(path.join(tmp, 'host.log'), 'a');
  const env = {
    BRIEF_LENS_TEST_REPORT: reportFile,
    BRIEF_LENS_TEST_WORKSPACE: workspace,
    ...(args.grep || args.untrusted ? { BRIEF_LENS_TEST_GREP: args.grep ?? 'untrusted workspace' } : {}),
    ...(args.untrusted ? { BRIEF_LENS_TEST_UNTRUSTED: '1' } : {}),
  };
  let extensionPath = ROOT;
  if (args.vsix) {
    const size = fs.statSync(args.vsix).size;
    // The budget the engine and sources issues set, with the WordNet table and pdf.js inside.
    if (size > 6 * 1024 * 1024) return finish(1, `${args.vsix} is ${size} bytes, over the 6 MB budget`);
    log(`${args.vsix}: ${(size / 1024).toFixed(0)} KB`);
    installVsix(tmp, args.vsix);
    env.BRIEF_LENS_TEST_VSIX = path.resolve(args.vsix);
    extensionPath = path.join(ROOT, 'test', 'integration', 'vsix-host');
    log(`installed ${args.vsix}; the tests run against it`);
  }
  const started = Date.now();
  server = await startServer({ tmp, env, trust: args.untrusted });
  log(`VS Code server on port ${server.port}`);
  browser = await launchBrowser();
  const page = await browser.newPage();
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (level, logArgs) => {
      const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      fs.writeSync(hostLog, `[${level}] ${line}\n`);
      if (args.verbose) process.stderr.write(`[host ${level}] ${line}\n`);
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  page.on('pageerror', (error) => fs.writeSync(hostLog, `[pageerror] ${error.stack ?? error}\n`));
  await page.goto(workbenchUrl(server.port, { workspaceFile, extensionPath, testsPath }));
  const code = await exited;
  log(`tests exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0 && !fs.existsSync(reportFile)) {
    log('no mocha report: the test entry did not run; tail of host.log:');
    const text = fs.readFileSync(path.join(tmp, 'host.log'), 'utf8').split('\n').slice(-40).join('\n');
    process.stderr.write(`${text}\n`);
  }
  return finish(code === 0 ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  void finish(2, 'the harness failed');
});
