// A stand-in `vscode` module, good enough to time the bundled extension's activate() outside
// VS Code: every API is a callable, constructible proxy that returns more proxies, except
// the few values whose shape matters (configuration defaults, URIs, arrays, the context).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function uri(fsPath: string): Record<string, unknown> {
  return {
    scheme: 'file',
    fsPath,
    path: fsPath,
    authority: '',
    query: '',
    fragment: '',
    toString: () => `file://${fsPath}`,
    with: (change: { path?: string }) => uri(change.path ?? fsPath),
    toJSON: () => ({ scheme: 'file', path: fsPath }),
  };
}

/** Top-level names of the vscode API (bundles copy the module's own properties into a namespace object). */
function apiNames(): string[] {
  const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...dts.matchAll(/^\t(?:export )?(?:class|namespace|enum|const|function|let|var) (\w+)/gm)].flatMap((m) => m[1] ?? []))];
}

function anything(overrides: Record<PropertyKey, unknown> = {}, names: string[] = []): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function stub(): void {};
  const proxy: unknown = new Proxy(target, {
    ownKeys: () => [...new Set([...names, ...Object.keys(overrides)]), 'prototype'],
    getOwnPropertyDescriptor: (t, prop) =>
      prop === 'prototype' ? Object.getOwnPropertyDescriptor(t, prop) : { configurable: true, enumerable: true, writable: true, value: (proxy as Record<PropertyKey, unknown>)[prop] },
    get(_t, prop) {
      if (prop in overrides) return overrides[prop];
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === Symbol.iterator) return function* empty() {};
      if (prop === 'length') return 0;
      if (prop === 'toString' || prop === 'toJSON') return () => '';
      if (!children.has(prop)) children.set(prop, anything());
      return children.get(prop);
    },
    apply: () => anything({ dispose: () => undefined }),
    construct: () => anything({ dispose: () => undefined }) as object,
    set: (_t, prop, value) => {
      children.set(prop, value);
      return true;
    },
  });
  return proxy;
}

/** Installs the stub as `vscode` for require() and returns an extension context. */
export function stubVscode(): { vscode: unknown; context: unknown } {
  const configuration = anything({
    get: (_key: string, fallback?: unknown) => fallback,
    has: () => false,
    inspect: () => undefined,
  });
  const vscode = anything({
    Uri: anything({
      file: (p: string) => uri(p),
      parse: (s: string) => uri(s.replace(/^file:\/\//, '')),
      joinPath: (base: { fsPath: string }, ...parts: string[]) => uri(path.join(base.fsPath, ...parts)),
      from: (c: { path: string }) => uri(c.path),
    }),
    workspace: anything({
      getConfiguration: () => configuration,
      workspaceFolders: undefined,
      textDocuments: [],
      isTrusted: true,
    }),
    window: anything({ visibleTextEditors: [], activeTextEditor: undefined, tabGroups: anything({ all: [] }) }),
    env: anything({ language: 'en', appName: 'stub' }),
    version: '1.90.0',
  }, apiNames());
  const moduleWithLoad = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = function load(request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    return original.call(this, request, ...rest);
  };
  const storage = path.join(os.tmpdir(), `brief-lens-bench-storage-${process.pid}`);
  const memento = { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] };
  const context = {
    subscriptions: [] as unknown[],
    extensionUri: uri(ROOT),
    extensionPath: ROOT,
    globalStorageUri: uri(storage),
    storageUri: uri(storage),
    logUri: uri(storage),
    globalState: { ...memento, setKeysForSync: () => undefined },
    workspaceState: memento,
    extensionMode: 1,
    environmentVariableCollection: anything(),
    secrets: anything(),
    asAbsolutePath: (p: string) => path.join(ROOT, p),
    extension: { id: 'brief-lens.brief-lens', extensionUri: uri(ROOT), extensionPath: ROOT, isActive: true, packageJSON: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as unknown, exports: undefined },
  };
  return { vscode, context };
}
