import { BriefChecker, loadCorpus } from './src/core';
import { nodeFileSystem } from './src/core/corpus/nodeFileSystem';
import { generateBrief } from './scripts/bench/brief';
import { FOLDERS } from './scripts/bench/corpus';
(async () => {
  const big = await loadCorpus(FOLDERS, nodeFileSystem);
  let brief = '';
  for (let seed = 1; brief.length < Number(process.argv[2]) * 1024 * 1024; seed++) brief += `${generateBrief(big, { words: 20_000, seed }).text}\n\n`;
  const t = Date.now();
  new BriefChecker(big).check(brief, 'x.md', 1);
  console.log(brief.length, Date.now() - t);
})();
