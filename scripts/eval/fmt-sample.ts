// Derives the Fool Me Twice sample used by `npm run eval` from a fetched copy of
// google-research/fool-me-twice. Only the train and dev splits are read; the test split is
// reserved for measurement outside this repository and is never opened.
//
// Usage: npx tsx scripts/eval/fmt-sample.ts --repo GIT_DIR [--out DIR] [--claims 300] [--seed 12]
// GIT_DIR is the repository's git directory (a bare mirror is fine: files are read with git show).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seededRandom } from '../lib/seededRandom';
import { flagValue } from './args';

interface FmtEvidence {
  section_header: string;
  text: string;
}

interface FmtClaim {
  id: string;
  text: string;
  label: 'SUPPORTS' | 'REFUTES';
  wikipedia_page: string;
  gold_evidence: FmtEvidence[];
  retrieved_evidence?: FmtEvidence[];
}

/** The splits this script may read; `test` is deliberately not one of them. */
type Split = 'dev' | 'train';

/** Reads one split with git; undefined when the snapshot lacks it (files of 4 MiB and more may be absent). */
function readSplit(gitDir: string, split: Split): FmtClaim[] | undefined {
  try {
    const text = execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:dataset/${split}.jsonl`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as FmtClaim);
  } catch {
    return undefined;
  }
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function pageKey(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `wiki-${slug || 'page'}`;
}

/**
 * The text of a page as far as the data set holds it: every gold and retrieved evidence sentence of
 * every claim about the page, one paragraph each, under its section heading (first-seen order).
 * The full article is not in the data set; these are its sentences that the claims were judged on.
 */
function pageMarkdown(title: string, claims: FmtClaim[]): string {
  const sections = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const evidence of [...claim.gold_evidence, ...(claim.retrieved_evidence ?? [])]) {
      const sentence = evidence.text.replace(/\s+/g, ' ').trim();
      if (!sentence) continue;
      const header = evidence.section_header.trim() || 'Summary';
      if (!sections.has(header)) sections.set(header, new Set());
      sections.get(header)?.add(sentence);
    }
  }
  const parts = [`# ${title}`];
  for (const [header, sentences] of sections) parts.push(`## ${header}`, ...sentences);
  return parts.join('\n\n') + '\n';
}

interface PageSet {
  dir: string;
  pages: [string, FmtClaim[]][];
}

function writePages({ dir, pages }: PageSet): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const manifest = pages.map(([title, claims]) => {
    const key = pageKey(title);
    fs.writeFileSync(path.join(dir, `${key}.md`), pageMarkdown(title, claims));
    const url = `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
    return { file: `${key}.md`, key, title, publisher: 'Wikipedia (CC BY-SA), via Fool Me Twice', url };
  });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ sources: manifest }, null, 2) + '\n');
}

function byPage(claims: FmtClaim[]): Map<string, FmtClaim[]> {
  const pages = new Map<string, FmtClaim[]>();
  for (const claim of claims) {
    if (!pages.has(claim.wikipedia_page)) pages.set(claim.wikipedia_page, []);
    pages.get(claim.wikipedia_page)?.push(claim);
  }
  return pages;
}

function claimLines(pages: [string, FmtClaim[]][], prefix: string): string[] {
  const lines: string[] = [];
  for (const [title, claims] of pages) {
    for (const claim of claims) {
      const [evidence, ...otherEvidence] = claim.gold_evidence.map((gold) => gold.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
      lines.push(JSON.stringify({
        id: `${prefix}-${String(lines.length + 1).padStart(4, '0')}`,
        claim: claim.text.trim(),
        label: claim.label === 'SUPPORTS' ? 'supported' : 'contradicted',
        source: `${pageKey(title)}.md`,
        ...(evidence ? { evidence } : {}),
        ...(otherEvidence.length ? { otherEvidence } : {}),
        fmtId: claim.id,
        page: title,
      }));
    }
  }
  return lines;
}

/** Pages in seeded order, taken whole until `wanted` claims are reached; the rest stay unused. */
function takePages(pages: Map<string, FmtClaim[]>, wanted: number, random: () => number): { taken: [string, FmtClaim[]][]; rest: [string, FmtClaim[]][] } {
  const order = shuffled([...pages.entries()], random);
  const taken: [string, FmtClaim[]][] = [];
  let count = 0;
  while (count < wanted && order.length) {
    const page = order.shift() as [string, FmtClaim[]];
    taken.push(page);
    count += page[1].length;
  }
  return { taken, rest: order };
}

function main(): void {
  const gitDir = flagValue('--repo');
  if (!gitDir) throw new Error('usage: fmt-sample.ts --repo GIT_DIR_OF_FOOL_ME_TWICE [--out DIR] [--claims N] [--seed N]');
  const out = path.resolve(flagValue('--out') ?? path.join(__dirname, '..', '..', 'eval', 'fmt'));
  const wanted = Number(flagValue('--claims') ?? 300);
  const random = seededRandom(Number(flagValue('--seed') ?? 12));
  const dev = readSplit(gitDir, 'dev');
  if (!dev) throw new Error(`${gitDir}: dataset/dev.jsonl not found`);
  const { taken, rest } = takePages(byPage(dev), wanted, random);
  writePages({ dir: path.join(out, 'corpus'), pages: taken });
  fs.writeFileSync(path.join(out, 'dev-claims.jsonl'), claimLines(taken, 'fmt-dev').join('\n') + '\n');
  // Pages of dev claims not sampled: a corpus nobody tunes on, for the perturbation suite.
  writePages({ dir: path.join(out, 'perturb-pages'), pages: rest });
  const train = readSplit(gitDir, 'train');
  if (train) {
    const trainPages = takePages(byPage(train), wanted, random).taken;
    writePages({ dir: path.join(out, 'train-corpus'), pages: trainPages });
    fs.writeFileSync(path.join(out, 'train-claims.jsonl'), claimLines(trainPages, 'fmt-train').join('\n') + '\n');
  }
  const claimCount = taken.reduce((n, [, claims]) => n + claims.length, 0);
  console.log(`dev: ${claimCount} claims on ${taken.length} pages; ${rest.length} other dev pages for the perturbation suite`);
  console.log(train ? `train: sampled ${wanted}+ claims` : 'train: dataset/train.jsonl is not in this copy of the repository (skipped)');
  console.log(`written to ${out}`);
}

main();
