// Prints how the engine reads one brief: each sentence, its claims, verdicts, figures and findings (for tuning).
// Usage: [OBS=1] npx tsx scripts/debug-brief.ts eval/briefs/NAME   (never a sealed brief; OBS=1 prints each verdict's observations)
import * as path from 'node:path';
import { BriefChecker, loadCorpus } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import { readLabelledBrief } from './eval/briefLabels';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/debug-brief.ts BRIEF_DIR');
  const brief = readLabelledBrief(path.resolve(dir));
  if (brief.sealed) throw new Error('a sealed brief is scored only, never printed');
  const checker = new BriefChecker(await loadCorpus(brief.corpusDirs, nodeFileSystem));
  const result = checker.check(brief.text, brief.name, 1);
  for (const [i, s] of result.sentences.entries()) {
    console.log(`#${i} [${s.verdict}] L${s.range.start.line + 1} ${s.text.replace(/\s+/g, ' ')}`);
    for (const c of s.claims ?? []) if ((s.claims ?? []).length > 1) console.log(`    claim [${c.verdict}] ${c.text.replace(/\s+/g, ' ')}`);
    const why = s.explanation?.decidedBy;
    if (why && process.env.OBS) console.log(`    observations: ${(s.explanation?.observations ?? []).map((o) => `${o.check}/${o.effect}:${o.claim}${o.source ? `=${o.source}` : ''}`).join(', ')}`);
    if (why) console.log(`    decidedBy=${why} cites=${s.citations.map((c) => c.key).join(',')} ev=${s.evidence[0]?.key ?? '-'}: ${(s.evidence[0]?.text ?? '').slice(0, 140).replace(/\s+/g, ' ')}`);
    for (const f of result.findings.filter((f) => f.sentenceIndex === i)) console.log(`    FINDING ${f.severity} ${f.code} "${f.targetText.slice(0, 60)}": ${f.message.slice(0, 140)}`);
  }
  for (const f of result.findings.filter((f) => f.sentenceIndex === undefined)) console.log(`FINDING ${f.severity} ${f.code} "${f.targetText.slice(0, 60)}": ${f.message.slice(0, 140)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
