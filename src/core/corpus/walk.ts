// Walking a corpus folder: sorted, hidden entries skipped, symbolic links kept inside the folder.
import type { Problem } from '../types';
import { describeError, isNotFound } from './errors';
import type { CorpusFileSystem, EntryKind } from './fileSystem';
import type { ManifestEntry } from './manifest';

export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt', '.pdf', '.html', '.htm', '.xhtml', '.docx'] as const;
const MAX_DEPTH = 32;

export interface Candidate {
  /** Path inside the corpus folder, `/`-separated. */
  relative: string;
  location: string;
  entry?: ManifestEntry;
}

/** Walks a corpus folder, collecting source files and reporting what it cannot follow. */
export class Walker {
  readonly files: Candidate[] = [];
  private readonly visited = new Set<string>();

  constructor(
    private readonly fs: CorpusFileSystem,
    private readonly folder: string,
    private readonly root: string,
    private readonly problems: Problem[],
  ) {
    this.visited.add(root);
  }

  /** Returns the folder's entries, or undefined when it cannot be listed (reported). */
  async walk(location: string, parts: string[], depth: number): Promise<{ name: string; kind: EntryKind }[] | undefined> {
    let entries: { name: string; kind: EntryKind }[];
    try {
      entries = await this.fs.readDirectory(location);
    } catch (error) {
      const reason = isNotFound(error)
        ? 'folder disappeared while being indexed'
        : `folder cannot be read: ${describeError(error)}`;
      this.problems.push({ file: location, message: reason });
      return undefined;
    }
    entries = [...entries].sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = this.fs.join(location, entry.name);
      const childParts = [...parts, entry.name];
      let kind = entry.kind;
      if (kind === 'symlink') {
        const resolved = await this.followLink(child, entry.name);
        if (!resolved) continue;
        kind = resolved;
      }
      if (kind === 'directory') {
        if (depth + 1 > MAX_DEPTH) {
          this.problems.push({ file: child, message: `folder is nested more than ${MAX_DEPTH} levels deep; not indexed` });
        } else {
          await this.walk(child, childParts, depth + 1);
        }
      } else if (hasSourceExtension(entry.name)) {
        if (kind === 'file') this.files.push({ relative: childParts.join('/'), location: child });
        else this.problems.push({ file: child, message: 'is a device, FIFO or socket, not a regular file; not indexed' });
      }
    }
    return entries;
  }

  /** For a manifest entry not found by the walk: why it cannot be indexed, or undefined. */
  async admitListed(location: string): Promise<string | undefined> {
    let kind: EntryKind;
    try {
      kind = (await this.fs.stat(location)).kind;
    } catch (error) {
      return isNotFound(error) ? 'file does not exist' : `file cannot be read: ${describeError(error)}`;
    }
    if (kind !== 'file') return 'is not a regular file';
    // Not found by the walk (a hidden folder, or behind a link): index it only if it provably stays inside.
    if (!this.fs.realPath) return 'not found by the folder walk, and this file system cannot tell whether it stays inside the corpus folder';
    const real = await realPathOrSelf(this.fs, location);
    if (!isInside(real, this.root)) return 'file resolves (through a symbolic link) to a location outside the corpus folder';
    return undefined;
  }

  /** Resolves a symbolic link found by the walk; reports and returns undefined when it is not followed. */
  private async followLink(location: string, name: string): Promise<EntryKind | undefined> {
    let kind: EntryKind;
    try {
      kind = (await this.fs.stat(location)).kind;
    } catch (error) {
      if (hasSourceExtension(name)) {
        const reason = isNotFound(error) ? 'is a broken symbolic link' : `symbolic link cannot be followed: ${describeError(error)}`;
        this.problems.push({ file: location, message: `${reason}; not indexed` });
      }
      return undefined;
    }
    if (kind === 'other' && hasSourceExtension(name)) {
      this.problems.push({ file: location, message: 'is a symbolic link to a device, FIFO or socket, not a regular file; not indexed' });
      return undefined;
    }
    if (kind !== 'directory' && !(kind === 'file' && hasSourceExtension(name))) return undefined;
    if (!this.fs.realPath) {
      // Where a link leads cannot be checked here, so it could leave the folder: never follow it.
      this.problems.push({
        file: location,
        message: 'is a symbolic link, not followed: this file system cannot tell whether it stays inside the corpus folder',
      });
      return undefined;
    }
    let real: string;
    try {
      real = await this.fs.realPath(location);
    } catch (error) {
      this.problems.push({ file: location, message: `symbolic link cannot be resolved: ${describeError(error)}; not indexed` });
      return undefined;
    }
    if (!isInside(real, this.root)) {
      this.problems.push({
        file: location,
        message: `is a symbolic link to ${real}, outside the corpus folder ${this.folder}; not indexed`,
      });
      return undefined;
    }
    if (kind === 'directory') {
      if (this.visited.has(real)) return undefined;
      this.visited.add(real);
    }
    return kind;
  }
}

export function hasSourceExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

/** True when `location` is `root` or below it; paths or URIs with either separator. */
export function isInside(location: string, root: string): boolean {
  if (location === root) return true;
  const base = root.endsWith('/') || root.endsWith('\\') ? root : root + (root.includes('\\') && !root.includes('/') ? '\\' : '/');
  return location.startsWith(base);
}

export async function realPathOrSelf(fs: CorpusFileSystem, location: string): Promise<string> {
  if (!fs.realPath) return location;
  try {
    return await fs.realPath(location);
  } catch {
    return location;
  }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
