// A stand-in `vscode` module, good enough to time the bundled extension's activate() outside
// VS Code: every API is a callable, constructible proxy that returns more proxies, except
// the few values whose shape matters (configuration defaults, URIs, arrays, the context).
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

function anything(overrides: Record<PropertyKey, unknown> = {}): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function stub(): void {};
  return new Proxy(target, {
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
  });
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
  };
  return { vscode, context };
}
