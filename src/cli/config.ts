// What applies to one brief: command-line options first, then its project file, then the defaults
// the editor has (settings schema). The bundled seeds follow includesSeeds, as in the editor.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_SETTINGS, includesSeeds, type CheckOptions } from '../core';
import type { SeedsChoice } from './args';
import type { Project } from './project';

export interface CorpusChoice {
  /** Absolute corpus folders, the bundled seeds first when included. */
  folders: string[];
  /** Absolute bibliography files: the command line's (else the project file's), then the brief's front matter's. */
  bibliographies: string[];
  maxFileBytes?: number;
}

export interface BriefConfig extends CorpusChoice {
  severities: NonNullable<CheckOptions['severities']>;
  project?: Project;
}

export interface ConfigOptions {
  corpus: string[];
  bibliography: string[];
  /** Absolute bibliography files the brief's front matter names. */
  frontMatter?: string[];
  maxFileBytes?: number;
  seeds?: SeedsChoice;
  cwd: string;
  /** The bundled seeds folder. */
  seedsFolder: string;
}

export function resolveConfig(options: ConfigOptions, project: Project | undefined): BriefConfig {
  const values = project?.values ?? {};
  // --corpus and --bibliography replace the project file's (relative to where each is written).
  const folders = options.corpus.length > 0
    ? options.corpus.map((folder) => path.resolve(options.cwd, folder))
    : (values['corpus.folders'] ?? []).map((folder) => path.resolve(path.dirname(project?.file ?? options.cwd), folder));
  const unique = [...new Set(folders)];
  const bibliographies = [...new Set([
    ...(options.bibliography.length > 0
      ? options.bibliography.map((file) => path.resolve(options.cwd, file))
      : (values.bibliography ?? []).map((file) => path.resolve(path.dirname(project?.file ?? options.cwd), file))),
    ...(options.frontMatter ?? []),
  ])];
  const mode = options.seeds ?? values['corpus.includeSeeds'] ?? DEFAULT_SETTINGS['corpus.includeSeeds'];
  if (includesSeeds(mode, unique.length + bibliographies.length) && !unique.includes(options.seedsFolder)) unique.unshift(options.seedsFolder);
  return {
    folders: unique,
    bibliographies,
    maxFileBytes: options.maxFileBytes ?? values['corpus.maxFileBytes'],
    severities: values.severity ?? {},
    ...(project && { project }),
  };
}

/** Same corpus, same key: briefs that share it share one index. */
export function corpusKey(choice: CorpusChoice): string {
  return JSON.stringify([choice.folders, choice.bibliographies, choice.maxFileBytes ?? null]);
}

/** Whether files.exclude (relative to the project file's folder, else the working folder) leaves the file out. */
export function isExcluded(file: string, project: Project | undefined, cwd: string): boolean {
  const base = project ? path.dirname(project.file) : cwd;
  const patterns = project?.values['files.exclude'] ?? DEFAULT_SETTINGS['files.exclude'];
  const relative = path.relative(base, file).split(path.sep).join('/');
  if (relative.startsWith('../')) return picomatch.isMatch(file.split(path.sep).join('/'), patterns, { dot: true });
  return picomatch.isMatch(relative, patterns, { dot: true });
}

/** files.include of the project file: extra globs a folder is searched for (for Quarto files, `**` + `/*.qmd`). */
export function includeGlobs(project: Project | undefined): string[] {
  return project?.values['files.include'] ?? [];
}
