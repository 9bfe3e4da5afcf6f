// The on-disk index cache: a built corpus index (passage table, postings, what the corpus
// teaches about names) serialised as typed arrays in one binary file, so that opening a
// large corpus again costs a read of the sources plus a read of this file instead of
// splitting and indexing everything.
//
// A cache entry is used only when it was written by the same engine (format version plus a
// fingerprint of how this build splits and tokenises text) for the same sources with the
// same content (a hash of every source's text, in order). Anything else — a changed file, a
// new engine, a corrupt or truncated file — is a miss, and the corpus is indexed afresh.
// An entry is untrusted input (a cache folder can be shared, a disk can flip bits): it is
// used only after a checksum of the whole file, a schema check of the header and a bounds
// check of every array; a rejected entry is deleted and rebuilt.
// Plain JavaScript, no Node API: the extension stores entries through vscode.workspace.fs.
import { z } from 'zod';
import { splitSentences } from '../text/sentences';
import { STOPWORD_LIST, isStopword } from '../text/stopwords';
import { normalizeSpelling, normalizeWord, readWord, stemOf, tokenize } from '../text/tokens';
import type { Problem } from '../types';
import { buildCorpusInSlices, Corpus, indexWord, type CorpusIndexData } from './corpus';
import type { CorpusFileSystem, LoadedSource, LoadOptions } from './fileSystem';
import { readCorpusFolders } from './load';

/** Bump when the layout of the file or the meaning of any array changes. */
export const INDEX_FORMAT_VERSION = 4;

/** Where cache entries live: a folder on disk (CLI), the extension's global storage, or memory. */
export interface IndexCacheStore {
  /** The entry's bytes, or undefined when there is none. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Deletes an entry that was read and rejected (damaged, or for other sources). */
  remove?(name: string): Promise<void>;
}

export interface CachedLoadOptions extends LoadOptions, BuildOptions {
  /** Told when the cache could not be read or written (the corpus still loads). */
  onCacheError?: (message: string) => void;
}

export interface BuildOptions {
  /**
   * Index in slices of about this many milliseconds, yielding to the event loop in between
   * (for an editor's extension host); indexes in one go when absent.
   */
  sliceMs?: number;
  /** With sliceMs: progress of a (re)build, in sources. */
  onProgress?: (sourcesDone: number, sources: number) => void;
}

export interface CachedCorpus {
  corpus: Corpus;
  /** The index came from the cache. */
  cacheHit: boolean;
}

const MAGIC = 0x58494c42; // "BLIX", little-endian

/**
 * Reads the corpus folders, then adopts the cached index when it matches the sources, else
 * indexes them and stores the result. Cache faults never fail the load.
 */
export async function loadCorpusCached(folders: string[], fs: CorpusFileSystem, store: IndexCacheStore, options: CachedLoadOptions = {}): Promise<CachedCorpus> {
  const { sources, problems } = await readCorpusFolders(folders, fs, options);
  return corpusFromCache(sources, problems, store, cacheEntryName(folders, options), options.onCacheError, options);
}

/** The cached-index step alone, for callers that read sources themselves. */
export async function corpusFromCache(
  sources: LoadedSource[],
  problems: Problem[],
  store: IndexCacheStore,
  name: string,
  onCacheError?: (message: string) => void,
  build: BuildOptions = {},
): Promise<CachedCorpus> {
  const fingerprint = sourcesFingerprint(sources);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await store.read(name);
  } catch (error) {
    onCacheError?.(`index cache could not be read: ${message(error)}`);
  }
  if (bytes) {
    const data = decodeIndex(bytes, fingerprint, sources);
    if (data) return { corpus: new Corpus(sources, problems, data), cacheHit: true };
    try {
      await store.remove?.(name);
    } catch (error) {
      onCacheError?.(`index cache entry could not be deleted: ${message(error)}`);
    }
  }
  const corpus = build.sliceMs === undefined ? new Corpus(sources, problems) : await buildCorpusInSlices(sources, problems, build);
  try {
    await store.write(name, encodeIndex(corpus, fingerprint));
  } catch (error) {
    onCacheError?.(`index cache could not be written: ${message(error)}`);
  }
  return { corpus, cacheHit: false };
}

/** File name of the entry for a set of folders and options (the content check is inside). */
export function cacheEntryName(folders: readonly string[], options: LoadOptions = {}): string {
  return `corpus-${hashString([...folders, String(options.maxFileBytes ?? '')].join('\n'))}.blidx`;
}

/**
 * Identifies the engine's indexing behaviour: the format version, the code that splits and
 * tokenises (its source text, as built), and how a probe text and a list of function words
 * split and tokenise. Change the stopword list or the splitting and every entry is a miss.
 */
export function engineFingerprint(): string {
  if (engineId === undefined) {
    const parts: string[] = [tokenize, readWord, normalizeWord, normalizeSpelling, stemOf, splitSentences, indexWord, isStopword].map((f) => f.toString());
    parts.push(FUNCTION_WORDS.map((w) => `${w}${isStopword(w) ? '!' : ''}`).join(' '), STOPWORD_LIST.join(' '));
    for (const span of splitSentences(PROBE, { lineBreaks: true })) {
      parts.push(`${span.start}-${span.end}:${tokenize(PROBE.slice(span.start, span.end)).map((t) => `${t.stem}${t.stop ? '!' : ''}${t.capitalized ? '^' : ''}`).join(' ')}`);
    }
    engineId = `${INDEX_FORMAT_VERSION}.${hashString(parts.join('\n'))}`;
  }
  return engineId;
}

let engineId: string | undefined;

const FUNCTION_WORDS = (
  'a about above across after again against all almost along already also although always am among an and another any are ' +
  'around as at be because been before being below between both but by can cannot could did do does doing down during each ' +
  'either else etc even ever every few for from further had has have having he her here hers him his how however i if in into ' +
  'is it its itself just least less let like many may me might more most much must my neither no nor not now of off often on ' +
  'once one only or other our out over own per quite rather said same say says shall she should since so some still such than ' +
  'that the their them then there these they this those though through thus to too under until up upon us very via was we were ' +
  'what when where whether which while who whom whose why will with within without would yet you your s t d ll m re ve e.g i.e'
).split(' ');

const PROBE = [
  'The U.S. Government’s 2nd report (the Office for National Statistics (ONS)) says £60m, $300k and 8 years.',
  'Dr. Smith visited the St. Lawrence river; the organisation’s programmes were optimised, not quantised!',
  '3. A numbered item follows a list number. Is it a question? It is… e.g. an abbreviation, i.e. another.',
  'Colour, centre, analysing, travelled, catalogue: British spellings; non-NVIDIA, open-source, UK’s and UCL.',
  'The US and IT and WHO and AN and OR, in capitals; One million, 1,000 and 3.5 per cent.',
  // Line breaks: a heading, a list, and a sentence wrapped over lines.
  'What Changed',
  '- an item of a list',
  'A sentence wrapped by the',
  'UK writer, with',
  'more to come.',
].join('\n');

/** A fingerprint of the sources' content and order. */
export function sourcesFingerprint(sources: readonly LoadedSource[]): string {
  return `${engineFingerprint()}|${sources.map((s) => `${s.text.length}:${hashString(s.text)}`).join(',')}`;
}

/** 53-bit string hash (cyrb53) as hex; fast on megabytes, not cryptographic. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

// File layout: u32 magic, u32 header length, 8-byte checksum of everything after it, UTF-8
// JSON header, then each array at an 8-byte-aligned offset named in the header.

const ARRAY_NAMES = ['passageSource', 'passageStart', 'passageEnd', 'firstPassage', 'offsets', 'postings', 'freqs', 'lengths', 'terms'] as const;
type ArrayName = (typeof ARRAY_NAMES)[number];
const PREAMBLE_BYTES = 16;

const sectionSchema = z.strictObject({ offset: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() });

/** The header as it must be; anything else (a wrong type, a missing or extra field) rejects the entry. */
const headerSchema = z.strictObject({
  fingerprint: z.string(),
  sources: z.number().int().nonnegative(),
  properNames: z.array(z.string()),
  aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
  arrays: z.strictObject(Object.fromEntries(ARRAY_NAMES.map((name) => [name, sectionSchema])) as Record<ArrayName, typeof sectionSchema>),
});

type Header = z.infer<typeof headerSchema>;

/** Serialises a corpus's index; `fingerprint` is sourcesFingerprint() of the sources it was built from. */
export function encodeIndex(corpus: Corpus, fingerprint: string): Uint8Array {
  const data = corpus.indexData();
  const encoder = new TextEncoder();
  const arrays: Record<ArrayName, Uint8Array> = {
    passageSource: bytesOf(data.passageSource),
    passageStart: bytesOf(data.passageStart),
    passageEnd: bytesOf(data.passageEnd),
    firstPassage: bytesOf(data.firstPassage),
    offsets: bytesOf(data.index.offsets),
    postings: bytesOf(data.index.postings),
    freqs: bytesOf(data.index.freqs),
    lengths: bytesOf(data.index.lengths),
    terms: encoder.encode(data.index.terms.join('\u0000')),
  };
  const layout = {} as Header['arrays'];
  let offset = 0;
  for (const name of ARRAY_NAMES) {
    layout[name] = { offset, bytes: arrays[name].length };
    offset = align8(offset + arrays[name].length);
  }
  const header: Header = { fingerprint, sources: corpus.sources.length, properNames: data.properNames, aliases: data.aliases, arrays: layout };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const bodyStart = align8(PREAMBLE_BYTES + headerBytes.length);
  const out = new Uint8Array(bodyStart + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE_BYTES);
  for (const name of ARRAY_NAMES) out.set(arrays[name], bodyStart + layout[name].offset);
  const [low, high] = checksum(out.subarray(PREAMBLE_BYTES));
  view.setUint32(8, low, true);
  view.setUint32(12, high, true);
  return out;
}

/** The index stored in `bytes`, or undefined when it is not for these sources, this engine, or is damaged. */
export function decodeIndex(bytes: Uint8Array, fingerprint: string, sources: readonly LoadedSource[]): CorpusIndexData | undefined {
  try {
    if (bytes.length < PREAMBLE_BYTES) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) return undefined;
    const headerLength = view.getUint32(4, true);
    if (PREAMBLE_BYTES + headerLength > bytes.length) return undefined;
    const [low, high] = checksum(bytes.subarray(PREAMBLE_BYTES));
    if (view.getUint32(8, true) !== low || view.getUint32(12, true) !== high) return undefined;
    const parsed = headerSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength))));
    if (!parsed.success) return undefined;
    const header = parsed.data;
    if (header.fingerprint !== fingerprint || header.sources !== sources.length) return undefined;
    const bodyStart = align8(PREAMBLE_BYTES + headerLength);
    const section = (name: ArrayName): Uint8Array => {
      const at = header.arrays[name];
      if (bodyStart + at.offset + at.bytes > bytes.length) throw new Error(`bad section ${name}`);
      return bytes.subarray(bodyStart + at.offset, bodyStart + at.offset + at.bytes);
    };
    const data: CorpusIndexData = {
      passageSource: u32(section('passageSource')),
      passageStart: u32(section('passageStart')),
      passageEnd: u32(section('passageEnd')),
      firstPassage: u32(section('firstPassage')),
      properNames: header.properNames,
      aliases: header.aliases,
      index: {
        terms: new TextDecoder('utf-8', { fatal: true }).decode(section('terms')).split('\u0000'),
        offsets: u32(section('offsets')),
        postings: u32(section('postings')),
        freqs: u16(section('freqs')),
        lengths: u32(section('lengths')),
      },
    };
    return consistent(data, sources) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Structural checks, so a damaged or forged file is a miss rather than a crash or a wrong
 * answer later: every id and offset in bounds, passages in order inside their source, each
 * term's postings strictly increasing.
 */
function consistent(d: CorpusIndexData, sources: readonly LoadedSource[]): boolean {
  const passages = d.passageStart.length;
  const { offsets, postings, freqs, lengths, terms } = d.index;
  if (d.passageEnd.length !== passages || d.passageSource.length !== passages || lengths.length !== passages) return false;
  if (d.firstPassage.length !== sources.length + 1 || d.firstPassage[sources.length] !== passages) return false;
  if (offsets.length !== terms.length + 1 || offsets[0] !== 0 || offsets[terms.length] !== postings.length || freqs.length !== postings.length) return false;
  if (new Set(terms).size !== terms.length) return false;
  for (let t = 0; t < terms.length; t++) {
    if (offsets[t]! > offsets[t + 1]!) return false;
    for (let i = offsets[t]! + 1; i < offsets[t + 1]!; i++) if (postings[i - 1]! >= postings[i]!) return false;
  }
  for (let i = 0; i < postings.length; i++) if (postings[i]! >= passages || freqs[i] === 0) return false;
  if (d.firstPassage[0] !== 0) return false;
  for (let s = 0; s < sources.length; s++) {
    if (d.firstPassage[s]! > d.firstPassage[s + 1]!) return false;
    const length = sources[s]!.text.length;
    let previousEnd = 0;
    for (let p = d.firstPassage[s]!; p < d.firstPassage[s + 1]!; p++) {
      const start = d.passageStart[p]!;
      const end = d.passageEnd[p]!;
      if (d.passageSource[p] !== s || start < previousEnd || start >= end || end > length) return false;
      previousEnd = end;
    }
  }
  return true;
}

/**
 * A 64-bit checksum of `bytes` as two 32-bit halves (two multiply-xor lanes, cyrb53-style
 * mixing): catches bit flips and edits of the body; not a defence against a forger, which
 * the bounds checks and the private cache folder are.
 */
export function checksum(bytes: Uint8Array): [number, number] {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function bytesOf(a: Uint32Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** A view when the bytes are aligned, else a copy. */
function u32(b: Uint8Array): Uint32Array {
  if (b.byteLength % 4 !== 0) throw new Error('bad length');
  return b.byteOffset % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4) : new Uint32Array(b.slice().buffer);
}

function u16(b: Uint8Array): Uint16Array {
  if (b.byteLength % 2 !== 0) throw new Error('bad length');
  return b.byteOffset % 2 === 0 ? new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2) : new Uint16Array(b.slice().buffer);
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
