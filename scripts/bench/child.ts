// One measurement in a fresh process (so nothing is warm: no JIT, no caches), printed as one
// JSON line. The parent (scripts/bench.ts) runs it several times and takes medians.
//   index <fraction>               load + split + index from files, nothing cached
//   cached <fraction> <cacheDir>   the same through the on-disk index cache (writes it on a miss)
//   activate <dist/extension.js>   require the bundle with a stub `vscode` and time activate()
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { loadCorpus } from '../../src/core';
import { loadCorpusCached, nodeIndexCacheStore } from '../../src/node/nodeIndexCache';
import { benchFileSystem, FOLDERS } from './corpus';
import { stubVscode } from './vscodeStub';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** A command-line argument the mode needs; `what` names it in the error when it is missing. */
function required(value: string | undefined, what: string): string {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'index' || mode === 'cached') {
    const fs = benchFileSystem(Number(a));
    const before = heapBytes();
    const t0 = performance.now();
    let cacheHit = false;
    let corpus;
    if (mode === 'cached') {
      const r = await loadCorpusCached(FOLDERS, fs, nodeIndexCacheStore(required(b, 'cache directory')));
      corpus = r.corpus;
      cacheHit = r.cacheHit;
    } else corpus = await loadCorpus(FOLDERS, fs);
    const ms = performance.now() - t0;
    const heap = heapBytes() - before;
    let textBytes = 0;
    for (const s of corpus.sources) textBytes += Buffer.byteLength(corpus.sourceText(s.key) ?? '', 'utf8');
    console.log(JSON.stringify({ ms, heap, textBytes, passages: corpus.passageCount, sources: corpus.sources.length, cacheHit }));
    return;
  }
  if (mode === 'activate') {
    const { context } = stubVscode();
    const t0 = performance.now(); // includes reading and compiling the bundle
    // Compiled directly (not through require) so that tsx's loader hooks do not transform the bundle.
    const bundle = required(a, 'bundle path');
    const source = readFileSync(bundle, 'utf8');
    const NodeModule = require('node:module') as { new (id: string, parent?: unknown): NodeJS.Module & { _compile(code: string, file: string): void; paths: string[] }; _nodeModulePaths(dir: string): string[] };
    const m = new NodeModule(bundle, module);
    m.filename = bundle;
    m.paths = NodeModule._nodeModulePaths(path.dirname(bundle));
    m._compile(source, bundle);
    const extension = m.exports as { activate(context: unknown): unknown };
    const loaded = performance.now();
    const returned = extension.activate(context);
    const t1 = performance.now();
    await returned;
    const settled = performance.now();
    console.log(JSON.stringify({ ms: t1 - t0, requireMs: loaded - t0, activateMs: t1 - loaded, settledMs: settled - t0 }));
    // The extension may have started background work (indexing): do not wait for it.
    process.exit(0);
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: error instanceof Error ? error.stack ?? error.message : String(error) }));
  process.exit(1);
});
