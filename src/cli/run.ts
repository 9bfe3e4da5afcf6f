// `brief-lens` commands, given arguments, an output and an engine; returns the exit code.
import * as path from 'node:path';
import { briefReferences, type Problem } from '../core';
import { parseCommandLine, UsageError, type Command } from './args';
import { checkBriefs, type CheckCommand } from './check';
import { expandBriefs, readBrief } from './briefs';
import type { CliCorpus, CliEngine } from './engine';
import { formatCheckJson } from './format/json';
import { formatCheckSarif } from './format/sarif';
import { formatSourcesJson, formatSourcesText } from './format/sources';
import { escapeControls } from './format/escape';
import { formatCheckText } from './format/text';
import { HELP } from './help';
import { CorpusLoader, reportProblems, reportProjectProblems, type CliIo } from './loader';
import { ProjectFinder } from './project';
import { atLeast, type CheckedBrief, type CheckReport } from './report';
import { resolveConfig } from './config';
import { writeReport } from './reportCommand';
import { displayPath } from './paths';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export type { CliIo } from './loader';

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
      return runSources(command, io, engine);
    case 'check':
      return runCheck(command, io, engine);
    case 'report':
      return runReport(command, io, engine);
  }
}

async function runSources(command: Extract<Command, { kind: 'sources' }>, io: CliIo, engine: CliEngine): Promise<number> {
  const project = await new ProjectFinder().find(io.cwd);
  reportProjectProblems(project?.problems ?? [], io);
  const config = resolveConfig({ ...command, cwd: io.cwd, seedsFolder: io.defaultCorpus }, project);
  const corpus = await new CorpusLoader(engine, io).load(config);
  if (!corpus) return EXIT_USAGE;
  const format = command.format === 'json' ? formatSourcesJson : formatSourcesText;
  io.stdout(format(corpus.sources, corpus.problems, io.cwd));
  return EXIT_OK;
}

async function runCheck(command: CheckCommand, io: CliIo, engine: CliEngine): Promise<number> {
  const outcome = await checkBriefs(command, io, new CorpusLoader(engine, io));
  if (outcome === 'no-corpus') return EXIT_USAGE;
  const { report, corpusProblems, fixedLines, fixedStdin } = outcome;
  // JSON and SARIF carry the problems in their output; text shows them on stderr.
  if (command.format === 'text' && !command.quiet) reportProblems(corpusProblems, io);
  const hasError = report.briefs.some(({ result }) => result.findings.some((finding) => finding.severity === 'error'));
  const code = report.failures.length > 0 ? EXIT_USAGE : hasError ? EXIT_FINDINGS : EXIT_OK;
  if (fixedStdin !== undefined) {
    // `check - --fix`: the fixed brief is the output; what changed goes to stderr.
    for (const line of fixedLines) io.stderr(`${line}\n`);
    io.stdout(fixedStdin);
    return code;
  }
  const shown: CheckReport = { ...report, briefs: report.briefs.map(({ file, result }) => ({ file, result: atLeast(result, command.minSeverity) })) };
  const output =
    command.format === 'json'
      ? formatCheckJson(shown, io.cwd, command.explain === true)
      : command.format === 'sarif'
        ? formatCheckSarif(shown, io.cwd, { name: io.name, version: io.version })
        : formatCheckText(shown, io.cwd);
  const fixes = fixedLines.map((line) => `${line}\n`).join('');
  // JSON and SARIF stay parseable: the fixed lines go to stderr then.
  if (command.format === 'text') io.stdout(fixes);
  else io.stderr(fixes);
  const nothingShown = shown.briefs.every(({ result }) => result.findings.length === 0);
  if (output && !(command.quiet && command.format === 'text' && nothingShown)) io.stdout(output);
  return code;
}


/** `report`: as before the project file (--corpus, else the bundled seeds), the HTML, Markdown or CSV report. */
async function runReport(command: Extract<Command, { kind: 'report' }>, io: CliIo, engine: CliEngine): Promise<number> {
  const folders = command.corpus.length > 0 ? command.corpus.map((folder) => path.resolve(io.cwd, folder)) : [io.defaultCorpus];
  // Briefs are read first: their front matter may name bibliographies the corpus needs.
  const briefs = await readBriefs(command.patterns, io);
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
  const report = checkReportBriefs(briefs, corpus, io);
  reportProblems(corpus.problems, io);
  const written = await writeReport(report, corpus.sources, { ...command, folders }, io);
  return written ? exitCode(report) : EXIT_USAGE;
}

/** 2 when a brief could not be read, 1 when a finding is an error, else 0. */
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

function checkReportBriefs({ texts, failures }: ReadBriefs, corpus: CliCorpus, io: CliIo): CheckReport {
  const briefs: CheckedBrief[] = texts.map(({ file, text }) => ({ file, text, result: corpus.check(text, file) }));
  for (const failure of failures) {
    io.stderr(`${io.name}: cannot check ${escapeControls(displayPath(failure.file, io.cwd))}: ${escapeControls(failure.message)}\n`);
  }
  return { briefs, problems: corpus.problems, failures };
}
