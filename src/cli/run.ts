// `brief-lens` commands, given arguments, an output and an engine; returns the exit code.
import { parseCommandLine, UsageError, type Command } from './args';
import { checkBriefs, type CheckCommand } from './check';
import type { CliEngine } from './engine';
import { formatCheckJson } from './format/json';
import { formatCheckSarif } from './format/sarif';
import { formatSourcesJson, formatSourcesText } from './format/sources';
import { escapeControls } from './format/escape';
import { formatCheckText } from './format/text';
import { HELP } from './help';
import { CorpusLoader, reportProblems, reportProjectProblems, type CliIo } from './loader';
import { ProjectFinder } from './project';
import { atLeast, type CheckReport } from './report';
import { resolveConfig } from './config';
import { writeReport } from './reportCommand';

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


/**
 * `report`: the briefs checked as `check` checks them (each with its project file's corpus,
 * severities and seeds rule, the command line winning), as an HTML, Markdown or CSV report.
 */
async function runReport(command: Extract<Command, { kind: 'report' }>, io: CliIo, engine: CliEngine): Promise<number> {
  const { output, format, ...options } = command;
  const checked: CheckCommand = { ...options, kind: 'check', format: 'text', minSeverity: 'hint', quiet: false, fix: false };
  const outcome = await checkBriefs(checked, io, new CorpusLoader(engine, io));
  if (outcome === 'no-corpus') return EXIT_USAGE;
  reportProblems(outcome.corpusProblems, io);
  const written = await writeReport(outcome.report, outcome.sources, { format, ...(output !== undefined && { output }), folders: outcome.folders }, io);
  return written ? exitCode(outcome.report) : EXIT_USAGE;
}

/** 2 when a brief could not be read, 1 when a finding is an error, else 0. */
function exitCode(report: CheckReport): number {
  if (report.failures.length > 0) return EXIT_USAGE;
  const hasError = report.briefs.some(({ result }) => result.findings.some((finding) => finding.severity === 'error'));
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}

