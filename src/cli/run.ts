// `brief-lens` commands, given arguments, an output and an engine; returns the exit code.
import * as path from 'node:path';
import { briefReferences, type Problem } from '../core';
import { parseCommandLine, UsageError, type Command } from './args';
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
  /** Writes a file the user named (`report -o FILE`); absent where nothing may be written. */
  writeFile?(file: string, text: string): Promise<void>;
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

async function runWithCorpus(command: Extract<Command, { kind: 'check' | 'sources' | 'report' }>, io: CliIo, engine: CliEngine): Promise<number> {
  const folders = command.corpus.length > 0 ? command.corpus.map((folder) => path.resolve(io.cwd, folder)) : [io.defaultCorpus];
  // Briefs are read first: their front matter may name bibliographies the corpus needs.
  const briefs = command.kind === 'sources' ? { texts: [], failures: [] } : await readBriefs(command.patterns, io);
  const bibliographies = [...command.bibliography.map((file) => path.resolve(io.cwd, file)), ...briefs.texts.flatMap(frontMatterBibliographies)];
  const corpus = await engine.loadCorpus(folders, {
    maxFileBytes: command.maxFileBytes,
    ...(bibliographies.length > 0 && { bibliographies: [...new Set(bibliographies)] }),
    onCacheError: (message) => io.stderr(`${io.name}: warning: ${escapeControls(message)}\n`),
  });
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
  const report = checkBriefs(briefs, corpus, io);
  if (command.kind === 'report') {
    reportProblems(corpus.problems, io);
    const written = await writeReport(report, corpus.sources, { ...command, folders }, io);
    return written ? exitCode(report) : EXIT_USAGE;
  }
  if (command.format === 'text') reportProblems(corpus.problems, io);
  const output =
    command.format === 'json'
      ? formatCheckJson(report, io.cwd, command.explain === true)
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
  const { files, failures } = await expandBriefs(patterns, io.cwd);
  const texts: ReadBriefs['texts'] = [];
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
