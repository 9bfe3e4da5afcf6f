// Entry point of the `brief-lens` command (bundled to dist/cli.js).
import { existsSync } from 'node:fs';
import { writeUserFile } from './output';
import * as path from 'node:path';
// The compiled WordNet ships beside this bundle (dist/wordnet.lex.gz); read on the first check.
import '../node/lexicon';
import { version } from '../../package.json';
import { escapeControls } from './format/escape';
import { nodeEngine } from './nodeEngine';
import { EXIT_USAGE, run } from './run';

/** The bundled corpus: seeds/ next to dist/ (installed package), or at the repository root. */
function defaultCorpus(): string {
  const installed = path.join(__dirname, '..', 'seeds');
  return [installed, path.join(__dirname, '..', '..', 'seeds')].find((candidate) => existsSync(candidate)) ?? installed;
}

/** All of standard input as UTF-8 (a byte order mark is dropped by the caller). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function write(stream: NodeJS.WriteStream) {
  return (text: string) => {
    stream.write(text);
  };
}

// A closed pipe (`brief-lens check ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(
  process.argv.slice(2),
  {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    cwd: process.cwd(),
    defaultCorpus: defaultCorpus(),
    writeFile: writeUserFile,
    name: 'brief-lens',
    version,
    readStdin,
  },
  nodeEngine,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`brief-lens: internal error: ${escapeControls(message.split('\n')[0] ?? '')}\n`);
    if (process.env.BRIEF_LENS_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
