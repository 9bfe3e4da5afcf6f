// The project file for the CLI: `.brief-lens.json` / `.brief-lens.yaml`, found by walking up from
// a brief's folder (the nearest wins), read with the settings schema the editor uses. Command-line
// options win over it; its corpus folders are relative to the file. Faults are problems, never a crash.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeSource, describeError, parseProjectFile, PROJECT_FILE_NAMES, settingsSchema, type Problem, type Settings } from '../core';

export interface Project {
  /** Absolute path of the project file. */
  file: string;
  /** The settings it sets validly (only those: the others fall to options and defaults). */
  values: Partial<Settings>;
  problems: Problem[];
}

const MAX_PROJECT_BYTES = 1024 * 1024;

/** Finds and reads project files; each folder is looked at once per run. */
export class ProjectFinder {
  private readonly byFolder = new Map<string, Promise<Project | undefined>>();

  /** The project file nearest to `folder` (itself or an ancestor), if any. */
  find(folder: string): Promise<Project | undefined> {
    const absolute = path.resolve(folder);
    let found = this.byFolder.get(absolute);
    if (!found) {
      found = this.look(absolute);
      this.byFolder.set(absolute, found);
    }
    return found;
  }

  private async look(folder: string): Promise<Project | undefined> {
    for (const name of PROJECT_FILE_NAMES) {
      const file = path.join(folder, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat?.isFile()) return readProject(file, stat.size);
    }
    const parent = path.dirname(folder);
    return parent === folder ? undefined : this.find(parent);
  }
}

async function readProject(file: string, size: number): Promise<Project> {
  const fail = (message: string): Project => ({ file, values: {}, problems: [{ file, message }] });
  if (size > MAX_PROJECT_BYTES) return fail('is larger than 1 MB; not read');
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail(`cannot be read: ${describeError(error)}`);
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const { values, problems } = parseProjectFile(file, decoded.text, settingsSchema.shape);
  return { file, values: values as Partial<Settings>, problems };
}
