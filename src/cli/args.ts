// Command-line arguments: parsed into a plain object, or a UsageError with a message.
import { parseArgs } from 'node:util';
import type { Severity } from '../core';

export type Format = 'text' | 'json' | 'sarif';

export type ReportFormat = 'html' | 'markdown' | 'csv';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'check'; patterns: string[]; corpus: string[]; bibliography: string[]; format: Format; maxFileBytes?: number; seeds?: SeedsChoice; explain?: boolean } & CheckFlags)
  | { kind: 'sources'; corpus: string[]; bibliography: string[]; format: Exclude<Format, 'sarif'>; maxFileBytes?: number; seeds?: SeedsChoice }
  | { kind: 'report'; patterns: string[]; corpus: string[]; bibliography: string[]; format: ReportFormat; output?: string; maxFileBytes?: number; seeds?: SeedsChoice };

/** `--seeds` / `--no-seeds`; absent: the project file's `corpus.includeSeeds`, else seeds only without a corpus folder. */
export type SeedsChoice = 'always' | 'never';

/** What `check` reports and does besides checking (see --help). */
export interface CheckFlags {
  /** The brief is read from standard input (`check -`), shown under this name. */
  stdinName?: string;
  minSeverity: Severity;
  quiet: boolean;
  fix: boolean;
}

/** Severities from the most to the least severe: `--min-severity X` shows X and those before it. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

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
        seeds: { type: 'boolean' },
        'no-seeds': { type: 'boolean' },
        'min-severity': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        explain: { type: 'boolean' },
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
  if (values.seeds && values['no-seeds']) throw new UsageError('--seeds and --no-seeds contradict each other');
  const seeds: SeedsChoice | undefined = values.seeds ? 'always' : values['no-seeds'] ? 'never' : undefined;
  if (kind !== 'check') {
    for (const flag of ['min-severity', 'quiet', 'fix', 'stdin-filename'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} is an option of check, not of ${kind}`);
    }
  }
  if (kind === 'sources') {
    if (rest.length > 0) throw new UsageError(`sources takes no files (got "${rest[0]}")`);
    return { kind: 'sources', corpus, bibliography, format: format as 'text' | 'json', maxFileBytes, seeds };
  }
  if (rest.length === 0) throw new UsageError(`${kind} needs at least one brief: brief-lens ${kind} <files or globs...>`);
  if (kind === 'report') {
    return { kind, patterns: rest, corpus, bibliography, format: format as ReportFormat, ...(values.output !== undefined && { output: values.output }), maxFileBytes, seeds };
  }
  if (values.explain && format !== 'json') throw new UsageError('--explain goes with check --format json');
  return { kind: 'check', patterns: rest, corpus, bibliography, format: format as Format, maxFileBytes, seeds, ...(values.explain ? { explain: true } : {}), ...checkFlags(values, rest, format as Format) };
}

function checkFlags(
  values: { 'min-severity'?: string; quiet?: boolean; fix?: boolean; 'stdin-filename'?: string },
  patterns: string[],
  format: Format,
): CheckFlags {
  const level = values['min-severity'];
  if (level !== undefined && !SEVERITY_ORDER.includes(level as Severity)) {
    throw new UsageError(`unknown severity "${level}" for --min-severity: use ${SEVERITY_ORDER.join(', ')}`);
  }
  const quiet = values.quiet === true;
  if (quiet && level !== undefined && level !== 'error') throw new UsageError('--quiet shows errors only: drop --min-severity or --quiet');
  const fix = values.fix === true;
  const stdin = patterns.includes('-');
  if (stdin && patterns.length > 1) throw new UsageError('"-" (standard input) cannot be combined with files');
  if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs "-" (standard input) as the brief');
  if (values['stdin-filename'] !== undefined && values['stdin-filename'].trim() === '') throw new UsageError('--stdin-filename needs a name');
  if (stdin && fix && format !== 'text') throw new UsageError('with "-" (standard input), --fix writes the fixed brief to stdout: --format must be text');
  return {
    ...(stdin && { stdinName: values['stdin-filename'] ?? '<stdin>' }),
    minSeverity: quiet ? 'error' : ((level as Severity | undefined) ?? 'hint'),
    quiet,
    fix,
  };
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
