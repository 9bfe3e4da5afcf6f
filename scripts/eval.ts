// Accuracy on a labelled claim set: each claim is checked as its own uncited paragraph
// against the bundled corpus. Usage: npm run eval [-- --claims FILE] [--corpus DIR]... [--verbose] [--json]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type Verdict } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';

interface LabelledClaim {
  id: string;
  claim: string;
  label: Verdict;
  source?: string;
  evidence?: string;
  expect?: string;
}

const LABELS: Verdict[] = ['supported', 'contradicted', 'unsupported', 'opinion'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const claimsFile = arg('--claims', path.join(root, '..', 'shared', 'eval', 'dev-claims.jsonl'));
  const corpusDirs = process.argv.flatMap((a, i) => (a === '--corpus' && process.argv[i + 1] ? [process.argv[i + 1]] : []));
  if (corpusDirs.length === 0) corpusDirs.push(path.join(root, 'seeds'));
  const corpusDir = corpusDirs.join(', ');
  const verbose = process.argv.includes('--verbose');
  const claims = fs
    .readFileSync(claimsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledClaim);
  const corpus = await loadCorpus(corpusDirs, nodeFileSystem);
  const checker = new BriefChecker(corpus);
  const confusion = new Map<string, number>();
  let evidenceHits = 0;
  let evidenceTotal = 0;
  let corrected = 0;
  let contradictions = 0;
  for (const c of claims) {
    const result = checker.check(`${c.claim}\n`, c.id, 1);
    const sentence = result.sentences[0];
    const verdict: Verdict = sentence?.verdict ?? 'opinion';
    confusion.set(`${c.label}>${verdict}`, (confusion.get(`${c.label}>${verdict}`) ?? 0) + 1);
    let evidenceOk: boolean | undefined;
    if ((c.label === 'supported' || c.label === 'contradicted') && c.source && c.evidence) {
      evidenceTotal++;
      const top = sentence?.evidence[0];
      if (top && path.basename(top.file) === c.source) {
        const text = corpus.sourceText(top.key) ?? '';
        let at = text.indexOf(c.evidence);
        if (at < 0) at = normalise(text).indexOf(normalise(c.evidence));
        evidenceOk = at >= 0 && top.start < at + c.evidence.length && at < top.end;
      } else evidenceOk = false;
      if (evidenceOk) evidenceHits++;
    }
    let correctionOk: boolean | undefined;
    if (c.label === 'contradicted' && c.expect) {
      contradictions++;
      correctionOk = (sentence?.corrections ?? []).some((k) => normalise(k.source).includes(normalise(c.expect!)) || normalise(c.expect!).includes(normalise(k.source)) && k.source.length > 0);
      if (correctionOk) corrected++;
    }
    if (verbose && (verdict !== c.label || evidenceOk === false || correctionOk === false)) {
      console.log(`${c.id} ${c.label} -> ${verdict}${evidenceOk === false ? ' [evidence miss]' : ''}${correctionOk === false ? ' [no correction]' : ''}: ${c.claim}`);
      if (sentence?.evidence[0]) console.log(`   top: (${sentence.evidence[0].stance} ${sentence.evidence[0].score}) ${sentence.evidence[0].text.slice(0, 140)}`);
      for (const k of sentence?.corrections ?? []) console.log(`   correction: ${k.kind} ${k.claimed} -> ${k.source}`);
    }
  }
  const count = (gold: string, pred: string): number => confusion.get(`${gold}>${pred}`) ?? 0;
  const rows = LABELS.map((label) => {
    const tp = count(label, label);
    const predicted = LABELS.reduce((n, g) => n + count(g, label), 0);
    const actual = LABELS.reduce((n, p) => n + count(label, p), 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: actual };
  });
  const present = rows.filter((r) => r.support > 0);
  const macroF1 = present.reduce((n, r) => n + r.f1, 0) / Math.max(1, present.length);
  const figures = {
    claims: claims.length,
    macroF1,
    contradictedPrecision: rows.find((r) => r.label === 'contradicted')!.precision,
    evidenceAt1: evidenceTotal ? evidenceHits / evidenceTotal : 0,
    correctedValue: contradictions ? corrected / contradictions : 0,
    perLabel: rows,
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  const pct = (x: number): string => x.toFixed(3);
  console.log(`claims: ${claims.length}  corpus: ${corpusDir} (${corpus.sources.length} sources, ${corpus.passageCount} passages)`);
  console.log('label          precision  recall  f1     n');
  for (const r of rows) console.log(`${r.label.padEnd(14)} ${pct(r.precision).padEnd(10)} ${pct(r.recall).padEnd(7)} ${pct(r.f1).padEnd(6)} ${r.support}`);
  console.log(`macro-F1: ${pct(macroF1)}`);
  console.log(`contradicted precision: ${pct(figures.contradictedPrecision)}`);
  console.log(`evidence@1: ${pct(figures.evidenceAt1)} (${evidenceHits}/${evidenceTotal})`);
  console.log(`corrected value offered: ${pct(figures.correctedValue)} (${corrected}/${contradictions})`);
  console.log('confusion (gold>predicted): ' + [...confusion.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
