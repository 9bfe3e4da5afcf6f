// `.brief-lens.json` / `.brief-lens.yaml`: the project's corpus folders, seeds and severities,
// validated by the same zod schema as the extension's settings, so the CLI and the editor check a
// brief the same way. Found in the working folder or the nearest folder above it.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseSettings, seedsIncluded, type SettingKey, type Settings } from '../extension/settingsSchema';

export const PROJECT_FILES = ['.brief-lens.json', '.brief-lens.yaml', '.brief-lens.yml'];

export interface ProjectConfig {
  /** The project file read. */
  file: string;
  settings: Settings;
  /** Corpus folders, absolute (relative ones resolved against the project file's folder). */
  folders: string[];
  includeSeeds: boolean;
  /** Faults in the file: each bad setting falls back to its default. */
  problems: string[];
}

/** The project file that applies to `cwd`, if any. */
export function findProjectFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of PROJECT_FILES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a project file; a file that does not parse is one problem and all defaults. */
export function readProjectFile(file: string): ProjectConfig {
  let data: unknown;
  const problems: string[] = [];
  try {
    const text = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    problems.push(`cannot read ${path.basename(file)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const values = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (data !== undefined && values !== data) problems.push(`${path.basename(file)} must hold an object of settings`);
  const { settings, problems: invalid } = parseSettings((key: SettingKey) => values[key]);
  problems.push(...invalid.map((p) => p.message.replace(/^briefLens\./, '')));
  const base = path.dirname(file);
  return {
    file,
    settings,
    folders: settings['corpus.folders'].map((folder) => path.resolve(base, folder)),
    includeSeeds: seedsIncluded(settings),
    problems,
  };
}
