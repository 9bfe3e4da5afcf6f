// Entry point of the `brief-lens` command (bundled to dist/cli.js).
import { existsSync } from 'node:fs';
import { writeUserFile } from './output';
import * as path from 'node:path';
import { version } from '../../package.json';
import { escapeControls } from './format/escape';
import { nodeEngine } from './nodeEngine';
import { EXIT_USAGE, run } from './run';

/** The bundled corpus: seeds/ next to dist/ (installed package), or at the repository root. */
function defaultCorpus(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', 'seeds')];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}

/** Standard input, whole, as UTF-8 (`brief-lens check -`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
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
    readStdin,
    name: 'brief-lens',
    version,
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
