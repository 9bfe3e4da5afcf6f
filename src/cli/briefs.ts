// Finding and reading the briefs named on the command line.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeSource, describeError, type Problem } from '../core';

const MAX_BRIEF_BYTES = 20 * 1024 * 1024;
const BRIEF_GLOB = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Which files a folder or glob yields: a folder's extra globs (files.include), and files to leave out (files.exclude). */
export interface ExpandFilter {
  include(folder: string): Promise<string[]>;
  excluded(file: string): Promise<boolean>;
}

const NO_FILTER: ExpandFilter = { include: async () => [], excluded: async () => false };

/**
 * Absolute paths of the briefs, in argument order (a glob's matches sorted), without repeats.
 * A file named on the command line is always checked; `filter` applies to what folders and globs find.
 */
export async function expandBriefs(patterns: string[], cwd: string, filter: ExpandFilter = NO_FILTER): Promise<{ files: string[]; failures: Problem[] }> {
  const files: string[] = [];
  const failures: Problem[] = [];
  const add = (file: string) => {
    const absolute = path.resolve(cwd, file);
    if (!files.includes(absolute)) files.push(absolute);
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (stat?.isFile()) {
      add(absolute);
      continue;
    }
    const isFolder = stat?.isDirectory() === true;
    if (!isFolder && !isDynamicPattern(pattern)) {
      failures.push({ file: pattern, message: 'no such file' });
      continue;
    }
    const matches = await glob(isFolder ? [BRIEF_GLOB, ...(await filter.include(absolute))] : [pattern], {
      cwd: isFolder ? absolute : cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      ignore: IGNORE,
      expandDirectories: false,
    }).catch((error: unknown) => {
      failures.push({ file: pattern, message: `bad pattern: ${describeError(error)}` });
      return undefined;
    });
    if (matches === undefined) continue;
    const kept: string[] = [];
    for (const match of matches) if (!(await filter.excluded(path.resolve(match)))) kept.push(match);
    if (kept.length === 0) {
      const message = matches.length > 0 ? 'every file found is excluded by files.exclude'
        : isFolder ? 'folder holds no .md or .markdown file' : 'no file matches this pattern';
      failures.push({ file: pattern, message });
      continue;
    }
    kept.map((match) => path.resolve(match)).sort().forEach(add);
  }
  return { files, failures };
}

export type BriefText = { text: string; warning?: string; bytes: Uint8Array; encoding: string } | { problem: string };

/** Reads a brief as the editor would: BOM dropped, UTF-8 (or UTF-16 with a BOM, or Windows-1252). */
export async function readBrief(file: string): Promise<BriefText> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { problem: 'is not a file' };
    if (stat.size > MAX_BRIEF_BYTES) return { problem: 'is larger than 20 MB' };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { problem: `cannot be read: ${describeError(error)}` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { problem: `${decoded.reason}` };
  return { text: decoded.text, bytes, encoding: decoded.encoding, ...(decoded.note && { warning: decoded.note }) };
}
