// The engine as the CLI uses it: load a corpus once, then check briefs against it.
import type { BriefResult, CheckOptions, LoadOptions, Problem, SourceInfo } from '../core';

export interface CliCorpus {
  sources: SourceInfo[];
  problems: Problem[];
  /** Checks a brief; `options.severities` as a project file sets them. */
  check(text: string, uri: string, options?: CheckOptions): BriefResult;
}

export interface CliLoadOptions extends LoadOptions {
  /** Told when the index cache cannot be used (the corpus still loads, without it). */
  onCacheError?: (message: string) => void;
}

export interface CliEngine {
  loadCorpus(folders: string[], options: CliLoadOptions, check?: CheckOptions): Promise<CliCorpus>;
}
