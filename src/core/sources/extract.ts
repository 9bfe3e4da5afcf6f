// Extraction with a cache: the text a reader made of a file is stored under a hash of the
// file's bytes, so a re-index extracts only files whose content changed (a 300-page PDF takes
// seconds to read, its cached text milliseconds).
import type { ExtractionStore } from '../corpus/fileSystem';
import { readerFor } from './index';
import type { ExtractedText, ReadOptions, ReadOutcome } from './reader';
import { WorkCancelled } from '../timeSlices';

/** Bump when a reader's output for the same bytes, or what an entry holds, changes. */
export const EXTRACTION_VERSION = 3;

/**
 * What a reader made of a file, or undefined when no reader takes it (a text file). A file the
 * reader refused for what its bytes are (a scan, an encrypted PDF) is remembered too: a 300-page
 * scan is not read again.
 * `fromCache` is told whether the outcome came from the cache.
 */
export async function extractSource(
  name: string,
  bytes: Uint8Array,
  cache?: ExtractionStore,
  options: ReadOptions & { onExtracted?: (fromCache: boolean) => void } = {},
): Promise<ReadOutcome | undefined> {
  const reader = readerFor(name, bytes);
  if (!reader) return undefined;
  // `.blidx` like index entries: cache stores prune by that ending.
  const entry = `extract-${EXTRACTION_VERSION}-${reader.format}-${bytes.length}-${hashBytes(bytes)}.blidx`;
  const cached = cache ? await readCached(cache, entry) : undefined;
  if (cached) {
    options.onExtracted?.(true);
    return cached;
  }
  const { onExtracted, ...readOptions } = options;
  // The same file being read for another load (an editor indexing two corpora that share a
  // folder): wait for that read instead of reading it twice; if that load is cancelled, read it here.
  const running = reading.get(entry);
  if (running) {
    try {
      const shared = await running;
      onExtracted?.(false); // not from the cache: read now, if by another load
      return shared;
    } catch (error) {
      if (!(error instanceof WorkCancelled) || options.isCancelled?.()) throw error;
    }
  }
  const read = reader.read(bytes, readOptions);
  reading.set(entry, read);
  let outcome: ReadOutcome;
  try {
    outcome = await read;
  } finally {
    if (reading.get(entry) === read) reading.delete(entry);
  }
  onExtracted?.(false);
  // A refusal is kept only when the bytes are its cause: a library that failed to load in this host must be retried.
  if (cache && (outcome.ok || outcome.lasting)) {
    try {
      await cache.write(entry, new TextEncoder().encode(JSON.stringify(outcome)));
    } catch {
      // A cache that cannot be written costs only the next extraction.
    }
  }
  return outcome;
}

/** Reads under way, by cache entry name. */
const reading = new Map<string, Promise<ReadOutcome>>();

/** An entry is untrusted (a shared cache folder): used only when it has the shape of an outcome. */
async function readCached(cache: ExtractionStore, entry: string): Promise<ReadOutcome | undefined> {
  try {
    const bytes = await cache.read(entry);
    if (!bytes) return undefined;
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<{ ok: boolean; reason: unknown; extracted: Partial<ExtractedText> }>;
    if (value.ok === false && typeof value.reason === 'string') return { ok: false, reason: value.reason, lasting: true };
    const extracted = value.extracted;
    if (value.ok !== true || !extracted || typeof extracted.text !== 'string' || typeof extracted.metadata !== 'object' || extracted.metadata === null) return undefined;
    if (!offsetsWithin(extracted.pageStarts, extracted.text.length) || !offsetsWithin(extracted.sections?.map((section) => section?.start), extracted.text.length)) return undefined;
    return { ok: true, extracted: extracted as ExtractedText };
  } catch {
    return undefined;
  }
}

function offsetsWithin(offsets: unknown[] | undefined, length: number): boolean {
  return offsets === undefined || (Array.isArray(offsets) && offsets.every((offset) => typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= length));
}

/** 53-bit hash (cyrb53) of bytes, as hex: tells changed content apart, not cryptographic. */
export function hashBytes(bytes: Uint8Array, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] ?? 0;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
