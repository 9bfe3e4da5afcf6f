// `brief-lens` commands, given arguments, an output and an engine; returns the exit code.
import * as path from 'node:path';
import { safeFixSelection } from '../core/findings/fixAll';
import { applyEdits } from '../core/text/positions';
import type { Finding, Problem, Severity } from '../core/types';
import { findProjectFile, readProjectFile, type ProjectConfig } from './projectFile';
import { parseCommandLine, UsageError, type Command } from './args';
import { expandBriefs, readBrief } from './briefs';
import type { CliCorpus, CliEngine } from './engine';
import { formatCheckJson } from './format/json';
import { formatCheckSarif } from './format/sarif';
import { formatSourcesJson, formatSourcesText } from './format/sources';
import { formatCheckText } from './format/text';
import { HELP } from './help';
import { displayPath } from './paths';
import { problemLocation, type CheckedBrief, type CheckReport } from './report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The bundled corpus, used when no --corpus is given. */
  defaultCorpus: string;
  name: string;
  version: string;
  /** Standard input, read whole (`brief-lens check -`). */
  readStdin?(): Promise<string>;
  /** Writes a fixed brief back (`check --fix`). */
  writeFile?(file: string, text: string): Promise<void>;
}

/** How standard input is named in reports. */
export const STDIN_NAME = '<stdin>';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export async function run(argv: string[], io: CliIo, engine: CliEngine): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${io.name}: ${error.message}\nRun "${io.name} --help" for usage.\n`);
    return EXIT_USAGE;
  }
  switch (command.kind) {
    case 'help':
      io.stdout(HELP);
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.name} ${io.version}\n`);
      return EXIT_OK;
    case 'sources':
    case 'check':
      return runWithCorpus(command, io, engine);
  }
}

/** The corpus folders: --corpus, else the project file's (with the seeds while it names none), else the seeds. */
function corpusFolders(command: Extract<Command, { kind: 'check' | 'sources' }>, io: CliIo, project: ProjectConfig | undefined): string[] {
  if (command.corpus.length > 0) return command.corpus.map((folder) => path.resolve(io.cwd, folder));
  if (!project) return [io.defaultCorpus];
  return [...(project.includeSeeds ? [io.defaultCorpus] : []), ...project.folders];
}

async function runWithCorpus(command: Extract<Command, { kind: 'check' | 'sources' }>, io: CliIo, engine: CliEngine): Promise<number> {
  const projectFile = findProjectFile(io.cwd);
  const project = projectFile ? readProjectFile(projectFile) : undefined;
  for (const problem of project?.problems ?? []) io.stderr(`${io.name}: warning: ${displayPath(projectFile ?? '', io.cwd)}: ${problem}\n`);
  const folders = corpusFolders(command, io, project);
  if (folders.length === 0) {
    io.stderr(`${io.name}: no corpus folder: ${displayPath(projectFile ?? '', io.cwd)} sets corpus.includeSeeds to false and names no corpus.folders\n`);
    return EXIT_USAGE;
  }
  const maxFileBytes = command.maxFileBytes ?? (project ? project.settings['corpus.maxFileBytes'] : undefined);
  const corpus = await engine.loadCorpus(folders, { maxFileBytes }, { severities: project?.settings.severity ?? {} });
  if (corpus.sources.length === 0) {
    reportProblems(corpus.problems, io);
    const shown = folders.map((folder) => displayPath(folder, io.cwd)).join(', ');
    io.stderr(`${io.name}: the corpus has no usable source (${shown})\n`);
    return EXIT_USAGE;
  }
  if (command.kind === 'sources') {
    const format = command.format === 'json' ? formatSourcesJson : formatSourcesText;
    io.stdout(format(corpus.sources, corpus.problems, io.cwd));
    return EXIT_OK;
  }
  let checked = await checkBriefs(command.patterns, corpus, io);
  if (command.fix) {
    const fixed = await applySafeFixes(checked, corpus, io, folders);
    if (typeof fixed === 'number') return fixed;
    checked = fixed;
  }
  const report = withMinSeverity(checked, command.minSeverity);
  if (command.format === 'text') reportProblems(corpus.problems, io);
  const output =
    command.format === 'json'
      ? formatCheckJson(report, io.cwd)
      : command.format === 'sarif'
        ? formatCheckSarif(report, io.cwd, { name: io.name, version: io.version })
        : formatCheckText(report, io.cwd);
  if (output) io.stdout(output);
  if (report.failures.length > 0) return EXIT_USAGE;
  const hasError = report.briefs.some(({ result }) => result.findings.some((finding) => finding.severity === 'error'));
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}

/** The report with only the findings at or above a severity. */
function withMinSeverity(report: CheckReport, min: Severity): CheckReport {
  if (min === 'hint') return report;
  const keep = (finding: Finding): boolean => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[min];
  return { ...report, briefs: report.briefs.map(({ file, result }) => ({ file, result: { ...result, findings: result.findings.filter(keep) } })) };
}

type TextsReport = CheckReport & { texts: Map<string, string> };

/**
 * `check --fix`: applies each brief's safe fixes (as the editor's fix-all does), writes the brief
 * back, prints what changed on stderr and reports what is left; from standard input, prints the
 * fixed brief on stdout (and returns the exit code: no report is printed).
 */
async function applySafeFixes(report: TextsReport, corpus: CliCorpus, io: CliIo, sourceFolders: readonly string[]): Promise<number | TextsReport> {
  let fromStdin: string | undefined;
  const briefs: CheckedBrief[] = [];
  for (const { file, result } of report.briefs) {
    const text = report.texts.get(file) ?? '';
    // Sources are never written to: a brief inside a corpus folder is reported, not fixed.
    const inCorpus = sourceFolders.some((folder) => !path.relative(folder, file).startsWith('..') && !path.isAbsolute(path.relative(folder, file)));
    if (inCorpus && file !== STDIN_NAME) {
      io.stderr(`${io.name}: not fixing ${displayPath(file, io.cwd)}: it is inside a corpus folder\n`);
      briefs.push({ file, result });
      continue;
    }
    const chosen = safeFixSelection(result.findings);
    const fixed = applyEdits(text, chosen.flatMap(({ fix }) => fix.edits));
    for (const { finding, fix } of chosen) {
      const { line, character } = finding.range.start;
      io.stderr(`${displayPath(file, io.cwd)}:${line + 1}:${character + 1} fixed ${finding.code}: ${fix.title}\n`);
    }
    if (file === STDIN_NAME) fromStdin = fixed;
    else if (fixed !== text && io.writeFile) await io.writeFile(file, fixed);
    briefs.push({ file, result: fixed === text ? result : corpus.check(fixed, file) });
  }
  if (fromStdin === undefined) return { ...report, briefs };
  io.stdout(fromStdin);
  return report.failures.length > 0 ? EXIT_USAGE : EXIT_OK;
}

async function checkBriefs(patterns: string[], corpus: CliCorpus, io: CliIo): Promise<CheckReport & { texts: Map<string, string> }> {
  const texts = new Map<string, string>();
  const briefs: CheckedBrief[] = [];
  if (patterns.includes('-') && io.readStdin) {
    const text = await io.readStdin();
    texts.set(STDIN_NAME, text);
    briefs.push({ file: STDIN_NAME, result: corpus.check(text, STDIN_NAME) });
  }
  const named = patterns.filter((pattern) => pattern !== '-');
  const { files, failures } = named.length > 0 ? await expandBriefs(named, io.cwd) : { files: [], failures: [] };
  for (const file of files) {
    const brief = await readBrief(file);
    if ('problem' in brief) {
      failures.push({ file, message: brief.problem });
      continue;
    }
    if (brief.warning) io.stderr(`${io.name}: warning: ${displayPath(file, io.cwd)} ${brief.warning}\n`);
    texts.set(file, brief.text);
    briefs.push({ file, result: corpus.check(brief.text, file) });
  }
  for (const failure of failures) {
    io.stderr(`${io.name}: cannot check ${displayPath(failure.file, io.cwd)}: ${failure.message}\n`);
  }
  return { briefs, problems: corpus.problems, failures, texts };
}

function reportProblems(problems: Problem[], io: CliIo): void {
  for (const problem of problems) {
    io.stderr(`${io.name}: corpus problem: ${problemLocation(problem, io.cwd)}: ${problem.message}\n`);
  }
}
