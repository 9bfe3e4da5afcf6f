// Finding and reading the briefs named on the command line.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeSource, describeError, type Problem } from '../core';

const MAX_BRIEF_BYTES = 20 * 1024 * 1024;
const BRIEF_GLOB = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Absolute paths of the briefs, in argument order (a glob's matches sorted), without repeats. */
export async function expandBriefs(patterns: string[], cwd: string): Promise<{ files: string[]; failures: Problem[] }> {
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
    const matches = await glob(isFolder ? [BRIEF_GLOB] : [pattern], {
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
    if (matches.length === 0) {
      failures.push({ file: pattern, message: isFolder ? 'folder holds no .md or .markdown file' : 'no file matches this pattern' });
      continue;
    }
    matches.map((match) => path.resolve(match)).sort().forEach(add);
  }
  return { files, failures };
}

export type BriefText = { text: string; warning?: string } | { problem: string };

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
  return { text: decoded.text, ...(decoded.note && { warning: decoded.note }) };
}
