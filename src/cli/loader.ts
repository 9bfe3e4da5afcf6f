// What `check` and `sources` share: the output streams, corpora loaded once per choice, problem lines.
import type { Problem } from '../core';
import { corpusKey, type CorpusChoice } from './config';
import type { CliCorpus, CliEngine } from './engine';
import { escapeControls } from './format/escape';
import { displayPath } from './paths';
import { problemLocation } from './report';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The bundled corpus (seeds), used while no corpus folder is given (see includesSeeds). */
  defaultCorpus: string;
  /** Writes a file the user named (`report -o FILE`); absent where nothing may be written. */
  writeFile?(file: string, text: string): Promise<void>;
  name: string;
  version: string;
  /** All of standard input, for `check -`. */
  readStdin?(): Promise<string>;
}

/** Loads a corpus once per distinct choice of folders; a corpus with no usable source is reported and gives undefined. */
export class CorpusLoader {
  private readonly loaded = new Map<string, Promise<CliCorpus>>();

  constructor(private readonly engine: CliEngine, private readonly io: CliIo) {}

  async load(choice: CorpusChoice): Promise<CliCorpus | undefined> {
    const key = corpusKey(choice);
    let loading = this.loaded.get(key);
    const first = !loading;
    if (!loading) {
      const bibliographies = choice.bibliographies.length > 0 ? { bibliographies: choice.bibliographies } : {};
      loading = this.engine.loadCorpus(choice.folders, {
        maxFileBytes: choice.maxFileBytes,
        ...bibliographies,
        onCacheError: (message) => this.io.stderr(`${this.io.name}: warning: ${escapeControls(message)}\n`),
      });
      this.loaded.set(key, loading);
    }
    const corpus = await loading;
    if (corpus.sources.length > 0) return corpus;
    if (first) {
      reportProblems(corpus.problems, this.io);
      const shown = choice.folders.map((folder) => escapeControls(displayPath(folder, this.io.cwd))).join(', ') || 'no folder';
      this.io.stderr(`${this.io.name}: the corpus has no usable source (${shown})\n`);
    }
    return undefined;
  }
}

export function reportProblems(problems: Problem[], io: CliIo): void {
  for (const problem of problems) {
    io.stderr(`${io.name}: corpus problem: ${escapeControls(problemLocation(problem, io.cwd))}: ${escapeControls(problem.message)}\n`);
  }
}

export function reportProjectProblems(problems: Problem[], io: CliIo): void {
  for (const problem of problems) {
    io.stderr(`${io.name}: project file problem: ${escapeControls(problemLocation(problem, io.cwd))}: ${escapeControls(problem.message)}\n`);
  }
}
