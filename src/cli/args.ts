// Command-line arguments: parsed into a plain object, or a UsageError with a message.
import { parseArgs } from 'node:util';

export type Format = 'text' | 'json' | 'sarif';

export type MinSeverity = 'error' | 'warning' | 'information' | 'hint';
const SEVERITIES: readonly MinSeverity[] = ['error', 'warning', 'information', 'hint'];

/** What `check` does besides reporting: the lowest severity shown, and whether to apply safe fixes. */
export interface CheckOptions {
  minSeverity: MinSeverity;
  fix: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'check'; patterns: string[]; corpus: string[]; bibliography: string[]; format: Format; maxFileBytes?: number } & CheckOptions)
  | { kind: 'sources'; corpus: string[]; bibliography: string[]; format: Exclude<Format, 'sarif'>; maxFileBytes?: number };

export class UsageError extends Error {}

const FORMATS: Record<'check' | 'sources', readonly Format[]> = {
  check: ['text', 'json', 'sarif'],
  sources: ['text', 'json'],
};

export function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string', short: 'c', multiple: true },
        bibliography: { type: 'string', short: 'b', multiple: true },
        format: { type: 'string', short: 'f' },
        'max-file-mb': { type: 'string' },
        'min-severity': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command: use "check" or "sources"');
  if (command !== 'check' && command !== 'sources') {
    throw new UsageError(`unknown command "${command}": use "check" or "sources"`);
  }
  const corpus = values.corpus ?? [];
  for (const folder of corpus) if (folder.trim() === '') throw new UsageError('--corpus needs a folder');
  const bibliography = values.bibliography ?? [];
  for (const file of bibliography) if (file.trim() === '') throw new UsageError('--bibliography needs a file');
  const format = values.format ?? 'text';
  if (!FORMATS[command].includes(format as Format)) {
    throw new UsageError(`unknown format "${format}" for ${command}: use ${FORMATS[command].join(', ')}`);
  }
  let maxFileBytes: number | undefined;
  if (values['max-file-mb'] !== undefined) {
    const megabytes = Number(values['max-file-mb']);
    if (!Number.isFinite(megabytes) || megabytes <= 0) {
      throw new UsageError(`--max-file-mb needs a positive number, not "${values['max-file-mb']}"`);
    }
    maxFileBytes = Math.floor(megabytes * 1024 * 1024);
  }
  if (command === 'sources') {
    if (rest.length > 0) throw new UsageError(`sources takes no files (got "${rest[0]}")`);
    return { kind: 'sources', corpus, bibliography, format: format as 'text' | 'json', maxFileBytes };
  }
  if (rest.length === 0) throw new UsageError('check needs at least one brief: brief-lens check <files or globs...> (or - for standard input)');
  const minSeverity = values.quiet ? 'error' : (values['min-severity'] ?? 'hint');
  if (!SEVERITIES.includes(minSeverity as MinSeverity)) throw new UsageError(`unknown severity "${minSeverity}": use ${SEVERITIES.join(', ')}`);
  return { kind: 'check', patterns: rest, corpus, bibliography, format: format as Format, maxFileBytes, minSeverity: minSeverity as MinSeverity, fix: values.fix ?? false };
}
