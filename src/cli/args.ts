// Command-line arguments: parsed into a plain object, or a UsageError with a message.
import { parseArgs } from 'node:util';

export type Format = 'text' | 'json' | 'sarif';

export type ReportFormat = 'html' | 'markdown' | 'csv';

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
  | { kind: 'sources'; corpus: string[]; bibliography: string[]; format: Exclude<Format, 'sarif'>; maxFileBytes?: number }
  | { kind: 'report'; patterns: string[]; corpus: string[]; bibliography: string[]; format: ReportFormat; output?: string; maxFileBytes?: number };

export class UsageError extends Error {}

const FORMATS: Record<'check' | 'sources' | 'report', readonly string[]> = {
  check: ['text', 'json', 'sarif'],
  sources: ['text', 'json'],
  report: ['html', 'markdown', 'csv'],
};
const COMMANDS = ['check', 'sources', 'report'] as const;

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
        output: { type: 'string', short: 'o' },
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
  if (command === undefined) throw new UsageError('missing command: use "check", "sources" or "report"');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}": use "check", "sources" or "report"`);
  }
  const kind = command as (typeof COMMANDS)[number];
  if (values.output !== undefined && kind !== 'report') throw new UsageError(`--output is for report, not ${kind}`);
  if (values.output !== undefined && values.output.trim() === '') throw new UsageError('--output needs a file');
  const corpus = values.corpus ?? [];
  for (const folder of corpus) if (folder.trim() === '') throw new UsageError('--corpus needs a folder');
  const bibliography = values.bibliography ?? [];
  for (const file of bibliography) if (file.trim() === '') throw new UsageError('--bibliography needs a file');
  const format = values.format ?? (kind === 'report' ? 'html' : 'text');
  if (!FORMATS[kind].includes(format)) {
    throw new UsageError(`unknown format "${format}" for ${kind}: use ${FORMATS[kind].join(', ')}`);
  }
  let maxFileBytes: number | undefined;
  if (values['max-file-mb'] !== undefined) {
    maxFileBytes = maxFileBytesOf(values['max-file-mb']);
  }
  if (kind === 'sources') {
    if (rest.length > 0) throw new UsageError(`sources takes no files (got "${rest[0]}")`);
    return { kind: 'sources', corpus, bibliography, format: format as 'text' | 'json', maxFileBytes };
  }
  if (rest.length === 0) throw new UsageError(`${kind} needs at least one brief: brief-lens ${kind} <files or globs...>`);
  if (kind === 'report') {
    return { kind, patterns: rest, corpus, bibliography, format: format as ReportFormat, ...(values.output !== undefined && { output: values.output }), maxFileBytes };
  }
  const minSeverity = values.quiet ? 'error' : (values['min-severity'] ?? 'hint');
  if (!SEVERITIES.includes(minSeverity as MinSeverity)) throw new UsageError(`unknown severity "${minSeverity}": use ${SEVERITIES.join(', ')}`);
  return { kind: 'check', patterns: rest, corpus, bibliography, format: format as Format, maxFileBytes, minSeverity: minSeverity as MinSeverity, fix: values.fix ?? false };
}

/** Smallest and largest --max-file-mb, in bytes: below 1 KB nothing useful is indexed; above 2 GB a file cannot be one string. */
const MIN_FILE_BYTES = 1024;
const MAX_FILE_BYTES = 2048 * 1024 * 1024;

/** `--max-file-mb` as bytes; a value that is not a number, or rounds outside the limits, is a usage error (never a silent default). */
function maxFileBytesOf(text: string): number {
  const megabytes = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new UsageError(`--max-file-mb needs a positive number, not "${text}"`);
  }
  const bytes = Math.floor(megabytes * 1024 * 1024);
  if (bytes < MIN_FILE_BYTES) throw new UsageError(`--max-file-mb ${text} is below the smallest limit, 0.001 (1 KB)`);
  if (bytes > MAX_FILE_BYTES) throw new UsageError(`--max-file-mb ${text} is above the largest limit, 2048 (2 GB)`);
  return bytes;
}
