// `brief-lens` commands, given arguments, an output and an engine; returns the exit code.
import * as path from 'node:path';
import { briefReferences, type Problem } from '../core';
import { parseCommandLine, UsageError, type Command } from './args';
import { applySafeFixes, STDIN_NAME, withMinSeverity } from './fix';
import { findProjectFile, readProjectFile, type ProjectConfig } from './projectFile';
import { expandBriefs, readBrief } from './briefs';
import type { CliCorpus, CliEngine } from './engine';
import { formatCheckJson } from './format/json';
import { formatCheckSarif } from './format/sarif';
import { formatSourcesJson, formatSourcesText } from './format/sources';
import { escapeControls } from './format/escape';
import { formatCheckText } from './format/text';
import { HELP } from './help';
import { writeReport } from './reportCommand';
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
  /** Writes a file the user named (`report -o FILE`, a brief fixed by `check --fix`); absent where nothing may be written. */
  writeFile?(file: string, text: string): Promise<void>;
  /** Standard input, read whole (`brief-lens check -`). */
  readStdin?(): Promise<string>;
  name: string;
  version: string;
}

export async function run(argv: string[], io: CliIo, engine: CliEngine): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${io.name}: ${escapeControls(error.message)}\nRun "${io.name} --help" for usage.\n`);
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
    case 'report':
      return runWithCorpus(command, io, engine);
  }
}

type CorpusCommand = Extract<Command, { kind: 'check' | 'sources' | 'report' }>;

/** The corpus folders: --corpus, else the project file's (with the seeds while it names none), else the seeds. */
function corpusFolders(command: CorpusCommand, io: CliIo, project: ProjectConfig | undefined): string[] {
  if (command.corpus.length > 0) return command.corpus.map((folder) => path.resolve(io.cwd, folder));
  if (!project) return [io.defaultCorpus];
  return [...(project.includeSeeds ? [io.defaultCorpus] : []), ...project.folders];
}

/** The project file that applies, its faults reported as warnings. */
function projectConfig(io: CliIo): ProjectConfig | undefined {
  const file = findProjectFile(io.cwd);
  if (!file) return undefined;
  const project = readProjectFile(file);
  for (const problem of project.problems) io.stderr(`${io.name}: warning: ${escapeControls(displayPath(file, io.cwd))}: ${escapeControls(problem)}\n`);
  return project;
}

async function runWithCorpus(command: CorpusCommand, io: CliIo, engine: CliEngine): Promise<number> {
  const project = projectConfig(io);
  const folders = corpusFolders(command, io, project);
  if (folders.length === 0) {
    io.stderr(`${io.name}: no corpus folder: the project file sets corpus.includeSeeds to false and names no corpus.folders\n`);
    return EXIT_USAGE;
  }
  // Briefs are read first: their front matter may name bibliographies the corpus needs.
  const briefs = command.kind === 'sources' ? { texts: [], failures: [] } : await readBriefs(command.patterns, io);
  const bibliographies = [...command.bibliography.map((file) => path.resolve(io.cwd, file)), ...briefs.texts.filter((b) => b.file !== STDIN_NAME).flatMap(frontMatterBibliographies)];
  const corpus = await engine.loadCorpus(
    folders,
    {
      maxFileBytes: command.maxFileBytes ?? project?.settings['corpus.maxFileBytes'],
      ...(bibliographies.length > 0 && { bibliographies: [...new Set(bibliographies)] }),
      onCacheError: (message) => io.stderr(`${io.name}: warning: ${escapeControls(message)}\n`),
    },
    { severities: project?.settings.severity ?? {} },
  );
  if (corpus.sources.length === 0) {
    reportProblems(corpus.problems, io);
    const shown = folders.map((folder) => escapeControls(displayPath(folder, io.cwd))).join(', ');
    io.stderr(`${io.name}: the corpus has no usable source (${shown})\n`);
    return EXIT_USAGE;
  }
  if (command.kind === 'sources') {
    const format = command.format === 'json' ? formatSourcesJson : formatSourcesText;
    io.stdout(format(corpus.sources, corpus.problems, io.cwd));
    return EXIT_OK;
  }
  let checked = checkBriefs(briefs, corpus, io);
  if (command.kind === 'report') {
    const report = checked;
    reportProblems(corpus.problems, io);
    const written = await writeReport(report, corpus.sources, { ...command, folders }, io);
    return written ? exitCode(report) : EXIT_USAGE;
  }
  if (command.fix) {
    const fixed = await applySafeFixes(checked, new Map(briefs.texts.map((b) => [b.file, b.text])), corpus, io, folders);
    // From standard input the fixed brief is the output.
    if (fixed.stdin !== undefined) {
      io.stdout(fixed.stdin);
      return checked.failures.length > 0 ? EXIT_USAGE : EXIT_OK;
    }
    checked = fixed.report;
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
  return exitCode(report);
}

/** 2 when a brief could not be read, 1 when a finding is an error, else 0 (check and report alike). */
function exitCode(report: CheckReport): number {
  if (report.failures.length > 0) return EXIT_USAGE;
  const hasError = report.briefs.some(({ result }) => result.findings.some((finding) => finding.severity === 'error'));
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}

interface ReadBriefs {
  texts: { file: string; text: string }[];
  failures: Problem[];
}

async function readBriefs(patterns: string[], io: CliIo): Promise<ReadBriefs> {
  const texts: ReadBriefs['texts'] = [];
  // `-` is standard input.
  if (patterns.includes('-') && io.readStdin) texts.push({ file: STDIN_NAME, text: await io.readStdin() });
  const named = patterns.filter((pattern) => pattern !== '-');
  const { files, failures } = named.length > 0 ? await expandBriefs(named, io.cwd) : { files: [], failures: [] };
  for (const file of files) {
    const brief = await readBrief(file);
    if ('problem' in brief) {
      failures.push({ file, message: brief.problem });
      continue;
    }
    if (brief.warning) io.stderr(`${io.name}: warning: ${escapeControls(displayPath(file, io.cwd))} ${escapeControls(brief.warning)}\n`);
    texts.push({ file, text: brief.text });
  }
  return { texts, failures };
}

/** A brief's `bibliography:` paths, relative to the brief as Pandoc takes them. */
function frontMatterBibliographies(brief: { file: string; text: string }): string[] {
  return briefReferences(brief.text).bibliography.map((file) => path.resolve(path.dirname(brief.file), file));
}

function checkBriefs({ texts, failures }: ReadBriefs, corpus: CliCorpus, io: CliIo): CheckReport {
  const briefs: CheckedBrief[] = texts.map(({ file, text }) => ({ file, text, result: corpus.check(text, file) }));
  for (const failure of failures) {
    io.stderr(`${io.name}: cannot check ${escapeControls(displayPath(failure.file, io.cwd))}: ${escapeControls(failure.message)}\n`);
  }
  return { briefs, problems: corpus.problems, failures };
}

function reportProblems(problems: Problem[], io: CliIo): void {
  for (const problem of problems) {
    io.stderr(`${io.name}: corpus problem: ${escapeControls(problemLocation(problem, io.cwd))}: ${escapeControls(problem.message)}\n`);
  }
}
