// Extraction with a cache: the text a reader made of a file is stored under a hash of the
// file's bytes, so a re-index extracts only files whose content changed (a 300-page PDF takes
// seconds to read, its cached text milliseconds).
import type { ExtractionStore } from '../corpus/fileSystem';
import { readerFor } from './index';
import type { ExtractedText, ReadOutcome } from './reader';

/** Bump when a reader's output for the same bytes changes. */
export const EXTRACTION_VERSION = 1;

/** What a reader made of a file, or undefined when no reader takes it (a text file). */
export async function extractSource(name: string, bytes: Uint8Array, cache?: ExtractionStore): Promise<ReadOutcome | undefined> {
  const reader = readerFor(name, bytes);
  if (!reader) return undefined;
  // `.blidx` like index entries: cache stores prune by that ending.
  const entry = `extract-${EXTRACTION_VERSION}-${reader.format}-${bytes.length}-${hashBytes(bytes)}.blidx`;
  const cached = cache ? await readCached(cache, entry) : undefined;
  if (cached) return { ok: true, extracted: cached };
  const outcome = await reader.read(bytes);
  if (outcome.ok && cache) {
    try {
      await cache.write(entry, new TextEncoder().encode(JSON.stringify(outcome.extracted)));
    } catch {
      // A cache that cannot be written costs only the next extraction.
    }
  }
  return outcome;
}

async function readCached(cache: ExtractionStore, entry: string): Promise<ExtractedText | undefined> {
  try {
    const bytes = await cache.read(entry);
    if (!bytes) return undefined;
    const value = JSON.parse(new TextDecoder().decode(bytes)) as ExtractedText;
    return typeof value.text === 'string' && typeof value.metadata === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
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
