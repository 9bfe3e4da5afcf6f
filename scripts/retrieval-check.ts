// Retrieval quality beyond the 32 labelled dev claims: queries made from random passages of the
// benchmark corpus (seeds + State of the Union), ranked by BM25 alone and by BM25 plus the
// coverage stage. A query keeps about half the passage's words ("dropout"), optionally plus one
// word of the sentence before it ("+previous", as when a claim names the subject its evidence
// calls "he"); "exact" is the whole passage. Hit = the passage itself ranked first.
// Usage: npx tsx scripts/retrieval-check.ts [queries per kind, default 1000]
import { loadCorpus } from '../src/core';
import { InvertedIndex } from '../src/core/corpus/invertedIndex';
import { contentStems as stems } from '../src/core/text/tokens';
import { benchFileSystem, FOLDERS } from './bench/corpus';
import { pick, seededRandom } from './lib/seededRandom';

const KINDS = ['dropout', 'dropout +previous', 'exact'] as const;

async function main(): Promise<void> {
  const perKind = Number(process.argv[2] ?? 1000);
  const corpus = await loadCorpus(FOLDERS, benchFileSystem(1));
  const firstStage = InvertedIndex.from(corpus.indexData().index);
  console.log(`corpus: ${corpus.sources.length} sources, ${corpus.passageCount} passages; ${perKind} queries per kind (seed 11)`);
  for (const kind of KINDS) {
    const random = seededRandom(11);
    let bm25 = 0;
    let twoStages = 0;
    let made = 0;
    while (made < perKind) {
      const id = 1 + Math.floor(random() * (corpus.passageCount - 2));
      const own = stems(corpus.passage(id).text);
      if (own.length < 6 || corpus.passageKey(id - 1) !== corpus.passageKey(id)) continue;
      const query = kind === 'exact' ? own : own.filter(() => random() < 0.5);
      if (kind === 'dropout +previous') {
        const previous = stems(corpus.passage(id - 1).text);
        if (previous.length) query.push(pick(previous, random, 'stem'));
      }
      if (query.length < 3) continue;
      made++;
      if (firstStage.query(query, 1)[0]?.id === id) bm25++;
      if (corpus.retriever.query(query, 1)[0]?.id === id) twoStages++;
    }
    console.log(`${kind.padEnd(18)} recall@1  BM25 ${(bm25 / made).toFixed(3)}  BM25 + coverage ${(twoStages / made).toFixed(3)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
