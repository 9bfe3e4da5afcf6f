// The engine as the CLI uses it: load a corpus once, then check briefs against it.
import type { BriefResult, CheckOptions, LoadOptions, Problem, SourceInfo } from '../core';

export interface CliCorpus {
  sources: SourceInfo[];
  problems: Problem[];
  check(text: string, uri: string): BriefResult;
}

export interface CliEngine {
  loadCorpus(folders: string[], options: LoadOptions, check?: CheckOptions): Promise<CliCorpus>;
}
