// Real temporary corpus folders for the loader tests.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export function makeTempDir(prefix = 'brief-lens-corpus-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes files (relative path -> content) under a new temp folder and returns its path. */
export function makeCorpus(files: Record<string, string | Uint8Array>, root = makeTempDir()): string {
  for (const [relative, content] of Object.entries(files)) {
    const location = path.join(root, relative);
    mkdirSync(path.dirname(location), { recursive: true });
    writeFileSync(location, content);
  }
  return root;
}

export function removeDir(location: string): void {
  rmSync(location, { recursive: true, force: true });
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
