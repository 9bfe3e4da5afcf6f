// The claim words left unaligned against the labelled evidence passage, for the supported claims
// of a development set: what a class of alignment misses looks like (morphology, derivation,
// hypernyms, written-out numbers...). Sealed sets are refused.
// Usage: npx tsx scripts/unaligned-words.ts SET
import * as path from 'node:path';
import { analyze } from '../src/core/claims/analyze';
import { classify } from '../src/core/claims/classify';
import { compare } from '../src/core/verify/compare';
import { readClaims } from './eval/claimSets';
import { openStudySet } from './eval/studySet';

async function main(): Promise<void> {
  const { set, corpus } = await openStudySet(process.argv[2]);
  for (const claim of readClaims(set.claimsFile)) {
    if (claim.label !== 'supported' || !claim.evidence) continue;
    const source = corpus.sources.find((s) => path.basename(s.file) === claim.source);
    if (!source) continue;
    const text = corpus.sourceText(source.key) ?? '';
    const at = text.indexOf(claim.evidence);
    const id = corpus.passagesOf(source.key).find((p) => corpus.passage(p).start <= at && at < corpus.passage(p).end);
    if (id === undefined) continue;
    const analysis = analyze(claim.claim, 0, corpus);
    const kind = classify(claim.claim, analysis.tokens, { specific: true, cited: false, quoted: analysis.quotes }, 0);
    const result = compare(corpus, { analysis, contentFrom: kind.contentFrom }, id);
    const missing = result.explanation.observations.filter((o) => o.effect === 'missing').map((o) => `${o.check}:${o.claim}`);
    console.log(`${claim.id}\t${result.stance}\t${result.explanation.decidedBy}\t${missing.join(' ')}\n\tC: ${claim.claim}\n\tP: ${corpus.passage(id).text}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
