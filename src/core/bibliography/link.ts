// Joins bibliographies to a corpus. Each entry is linked to its text: a corpus source with the
// same key, else a file its `file` field names (relative to the bibliography), else a corpus
// file with that file's name; the entry's card then replaces the file's own metadata. An entry
// with no text still joins as a known key with no passages ("no text for @key").
import { decodeSource } from '../corpus/decode';
import { describeError, formatBytes, isNotFound } from '../corpus/errors';
import type { CorpusFileSystem, LoadedSource, LoadOptions } from '../corpus/fileSystem';
import { readCandidate } from '../corpus/load';
import { realPathOrSelf } from '../corpus/walk';
import type { Problem } from '../types';
import { cslCard } from './metadata';
import { parseBibliography, type BibEntry } from './parse';

const MAX_BIBLIOGRAPHY_BYTES = 20 * 1024 * 1024;

export interface CorpusSoFar {
  sources: LoadedSource[];
  problems: Problem[];
  /** Key → location of the file that holds it. */
  keys: Map<string, string>;
}

export async function addBibliographies(locations: readonly string[], fs: CorpusFileSystem, corpus: CorpusSoFar, options: LoadOptions & { maxFileBytes: number }): Promise<void> {
  const seen = new Set<string>();
  for (const location of locations) {
    const entries = await readBibliography(location, fs, corpus.problems, options.bibliographyRoot);
    for (const entry of entries) {
      if (seen.has(entry.key)) {
        corpus.problems.push({ file: location, message: `@${entry.key} is also in an earlier bibliography; the first entry is used` });
        continue;
      }
      seen.add(entry.key);
      await linkEntry(entry, location, fs, corpus, options);
    }
  }
}

async function readBibliography(location: string, fs: CorpusFileSystem, problems: Problem[], root: string | undefined): Promise<BibEntry[]> {
  const refusal = await outside(location, fs, root);
  if (refusal) {
    problems.push({ file: location, message: `bibliography ${refusal}` });
    return [];
  }
  let content: string;
  try {
    const stat = await fs.stat(location);
    if (stat.kind !== 'file') throw Object.assign(new Error('is not a file'), { code: 'EISDIR' });
    if (stat.size > MAX_BIBLIOGRAPHY_BYTES) {
      problems.push({ file: location, message: `bibliography is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_BIBLIOGRAPHY_BYTES)} limit; not read` });
      return [];
    }
    // Bounded even when stat lies or the file grows (issue 16).
    const bytes = await fs.readFile(location, MAX_BIBLIOGRAPHY_BYTES + 1);
    if (bytes.length > MAX_BIBLIOGRAPHY_BYTES) {
      problems.push({ file: location, message: `bibliography is over the ${formatBytes(MAX_BIBLIOGRAPHY_BYTES)} limit; not read` });
      return [];
    }
    const decoded = decodeSource(bytes);
    if (!decoded.ok) {
      problems.push({ file: location, message: `bibliography ${decoded.reason}; not read` });
      return [];
    }
    content = decoded.text;
  } catch (error) {
    problems.push({ file: location, message: isNotFound(error) ? 'bibliography does not exist' : `bibliography cannot be read: ${describeError(error)}` });
    return [];
  }
  const parsed = parseBibliography(location, content);
  for (const issue of parsed.issues) problems.push({ file: location, ...issue, message: `bibliography ${issue.message}` });
  return parsed.entries;
}

async function linkEntry(entry: BibEntry, bibliography: string, fs: CorpusFileSystem, corpus: CorpusSoFar, options: LoadOptions & { maxFileBytes: number }): Promise<void> {
  const card = { ...cslCard(entry.csl), key: entry.key, csl: entry.csl };
  const same = corpus.sources.findIndex((source) => source.key === entry.key);
  if (same >= 0) {
    corpus.sources[same] = withCard(corpus.sources[same] as LoadedSource, card);
    return;
  }
  for (const path of entry.files) {
    const location = resolveAttachment(path, bibliography, fs);
    const byName = corpus.sources.findIndex((source) => baseName(source.file) === baseName(path));
    if (byName >= 0 && corpus.keys.get(entry.key) === undefined) {
      // The attachment path is another machine's (Zotero storage); the corpus has the file.
      const source = corpus.sources[byName] as LoadedSource;
      corpus.keys.delete(source.key);
      corpus.sources[byName] = withCard(source, card);
      corpus.keys.set(entry.key, source.file);
      return;
    }
    const refusal = await outside(location, fs, options.bibliographyRoot);
    if (refusal) {
      corpus.problems.push({ file: bibliography, message: `@${entry.key}: attachment ${location} ${refusal}` });
      continue;
    }
    const outcome = await readCandidate({ relative: baseName(location), location }, fs, options.maxFileBytes, options);
    if ('problem' in outcome) {
      const missing = /does not exist|disappeared/.test(outcome.problem);
      // A missing attachment (another machine's Zotero storage) is the bibliography's fault, said as such.
      if (missing && entry.files.length === 1) corpus.problems.push({ file: bibliography, message: `@${entry.key}: attachment ${location} does not exist and no corpus file has its name; the key has no text` });
      else if (!missing) corpus.problems.push({ file: location, message: `@${entry.key}: ${outcome.problem}` });
      continue;
    }
    if (outcome.note) corpus.problems.push({ file: location, message: outcome.note });
    corpus.sources.push(withCard(outcome.source, card));
    corpus.keys.set(entry.key, location);
    return;
  }
  // Known key, no text: cited claims are unsupported with "no text for @key", not unknown.
  corpus.sources.push({ ...card, file: bibliography, text: '' });
  corpus.keys.set(entry.key, bibliography);
}

function withCard(source: LoadedSource, card: Omit<LoadedSource, 'file' | 'text'>): LoadedSource {
  const { text, file, pageStarts, sections } = source;
  return { ...card, file, text, ...(pageStarts && { pageStarts }), ...(sections && { sections }) };
}

/** Why a location may not be read (outside the root of an untrusted workspace), or undefined. */
async function outside(location: string, fs: CorpusFileSystem, root: string | undefined): Promise<string | undefined> {
  if (root === undefined) return undefined;
  const real = await realPathOrSelf(fs, location);
  const realRoot = await realPathOrSelf(fs, root);
  const base = realRoot.endsWith('/') || realRoot.endsWith('\\') ? realRoot : `${realRoot}/`;
  if (real === realRoot || real.startsWith(base) || real.startsWith(base.replace(/\/$/, '\\'))) return undefined;
  return 'is outside the workspace, and this workspace is not trusted: not read (trust the workspace, or move the file into it)';
}

function resolveAttachment(path: string, bibliography: string, fs: CorpusFileSystem): string {
  if (/^(?:[a-z][a-z0-9+.-]+:\/\/|\/|[a-z]:[\\/])/i.test(path)) return path;
  const cut = Math.max(bibliography.lastIndexOf('/'), bibliography.lastIndexOf('\\'));
  const folder = cut >= 0 ? bibliography.slice(0, cut) : bibliography;
  return path.split(/[\\/]+/).filter((part) => part && part !== '.').reduce((base, part) => fs.join(base, part), folder);
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
