// The engine as the CLI uses it: load a corpus once, then check briefs against it.
import type { LoadOptions } from '../core/corpus/fileSystem';
import type { CheckOptions } from '../core/engine';
import type { BriefResult, Problem, SourceInfo } from '../core/types';

export interface CliCorpus {
  sources: SourceInfo[];
  problems: Problem[];
  check(text: string, uri: string): BriefResult;
}

export interface CliEngine {
  loadCorpus(folders: string[], options: LoadOptions, check?: CheckOptions): Promise<CliCorpus>;
}
