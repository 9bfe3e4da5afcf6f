// `brief-lens check`: reads the briefs (files, or standard input for `-`), finds each one's project
// file and corpus, checks it, and with --fix applies the safe fixes and checks the result again.
import * as path from 'node:path';
import { briefReferences, type BriefResult, type Problem, type SourceInfo } from '../core';
import type { Command } from './args';
import { expandBriefs, readBrief } from './briefs';
import { includeGlobs, isExcluded, resolveConfig, type BriefConfig } from './config';
import type { CliCorpus } from './engine';
import { applySafeFixes, fixedLine, writeFixed } from './fix';
import { escapeControls } from './format/escape';
import { displayPath, isInside } from './paths';
import { ProjectFinder, type Project } from './project';
import type { CheckReport } from './report';
import { reportProjectProblems, type CliIo, type CorpusLoader } from './loader';

export type CheckCommand = Extract<Command, { kind: 'check' }>;

export interface CheckOutcome {
  report: CheckReport;
  /** Problems of the corpora used, once each. */
  corpusProblems: Problem[];
  /** Sources of the corpora used (the first of a key wins) and their folders: what a report shows and may not write into. */
  sources: SourceInfo[];
  folders: string[];
  /** `file:line:col fixed …` lines, in brief order. */
  fixedLines: string[];
  /** With `check - --fix`: the fixed brief. */
  fixedStdin?: string;
}

interface Input {
  /** Absolute path (for standard input, its display name resolved against the working folder). */
  file: string;
  text: string;
  /** The bytes read from the file; absent for standard input. */
  bytes?: Uint8Array;
  encoding: string;
}

type Fail = (file: string, verb: 'check' | 'fix', message: string) => void;

export async function checkBriefs(command: CheckCommand, io: CliIo, corpora: CorpusLoader): Promise<CheckOutcome | 'no-corpus'> {
  const finder = new ProjectFinder();
  const projects = new Map<string, Project>();
  const projectOf = async (folder: string): Promise<Project | undefined> => {
    const project = await finder.find(folder);
    if (project && !projects.has(project.file)) {
      projects.set(project.file, project);
      // JSON and SARIF list them in their output.
      if (command.format === 'text' && !command.quiet) reportProjectProblems(project.problems, io);
    }
    return project;
  };
  const failures: Problem[] = [];
  const fail: Fail = (file, verb, message) => {
    failures.push({ file, message });
    io.stderr(`${io.name}: cannot ${verb} ${escapeControls(displayPath(file, io.cwd))}: ${escapeControls(message)}\n`);
  };
  const inputs = await readInputs(command, io, projectOf, fail);
  const outcome: CheckOutcome = { report: { briefs: [], problems: [], failures }, corpusProblems: [], sources: [], folders: [], fixedLines: [] };
  const used = new Set<CliCorpus>();
  const sourceKeys = new Set<string>();
  for (const input of inputs) {
    const project = await projectOf(path.dirname(input.file));
    const frontMatter = frontMatterBibliographies(input);
    const config = resolveConfig({ ...command, frontMatter, cwd: io.cwd, seedsFolder: io.defaultCorpus }, project);
    const corpus = await corpora.load(config);
    if (!corpus) return 'no-corpus';
    if (!used.has(corpus)) {
      used.add(corpus);
      outcome.corpusProblems.push(...corpus.problems);
      for (const source of corpus.sources) {
        if (sourceKeys.has(source.key)) continue;
        sourceKeys.add(source.key);
        outcome.sources.push(source);
      }
      for (const folder of config.folders) if (!outcome.folders.includes(folder)) outcome.folders.push(folder);
    }
    const check = (text: string) => corpus.check(text, input.file, { severities: config.severities });
    let result = check(input.text);
    if (command.fix) result = await fixBrief(input, result, config, check, { outcome, io, fail, stdin: command.stdinName !== undefined, quiet: command.quiet });
    // The text the result is of (a report shows it); after --fix, the fixed text was checked.
    outcome.report.briefs.push({ file: input.file, ...(command.fix ? {} : { text: input.text }), result });
  }
  outcome.report.problems = outcome.corpusProblems;
  outcome.report.projectProblems = [...projects.values()].flatMap((project) => project.problems);
  return outcome;
}

/** A brief's `bibliography:` paths, relative to the brief as Pandoc takes them. */
function frontMatterBibliographies(input: Input): string[] {
  return briefReferences(input.text).bibliography.map((file) => path.resolve(path.dirname(input.file), file));
}

async function readInputs(command: CheckCommand, io: CliIo, projectOf: (folder: string) => Promise<Project | undefined>, fail: Fail): Promise<Input[]> {
  if (command.stdinName !== undefined) {
    const file = path.resolve(io.cwd, command.stdinName);
    if (!io.readStdin) {
      fail(file, 'check', 'standard input cannot be read here');
      return [];
    }
    return [{ file, text: (await io.readStdin()).replace(/^\uFEFF/, ''), encoding: 'utf-8' }];
  }
  const { files, failures } = await expandBriefs(command.patterns, io.cwd, {
    include: async (folder) => includeGlobs(await projectOf(folder)),
    excluded: async (file) => isExcluded(file, await projectOf(path.dirname(file)), io.cwd),
  });
  for (const failure of failures) fail(failure.file, 'check', failure.message);
  const inputs: Input[] = [];
  for (const file of files) {
    const brief = await readBrief(file);
    if ('problem' in brief) {
      fail(file, 'check', brief.problem);
      continue;
    }
    if (brief.warning && !command.quiet) io.stderr(`${io.name}: warning: ${escapeControls(displayPath(file, io.cwd))} ${escapeControls(brief.warning)}\n`);
    inputs.push({ file, text: brief.text, bytes: brief.bytes, encoding: brief.encoding });
  }
  return inputs;
}

interface FixContext {
  outcome: CheckOutcome;
  io: CliIo;
  fail: Fail;
  stdin: boolean;
  /** --quiet: notes on stderr are not printed. */
  quiet: boolean;
}

/** Applies the safe fixes; returns the check of the fixed brief (or the unchanged result when nothing was written). */
async function fixBrief(input: Input, result: BriefResult, config: BriefConfig, check: (text: string) => BriefResult, context: FixContext): Promise<BriefResult> {
  const { outcome, io, fail } = context;
  const shown = escapeControls(displayPath(input.file, io.cwd));
  const note = (text: string) => {
    if (!context.quiet) io.stderr(`${io.name}: warning: ${shown} ${text}\n`);
  };
  const { text, changes } = applySafeFixes(input.text, result);
  if (context.stdin) {
    outcome.fixedStdin = text;
    outcome.fixedLines.push(...changes.map((change) => fixedLine(shown, change)));
    return changes.length > 0 ? check(text) : result;
  }
  if (changes.length === 0 || !input.bytes) return result;
  // Sources are never written to, even when a folder of briefs holds one.
  if (config.folders.some((folder) => isInside(input.file, folder))) {
    note('is a source of the corpus; not fixed');
    return result;
  }
  if (input.encoding !== 'utf-8') {
    note(`is ${input.encoding}, not UTF-8; not fixed`);
    return result;
  }
  const refused = await writeFixed(input.file, input.bytes, text);
  if (refused) {
    fail(input.file, 'fix', refused);
    return result;
  }
  outcome.fixedLines.push(...changes.map((change) => fixedLine(shown, change)));
  return check(text);
}
