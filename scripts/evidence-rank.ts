// Where retrieval ranks the labelled evidence of a development claim set: the passage holding the
// labelled evidence sentence, and the first passage of the labelled source, in the retriever's
// ranking for the claim's content words (before any comparison). Sealed sets are refused.
// Usage: npx tsx scripts/evidence-rank.ts SET [--list]
import * as path from 'node:path';
import { type Corpus } from '../src/core';
import { contentStems } from '../src/core/text/tokens';
import { goldEvidence, readClaims, type LabelledClaim } from './eval/claimSets';
import { openStudySet } from './eval/studySet';

const DEPTH = 100;

/** Ids of the passages of the labelled source that overlap any labelled evidence sentence. */
function goldPassages(corpus: Corpus, claim: LabelledClaim): Set<number> {
  const found = new Set<number>();
  const source = corpus.sources.find((s) => path.basename(s.file) === claim.source);
  if (!source) return found;
  const text = corpus.sourceText(source.key) ?? '';
  for (const evidence of goldEvidence(claim)) {
    const at = text.indexOf(evidence);
    if (at < 0) continue;
    for (const id of corpus.passagesOf(source.key)) {
      const p = corpus.passage(id);
      if (p.start < at + evidence.length && at < p.end) found.add(id);
    }
  }
  return found;
}

async function main(): Promise<void> {
  const { set, corpus } = await openStudySet(process.argv[2]);
  const list = process.argv.includes('--list');
  const buckets = { at1: 0, at5: 0, at24: 0, deeper: 0, absent: 0 };
  let pageAt1 = 0;
  let counted = 0;
  for (const claim of readClaims(set.claimsFile)) {
    const gold = goldPassages(corpus, claim);
    if (gold.size === 0) continue;
    counted++;
    const ranked = corpus.retriever.query(contentStems(claim.claim), DEPTH);
    const rank = ranked.findIndex((r) => gold.has(r.id));
    const goldKey = corpus.passageKey([...gold][0]!);
    if (ranked[0] && corpus.passageKey(ranked[0].id) === goldKey) pageAt1++;
    if (rank === 0) buckets.at1++;
    else if (rank > 0 && rank < 5) buckets.at5++;
    else if (rank >= 5 && rank < 24) buckets.at24++;
    else if (rank >= 24) buckets.deeper++;
    else buckets.absent++;
    if (list && rank !== 0) console.log(`${claim.id}\t${rank < 0 ? '-' : rank + 1}\t${claim.claim}\n\t${ranked[0] ? corpus.passage(ranked[0].id).text.slice(0, 140) : ''}`);
  }
  const share = (n: number): string => (n / counted).toFixed(3);
  console.log(`${set.name}: ${counted} claims with located evidence; retrieval rank of the evidence passage:`);
  console.log(`  @1 ${share(buckets.at1)}  2-5 ${share(buckets.at5)}  6-24 ${share(buckets.at24)}  >24 ${share(buckets.deeper)}  not in ${DEPTH} ${share(buckets.absent)}  right source @1 ${share(pageAt1)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
