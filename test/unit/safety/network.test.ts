// Issue 7, safety: no network. No module in the bundles (the CLI and the extension, with every
// dependency bundled in) imports a networking or process-spawning Node module, or calls fetch,
// WebSocket, XMLHttpRequest and the like. Checked two ways: the bundles are built in memory with
// esbuild's metafile (every import the bundle keeps, static or dynamic), and their text is scanned,
// both the in-memory build and dist/*.js when `node esbuild.js` has produced them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ENTRIES: Record<string, string> = { cli: 'src/cli/main.ts', extension: 'src/extension/extension.ts' };

/** Node modules that reach the network, spawn processes or open debug ports. */
const FORBIDDEN_MODULES = ['net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'inspector', 'undici', 'ws', 'node-fetch', 'axios'];

/** Text in a bundle that means a socket, a request or a spawned process. */
const FORBIDDEN_TEXT: { what: string; pattern: RegExp }[] = [
  ...FORBIDDEN_MODULES.map((name) => ({ what: `require("${name}")`, pattern: new RegExp(`require\\(\\s*["'\`](?:node:)?${name}(?:/[^"'\`]*)?["'\`]\\s*\\)`) })),
  ...FORBIDDEN_MODULES.map((name) => ({ what: `import("${name}")`, pattern: new RegExp(`import\\(\\s*["'\`](?:node:)?${name}(?:/[^"'\`]*)?["'\`]\\s*\\)`) })),
  { what: 'fetch(', pattern: /(?<![\w$.])fetch\s*\(/ },
  { what: 'globalThis.fetch / window.fetch', pattern: /\b(?:globalThis|window|self|global)\s*\.\s*fetch\b/ },
  { what: 'WebSocket', pattern: /\bWebSocket\b/ },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { what: 'EventSource', pattern: /\bnew\s+EventSource\b/ },
  { what: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { what: 'process.binding', pattern: /\bprocess\.binding\s*\(/ },
  { what: 'dynamic require of a computed name', pattern: /\brequire\(\s*[a-zA-Z_$][\w$]*\s*\+/ },
];

function moduleName(specifier: string): string {
  const bare = specifier.replace(/^node:/, '');
  return bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0];
}

/** Problems in one bundle's text. */
export function scanBundle(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of FORBIDDEN_TEXT) {
    const m = pattern.exec(text);
    if (m) found.push(`${what}: …${text.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

describe('safety: no network, no spawned processes in the bundles (issue 7)', function () {
  this.timeout(120_000);
  const built = new Map<string, { text: string; externals: string[] }>();

  before(async () => {
    for (const [name, entry] of Object.entries(ENTRIES)) {
      const result = await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        write: false,
        metafile: true,
        outfile: `safety-${name}.js`,
        external: ['vscode'],
        define: name === 'cli' ? { 'import.meta.url': '__importMetaUrl' } : {},
        logLevel: 'silent',
      });
      const output = Object.values(result.metafile!.outputs)[0];
      built.set(name, {
        text: result.outputFiles!.map((f) => f.text).join('\n'),
        externals: output.imports.filter((i) => i.external).map((i) => i.path),
      });
    }
  });

  for (const name of Object.keys(ENTRIES)) {
    it(`the ${name} bundle imports no networking or process module (esbuild metafile)`, () => {
      const bundle = built.get(name)!;
      const bad = bundle.externals.filter((p) => FORBIDDEN_MODULES.includes(moduleName(p)));
      assert.deepEqual(bad, [], `${name} bundle imports ${bad.join(', ')}`);
      // Everything it keeps external is a Node built-in or the editor's own API.
      const unexpected = bundle.externals.filter((p) => p !== 'vscode' && !p.startsWith('node:') && !require('node:module').builtinModules.includes(moduleName(p)));
      assert.deepEqual(unexpected, [], `${name} bundle loads non-bundled modules at run time: ${unexpected.join(', ')}`);
    });

    it(`the ${name} bundle's text has no socket, fetch, WebSocket or process spawning`, () => {
      assert.deepEqual(scanBundle(built.get(name)!.text), []);
    });
  }

  it('dist/cli.js and dist/extension.js, when built by `node esbuild.js`, pass the same scan', function () {
    const files = ['cli.js', 'extension.js'].map((f) => path.join(ROOT, 'dist', f)).filter((f) => fs.existsSync(f));
    if (files.length === 0) this.skip();
    for (const file of files) assert.deepEqual(scanBundle(fs.readFileSync(file, 'utf8')), [], file);
  });

  it('the scan catches what it looks for (so the tests above can fail)', () => {
    for (const sample of ['const n = require("node:net");', "require('https')", 'await fetch(url)', 'new WebSocket(u)', 'require("child_process").spawn', 'import("tls")']) {
      assert.notDeepEqual(scanBundle(sample), [], sample);
    }
    assert.deepEqual(scanBundle('const x = prefetch(1); obj.fetch(2); // fetchAll'), []);
  });
});
