// Prints how the engine compares one sentence with its candidate passages (for tuning).
// Usage: npx tsx scripts/debug-claim.ts "sentence" [corpusDir...]
import * as path from 'node:path';
import { loadCorpus } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import { passageAnalysis } from '../src/core/claims/passageAnalysis';
import { verifySentence } from '../src/core/verify/verify';

async function main(): Promise<void> {
  const [sentence, ...folders] = process.argv.slice(2);
  if (sentence === undefined) throw new Error('usage: npx tsx scripts/debug-claim.ts "sentence" [corpusDir...]');
  const corpus = await loadCorpus(folders.length ? folders : [path.join(__dirname, '..', 'seeds')], nodeFileSystem);
  const check = verifySentence(corpus, sentence, 0, []);
  console.log('verdict:', check.verdict, check.explanation.analysis ? JSON.stringify(check.explanation.analysis) : '');
  console.log('entities:', check.analysis.entities.map((e) => e.text).join(' | '), ' quantities:', check.analysis.quantities.map((q) => `${q.kind}:${q.text}=${q.value}[${q.unit.join(',')}]`).join(' | '));
  for (const c of check.comparisons.slice(0, 6)) {
    console.log(`${c.stance} cov=${c.coverage.toFixed(3)} own=${c.ownCoverage.toFixed(3)} facts=${c.factsMatched} missing=${c.missing} ${c.conflicts.map((k) => `${k.kind}:${k.claimed.text}->${k.source.text}`).join(',')}`);
    console.log('   ', corpus.passage(c.passageId).text.slice(0, 150));
    console.log('    quantities:', passageAnalysis(corpus, c.passageId).quantities.map((q) => `${q.kind}:${q.text}=${q.value}[${q.unit.join(',')}]`).join(' | '), ' decided:', c.explanation.decidedBy, c.explanation.observations.map((o) => `${o.check}/${o.effect}:${o.claim}${o.source ? "=" + o.source : ""}`).join(', '));
  }
}

void main();
