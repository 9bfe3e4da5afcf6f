import { BriefChecker, loadCorpus } from './src/core';
import { nodeFileSystem } from './src/core/corpus/nodeFileSystem';
import { HOSTILE_LINES } from './scripts/lib/hostileLines';
(async () => {
  const corpus = await loadCorpus(['seeds'], nodeFileSystem);
  const line = HOSTILE_LINES.find((l) => l.name === process.argv[2])!;
  const t = Date.now();
  const r = new BriefChecker(corpus).check(line.make(Number(process.argv[3])), 'x.md', 1);
  const codes: Record<string, number> = {};
  for (const f of r.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
  console.log(Date.now() - t, 'ms', r.sentences.length, 'sentences', JSON.stringify(codes), r.sentences.slice(0,3).map(s=>JSON.stringify(s.text).slice(0,80)));
})();
