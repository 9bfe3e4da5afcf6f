// Reads corpus folders into sources. Never throws for anything a folder contains: every fault
// becomes a Problem naming the file and the reason, and everything else still loads.
//
// Order is deterministic: folders in the order given, files sorted by relative path (code units).
// Keys: the manifest's, else the file stem. On a duplicate key the first loaded file keeps it.
import type { Problem, Range } from '../types';
import { decodeSource } from './decode';
import { describeError, formatBytes, isNotFound } from './errors';
import type { CorpusFileSystem, EntryKind, LoadedSource, LoadOptions } from './fileSystem';
import { MANIFEST_NAMES, parseManifest, type ManifestEntry } from './manifest';
import { defaultMetadata } from './metadata';
import { addBibliographies } from '../bibliography/link';
import { extractSource } from '../sources/extract';
import { WorkCancelled } from '../timeSlices';
import type { ExtractedText } from '../sources/reader';
import { compare, hasSourceExtension, isInside, realPathOrSelf, SOURCE_EXTENSIONS, Walker, type Candidate } from './walk';

export { describeError } from './errors';
export { SOURCE_EXTENSIONS } from './walk';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
const READ_CONCURRENCY = 8;

export interface CorpusReadResult {
  sources: LoadedSource[];
  problems: Problem[];
}

export type FileOutcome = { source: LoadedSource; note?: string } | { problem: string };

export async function readCorpusFolders(
  folders: string[],
  fs: CorpusFileSystem,
  options: LoadOptions = {},
): Promise<CorpusReadResult> {
  const maxBytes = options.maxFileBytes && options.maxFileBytes > 0 ? options.maxFileBytes : DEFAULT_MAX_FILE_BYTES;
  const sources: LoadedSource[] = [];
  const problems: Problem[] = [];
  const keys = new Map<string, string>();
  const roots = new Set<string>();
  for (const folder of folders) {
    // The same folder twice (`seeds`, `./seeds/`, a link to it) is read once.
    const root = await realPathOrSelf(fs, folder);
    if (roots.has(root)) continue;
    roots.add(root);
    const candidates = await listFolder(folder, root, fs, problems);
    let done = 0;
    const outcomes = await mapLimited(candidates, READ_CONCURRENCY, async (candidate) => {
      if (options.isCancelled?.()) throw new WorkCancelled();
      const outcome = await readCandidate(candidate, fs, maxBytes, options, root);
      options.onFileRead?.(++done, candidates.length, candidate.location);
      return outcome;
    });
    candidates.forEach((candidate, index) => {
      const outcome = outcomes[index];
      if (!outcome) return; // one outcome per candidate, in order
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
  if (options.bibliographies && options.bibliographies.length > 0) {
    await addBibliographies(options.bibliographies, fs, { sources, problems, keys }, { ...options, maxFileBytes: maxBytes });
  }
  return { sources, problems };
}

/** Lists the source files of one corpus folder with their manifest entries. */
async function listFolder(folder: string, root: string, fs: CorpusFileSystem, problems: Problem[]): Promise<Candidate[]> {
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
  const walker = new Walker(fs, folder, root, problems);
  const rootEntries = await walker.walk(folder, [], 0);
  const files = new Map<string, Candidate>(walker.files.map((candidate) => [candidate.relative, candidate]));
  if (rootEntries) await applyManifest(folder, root, rootEntries, files, walker, fs, problems);
  return [...files.values()].sort((a, b) => compare(a.relative, b.relative));
}

async function applyManifest(
  folder: string,
  root: string,
  rootEntries: { name: string; kind: EntryKind }[],
  files: Map<string, Candidate>,
  walker: Walker,
  fs: CorpusFileSystem,
  problems: Problem[],
): Promise<void> {
  const present = MANIFEST_NAMES.filter((name) => rootEntries.some((entry) => entry.name === name));
  if (present.length === 0) return;
  const [name, ...ignored] = present;
  if (name === undefined) return;
  const location = fs.join(folder, name);
  for (const other of ignored) {
    problems.push({ file: fs.join(folder, other), message: `ignored: ${name} is the manifest of this folder` });
  }
  const content = await readManifestText(location, root, fs);
  if (typeof content !== 'string') {
    problems.push({ file: location, message: content.problem });
    return;
  }
  const parsed = parseManifest(name, content);
  for (const issue of parsed.issues) problems.push({ file: location, ...issue });
  const listed = new Set<string>();
  for (const { index, entry } of parsed.entries) {
    const label = `sources[${index}] ("${entry.file}")`;
    // Faults of an entry point at it in the manifest.
    const entryProblem = (message: string) => problems.push(placedProblem(location, message, parsed.entryRange(index)));
    const relative = normaliseEntryPath(entry.file);
    if (relative === undefined) {
      entryProblem(`${label}: file path escapes the corpus folder (absolute or ".."); entry ignored`);
      continue;
    }
    if (listed.has(relative)) {
      entryProblem(`${label}: ${relative} is listed twice; the first entry is used`);
      continue;
    }
    listed.add(relative);
    if (!hasSourceExtension(relative)) {
      entryProblem(`${label}: only ${SOURCE_EXTENSIONS.join(', ')} files are indexed; entry ignored`);
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
      entryProblem(`${label}: ${reason}; entry ignored`);
      continue;
    }
    files.set(relative, { relative, location: fileLocation, entry });
  }
}

function placedProblem(file: string, message: string, range: Range | undefined): Problem {
  return range ? { file, message, range } : { file, message };
}

async function readManifestText(location: string, root: string, fs: CorpusFileSystem): Promise<string | { problem: string }> {
  try {
    const stat = await fs.stat(location);
    if (stat.kind !== 'file') return { problem: `manifest ${notRegular(stat.kind)}; ignored` };
    if (stat.size > MAX_MANIFEST_BYTES) return { problem: `manifest is larger than ${formatBytes(MAX_MANIFEST_BYTES)}; ignored` };
    const inside = await insideLocation(location, root, fs);
    if (typeof inside !== 'string') return { problem: `manifest ${inside.outside}; ignored` };
    const bytes = await fs.readFile(inside, MAX_MANIFEST_BYTES + 1);
    if (bytes.length > MAX_MANIFEST_BYTES) return { problem: `manifest is larger than ${formatBytes(MAX_MANIFEST_BYTES)}; ignored` };
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return { problem: `manifest ${decoded.reason}; ignored` };
    return decoded.text;
  } catch (error) {
    return { problem: `manifest ${unreadable(error, location, '')}; ignored` };
  }
}

/**
 * Where to read `location`: its real path when it stays inside the corpus folder `root` (so a
 * link swapped in after the walk still cannot lead out), else why not. Without a root (a
 * bibliography's attachment), the real path.
 */
export async function insideLocation(location: string, root: string | undefined, fs: CorpusFileSystem): Promise<string | { outside: string }> {
  if (!fs.realPath) return location; // no links to follow on this file system (the walk followed none)
  let real: string;
  try {
    real = await fs.realPath(location);
  } catch (error) {
    if (isNotFound(error)) throw error;
    return location; // a location this file system cannot resolve (a remote scheme): the walk followed no link to it
  }
  if (root !== undefined && !isInside(real, root)) return { outside: `resolves to ${real}, outside the corpus folder` };
  return real;
}

function notRegular(kind: EntryKind): string {
  return kind === 'directory' ? 'is a folder, not a file' : 'is a device, FIFO or socket, not a regular file';
}

/** Why a file could not be read, for a problem's message (`then`: what follows, when it was found). */
export function unreadable(error: unknown, location: string, then: string): string {
  if (isNotFound(error)) {
    // Node decodes a file name that is not UTF-8 with U+FFFD, a name that then cannot be opened.
    return location.includes('\ufffd') ? `has a file name that is not valid UTF-8 and cannot be opened by name${then}` : 'disappeared while being indexed';
  }
  if ((error as { code?: unknown } | null)?.code === 'ENOTREGULAR') return `is a device, FIFO or socket, not a regular file${then}`;
  return `cannot be read: ${describeError(error)}`;
}

/**
 * PDF, Word files and web pages are mostly fonts, images and markup: the file may be this many
 * times the limit, which then applies to the text extracted from it.
 */
const DOCUMENT_SIZE_FACTOR = 10;

/** Reads a source file; with `root`, only when its real path is inside that corpus folder. */
export async function readCandidate(candidate: Candidate, fs: CorpusFileSystem, textLimit: number, options: LoadOptions = {}, root?: string): Promise<FileOutcome> {
  const document = /\.(pdf|docx|html?|xhtml)$/i.test(candidate.relative);
  const maxBytes = document ? textLimit * DOCUMENT_SIZE_FACTOR : textLimit;
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(candidate.location);
    if (stat.kind !== 'file') return { problem: `${notRegular(stat.kind)}; not indexed` };
    if (stat.size > maxBytes) {
      return { problem: `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for a source file; not indexed` };
    }
    if (stat.size === 0) return { problem: 'is empty; not indexed' };
    const inside = await insideLocation(candidate.location, root, fs);
    if (typeof inside !== 'string') return { problem: `${inside.outside}; not indexed` };
    bytes = await fs.readFile(inside, maxBytes + 1);
  } catch (error) {
    return { problem: unreadable(error, candidate.location, '; not indexed') };
  }
  if (bytes.length > maxBytes) {
    return { problem: `is over the ${formatBytes(maxBytes)} limit for a source file (it grew after it was listed); not indexed` };
  }
  const extracted = await extractSource(candidate.relative, bytes, options.extractionCache, {
    ...(options.isCancelled && { isCancelled: options.isCancelled }),
    ...(options.onPage && { onPage: (page: number, pages: number) => options.onPage?.(candidate.location, page, pages) }),
    ...(options.onExtracted && { onExtracted: (fromCache: boolean) => options.onExtracted?.(candidate.location, fromCache) }),
  });
  if (extracted && extracted.ok && extracted.extracted.text.length > textLimit) {
    return { problem: `has ${formatBytes(extracted.extracted.text.length)} of text, over the ${formatBytes(textLimit)} limit for a source; not indexed` };
  }
  if (extracted) return extracted.ok ? extractedSource(candidate, extracted.extracted) : { problem: extracted.reason };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { problem: `${decoded.reason}; not indexed` };
  if (decoded.text.trim() === '') return { problem: 'is empty (only whitespace); not indexed' };
  const stem = fileStem(candidate.relative);
  const metadata = candidate.entry
    ? pickMetadata(candidate.entry)
    : defaultMetadata(decoded.text, stem, isMarkdown(candidate.relative));
  return { source: { ...metadata, file: candidate.location, text: decoded.text }, note: decoded.note };
}

/** A source a reader extracted: metadata from the manifest, else the document's own, else its first line. */
function extractedSource(candidate: Candidate, extracted: ExtractedText): FileOutcome {
  const { text, pageStarts, sections, metadata: own, note } = extracted;
  const fallback = defaultMetadata(text, fileStem(candidate.relative), false);
  const metadata = candidate.entry ? pickMetadata(candidate.entry) : { ...fallback, ...own, key: fallback.key, title: own.title ?? fallback.title };
  const source: LoadedSource = {
    ...metadata,
    file: candidate.location,
    text,
    ...(pageStarts && { pageStarts }),
    ...(sections && sections.length > 0 && { sections }),
  };
  return note ? { source, note } : { source };
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

function isMarkdown(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

function fileStem(relative: string): string {
  const base = relative.slice(relative.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

async function mapLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!); // index < items.length
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
