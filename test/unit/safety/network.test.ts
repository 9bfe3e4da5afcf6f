// Issue 7, safety: no network. No module in the bundles (the CLI and the extension, with every
// dependency bundled in) imports a networking or process-spawning Node module, or calls fetch,
// WebSocket, XMLHttpRequest and the like. Checked two ways: the bundles are built in memory with
// esbuild's metafile (every import the bundle keeps, static or dynamic), and their text is scanned,
// both the in-memory build and dist/*.js when `node esbuild.js` has produced them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { pdfReader } from '../../../src/core/sources/pdf';
import { nth } from '../../support/present';

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
  return bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : nth(bare.split('/'), 0, 'path segment');
}

/**
 * Network code of pdf.js (bundled by unpdf for the PDF reader, issue 14): its fetch and XHR
 * streams and font/CMap fetchers run only when pdf.js is given a URL, and the reader gives it
 * bytes and no URL of any kind. Each entry is the text just before a call site; the test
 * "reading PDFs touches no network" below checks at run time that none of them is reached.
 */
const PDFJS_NETWORK_SITES: RegExp[] = [
  /async function \w+\(\w+\)\{(?:const|let|var) \w+=await$/, // fetchData of a font or CMap URL
  /if\(\w+\(\w+,document\.baseURI\)\)\{(?:const|let|var) \w+=await$/, // same, in a browser
  /function \w+\(\w+,\w+,\w+,\w+\)\{return$/, // PDFFetchStream's request
  /function \w+\(\w+\)\{(?:const|let|var) \w+=new$/, // synchronous XHR of a URL
  /return new Promise\(\(\w+,\w+\)=>\{(?:const|let|var) \w+=new$/, // XHR of a URL
  /\w+\.onreadystatechange=\(\)=>\{if\(\w+\.readyState===$/, // same XHR's state
  /_request\(\w+\)\{(?:const|let|var) \w+=new$/, // PDFNetworkStream's XHR
  // citeproc-js (Insert References): its DOMParser fallback for old browsers parses a style by
  // opening a data: URL; never reached where DOMParser exists or XMLHttpRequest does not (Node).
  /else if\("undefined"!=typeof$/,
  /else if\("undefined"!=typeof XMLHttpRequest\)\{var xmldata=new$/,
  // the same, minified (npm run package): `typeof XMLHttpRequest<"u"`
  /else if\(typeof$/,
  /else if\(typeof XMLHttpRequest<"u"\)\{var \w+=new$/,
];

function allowedSite(text: string, index: number): boolean {
  // A method named fetch (pdf.js's XRef.fetch) is defined, not called: `fetch(a, b) {`.
  if (/^fetch\s*\([^()]*\)\s*\{/.test(text.slice(index, index + 200))) return true;
  // Minified or re-printed alike: spaces only where two words meet.
  const before = text.slice(Math.max(0, index - 120), index).replace(/(?<=\w)\s+(?=\w)/g, ' ').replace(/(?<!\w)\s+|\s+(?!\w)/g, '');
  return PDFJS_NETWORK_SITES.some((site) => site.test(before));
}

/** Problems in one bundle's text. */
export function scanBundle(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of FORBIDDEN_TEXT) {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const m of text.matchAll(global)) {
      if (allowedSite(text, m.index)) continue;
      found.push(`${what}: …${text.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\s+/g, ' ')}…`);
      break;
    }
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
        alias: require(path.join(ROOT, 'bundleAliases.js'))(ROOT) as Record<string, string>,
        define: name === 'cli' ? { 'import.meta.url': '__importMetaUrl' } : {},
        logLevel: 'silent',
      });
      const output = nth(Object.values(result.metafile!.outputs), 0, 'bundle output');
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
    // A method definition named fetch is not a call; a call right after one still is.
    assert.deepEqual(scanBundle('class X { fetch(ref, n = false) { return ref; } }'), []);
    assert.notDeepEqual(scanBundle('class X { go() { fetch(url); } }'), []);
  });
});

describe('safety: reading PDFs touches no network (issue 14)', () => {
  it('reads every PDF fixture with fetch and XMLHttpRequest replaced by functions that throw', async () => {
    const globals = globalThis as { fetch?: unknown; XMLHttpRequest?: unknown };
    const saved = { fetch: globals.fetch, XMLHttpRequest: globals.XMLHttpRequest };
    const calls: string[] = [];
    globals.fetch = (url: unknown) => {
      calls.push(`fetch ${String(url)}`);
      throw new Error('network');
    };
    globals.XMLHttpRequest = class {
      constructor() {
        calls.push('XMLHttpRequest');
        throw new Error('network');
      }
    };
    try {
      const folder = path.join(ROOT, 'test', 'fixtures', 'sources');
      const outcomes: string[] = [];
      for (const name of ['truman-1946.pdf', 'scanned.pdf', 'encrypted.pdf', 'truncated.pdf']) {
        const outcome = await pdfReader.read(new Uint8Array(fs.readFileSync(path.join(folder, name))));
        outcomes.push(`${name}: ${outcome.ok ? 'text' : 'problem'}`);
      }
      assert.deepEqual(outcomes, ['truman-1946.pdf: text', 'scanned.pdf: problem', 'encrypted.pdf: problem', 'truncated.pdf: problem']);
      assert.deepEqual(calls, []);
    } finally {
      globals.fetch = saved.fetch;
      globals.XMLHttpRequest = saved.XMLHttpRequest;
    }
  });
});
