// Reads the compiled WordNet (dist/wordnet.lex.gz) under Node: beside the bundle that runs
// (dist/cli.js, dist/extension.js) or, run from source (tsx, mocha), in the repository's dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { useLexiconSource } from '../core';

const FILE = 'wordnet.lex.gz';

export function lexiconCandidates(): string[] {
  return [path.join(__dirname, FILE), path.resolve(__dirname, '..', '..', 'dist', FILE)];
}

function lexiconFile(): string {
  const file = lexiconCandidates().find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${FILE} was not found (looked in ${lexiconCandidates().join(', ')}); build it with npm run build.`);
  return file;
}

export function readNodeLexicon(): string {
  return gunzipSync(fs.readFileSync(lexiconFile())).toString('utf8');
}

/** The same text, read and unzipped off the main thread (preloadLexicon). */
export async function readNodeLexiconAsync(): Promise<string> {
  const zipped = await fs.promises.readFile(lexiconFile());
  return (await promisify(gunzip)(zipped)).toString('utf8');
}

useLexiconSource(readNodeLexicon);
