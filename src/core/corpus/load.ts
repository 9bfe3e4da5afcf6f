// Reads corpus folders into sources. Never throws for anything a folder contains: every fault
// becomes a Problem naming the file and the reason, and everything else still loads.
//
// Order is deterministic: folders in the order given, files sorted by relative path (code units).
// Keys: the manifest's, else the file stem. On a duplicate key the first loaded file keeps it.
import type { Problem } from '../types';
import { decodeSource } from './decode';
import type { CorpusFileSystem, EntryKind, LoadedSource, LoadOptions } from './fileSystem';
import { MANIFEST_NAMES, parseManifest, type ManifestEntry } from './manifest';
import { defaultMetadata } from './metadata';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 32;
const READ_CONCURRENCY = 8;

export interface CorpusReadResult {
  sources: LoadedSource[];
  problems: Problem[];
}

interface Candidate {
  /** Path inside the corpus folder, `/`-separated. */
  relative: string;
  location: string;
  entry?: ManifestEntry;
}

type FileOutcome = { source: LoadedSource; note?: string } | { problem: string };

export async function readCorpusFolders(
  folders: string[],
  fs: CorpusFileSystem,
  options: LoadOptions = {},
): Promise<CorpusReadResult> {
  const maxBytes = options.maxFileBytes && options.maxFileBytes > 0 ? options.maxFileBytes : DEFAULT_MAX_FILE_BYTES;
  const sources: LoadedSource[] = [];
  const problems: Problem[] = [];
  const keys = new Map<string, string>();
  for (const folder of [...new Set(folders)]) {
    const candidates = await listFolder(folder, fs, problems);
    const outcomes = await mapLimited(candidates, READ_CONCURRENCY, (candidate) => readCandidate(candidate, fs, maxBytes));
    candidates.forEach((candidate, index) => {
      const outcome = outcomes[index];
      if ('problem' in outcome) {
        problems.push({ file: candidate.location, message: outcome.problem });
        return;
      }
      const { source, note } = outcome;
      const holder = keys.get(source.key);
      if (holder !== undefined) {
        const origin = candidate.entry ? 'its manifest key' : 'its file name';
        problems.push({
          file: candidate.location,
          message: `duplicate key "${source.key}" (from ${origin}) is already used by ${holder}; not indexed — give it another key in the manifest`,
        });
        return;
      }
      if (note) problems.push({ file: candidate.location, message: note });
      keys.set(source.key, candidate.location);
      sources.push(source);
    });
  }
  return { sources, problems };
}

/** Lists the source files of one corpus folder with their manifest entries. */
async function listFolder(folder: string, fs: CorpusFileSystem, problems: Problem[]): Promise<Candidate[]> {
  try {
    const stat = await fs.stat(folder);
    if (stat.kind !== 'directory') {
      problems.push({ file: folder, message: 'corpus folder is not a folder' });
      return [];
    }
  } catch (error) {
    const reason = isNotFound(error) ? 'corpus folder does not exist' : `corpus folder cannot be read: ${describeError(error)}`;
    problems.push({ file: folder, message: reason });
    return [];
  }
  const root = await realPathOrSelf(fs, folder);
  const walker = new Walker(fs, folder, root, problems);
  const rootEntries = await walker.walk(folder, [], 0);
  const files = new Map<string, Candidate>(walker.files.map((candidate) => [candidate.relative, candidate]));
  if (rootEntries) await applyManifest(folder, rootEntries, files, walker, fs, problems);
  return [...files.values()].sort((a, b) => compare(a.relative, b.relative));
}

async function applyManifest(
  folder: string,
  rootEntries: { name: string; kind: EntryKind }[],
  files: Map<string, Candidate>,
  walker: Walker,
  fs: CorpusFileSystem,
  problems: Problem[],
): Promise<void> {
  const present = MANIFEST_NAMES.filter((name) => rootEntries.some((entry) => entry.name === name));
  if (present.length === 0) return;
  const [name, ...ignored] = present;
  const location = fs.join(folder, name);
  for (const other of ignored) {
    problems.push({ file: fs.join(folder, other), message: `ignored: ${name} is the manifest of this folder` });
  }
  const content = await readManifestText(location, fs);
  if (typeof content !== 'string') {
    problems.push({ file: location, message: content.problem });
    return;
  }
  const parsed = parseManifest(name, content);
  for (const issue of parsed.issues) problems.push({ file: location, message: issue });
  const listed = new Set<string>();
  for (const { index, entry } of parsed.entries) {
    const label = `sources[${index}] ("${entry.file}")`;
    const relative = normaliseEntryPath(entry.file);
    if (relative === undefined) {
      problems.push({ file: location, message: `${label}: file path escapes the corpus folder (absolute or "..") ; entry ignored` });
      continue;
    }
    if (listed.has(relative)) {
      problems.push({ file: location, message: `${label}: ${relative} is listed twice; the first entry is used` });
      continue;
    }
    listed.add(relative);
    if (!hasSourceExtension(relative)) {
      problems.push({ file: location, message: `${label}: only ${SOURCE_EXTENSIONS.join(', ')} files are indexed; entry ignored` });
      continue;
    }
    const found = files.get(relative);
    if (found) {
      found.entry = entry;
      continue;
    }
    const fileLocation = relative.split('/').reduce((base, part) => fs.join(base, part), folder);
    const reason = await walker.admitListed(fileLocation);
    if (reason) {
      problems.push({ file: location, message: `${label}: ${reason}; entry ignored` });
      continue;
    }
    files.set(relative, { relative, location: fileLocation, entry });
  }
}

async function readManifestText(location: string, fs: CorpusFileSystem): Promise<string | { problem: string }> {
  try {
    const stat = await fs.stat(location);
    if (stat.kind !== 'file') return { problem: 'manifest is not a file; ignored' };
    if (stat.size > MAX_MANIFEST_BYTES) return { problem: `manifest is larger than ${formatBytes(MAX_MANIFEST_BYTES)}; ignored` };
    const decoded = decodeSource(await fs.readFile(location));
    if (!decoded.ok) return { problem: `manifest ${decoded.reason}; ignored` };
    return decoded.text;
  } catch (error) {
    return { problem: `manifest cannot be read: ${describeError(error)}; ignored` };
  }
}

/** Walks a corpus folder, collecting source files and reporting what it cannot follow. */
class Walker {
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
        else this.problems.push({ file: child, message: 'is not a regular file; not indexed' });
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
    if (this.fs.realPath) {
      const real = await realPathOrSelf(this.fs, location);
      if (!isInside(real, this.root)) return 'file resolves (through a symbolic link) to a location outside the corpus folder';
    }
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
    if (kind !== 'directory' && !(kind === 'file' && hasSourceExtension(name))) return undefined;
    if (!this.fs.realPath) {
      // Without link resolution a linked folder could loop back on itself: follow only files.
      if (kind === 'directory') {
        this.problems.push({ file: location, message: 'symbolic link to a folder is not followed (links cannot be resolved here)' });
        return undefined;
      }
      return kind;
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

async function readCandidate(candidate: Candidate, fs: CorpusFileSystem, maxBytes: number): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(candidate.location);
    if (stat.kind !== 'file') return { problem: 'is not a regular file; not indexed' };
    if (stat.size > maxBytes) {
      return { problem: `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for a source file; not indexed` };
    }
    if (stat.size === 0) return { problem: 'is empty; not indexed' };
    bytes = await fs.readFile(candidate.location);
  } catch (error) {
    return { problem: isNotFound(error) ? 'disappeared while being indexed' : `cannot be read: ${describeError(error)}` };
  }
  if (bytes.length > maxBytes) {
    return { problem: `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a source file; not indexed` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { problem: `${decoded.reason}; not indexed` };
  if (decoded.text.trim() === '') return { problem: 'is empty (only whitespace); not indexed' };
  const stem = fileStem(candidate.relative);
  const metadata = candidate.entry
    ? pickMetadata(candidate.entry)
    : defaultMetadata(decoded.text, stem, isMarkdown(candidate.relative));
  return { source: { ...metadata, file: candidate.location, text: decoded.text }, note: decoded.note };
}

function pickMetadata(entry: ManifestEntry): Omit<LoadedSource, 'file' | 'text'> {
  const { key, title, author, date, publisher, url } = entry;
  return {
    key,
    title,
    ...(author !== undefined && { author }),
    ...(date !== undefined && { date }),
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
  };
}

/** `/`-joined path inside the folder, or undefined when it is absolute or climbs out. */
export function normaliseEntryPath(file: string): string | undefined {
  if (/^[\\/]/.test(file) || /^[a-z]:/i.test(file) || /^[a-z][a-z0-9+.-]+:\/\//i.test(file)) return undefined;
  const parts: string[] = [];
  for (const part of file.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

function hasSourceExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

function isMarkdown(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

function fileStem(relative: string): string {
  const base = relative.slice(relative.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** True when `location` is `root` or below it; paths or URIs with either separator. */
function isInside(location: string, root: string): boolean {
  if (location === root) return true;
  const base = root.endsWith('/') || root.endsWith('\\') ? root : root + (root.includes('\\') && !root.includes('/') ? '\\' : '/');
  return location.startsWith(base);
}

async function realPathOrSelf(fs: CorpusFileSystem, location: string): Promise<string> {
  if (!fs.realPath) return location;
  try {
    return await fs.realPath(location);
  } catch {
    return location;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'FileNotFound' || code === 'EntryNotFound';
}

/** A short reason without stack or internals. */
export function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission denied';
    case 'ENOENT':
    case 'FileNotFound':
      return 'not found';
    case 'EISDIR':
    case 'FileIsADirectory':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message.split(/\r?\n/)[0].slice(0, 200) || 'unknown error';
    }
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

async function mapLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
