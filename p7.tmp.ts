import { BriefChecker, loadCorpus } from './src/core';
import { Corpus } from './src/core/corpus/corpus';
import { nodeFileSystem } from './src/node/nodeFileSystem';
import { HOSTILE_LINES } from './scripts/lib/hostileLines';
(async () => {
  const corpus = await loadCorpus(['seeds'], nodeFileSystem);
  const line = HOSTILE_LINES.find((l) => l.name === process.argv[2])!;
  const text = line.make(Number(process.argv[3]));
  const t = Date.now();
  if (line.where === 'source') new Corpus([{ key: 'h', title: 'H', file: 'h.md', text }], []);
  else new BriefChecker(corpus).check(text, 'x.md', 1);
  console.log(Date.now() - t);
})();
