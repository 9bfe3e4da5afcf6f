// A source reader turns the bytes of one document format into the text evidence offsets point
// into, with where its pages and sections start, and the metadata the document carries.
// Readers are plain JavaScript over a well-kept library per format: no Node API, so the
// extension reads PDFs, web pages and Word files in remote and virtual workspaces too.

/** Metadata a document states about itself (PDF info, HTML meta tags, Word properties). */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  date?: string;
  publisher?: string;
  url?: string;
}

/** A section heading and where its section starts in the extracted text. */
export interface SectionMark {
  start: number;
  title: string;
}

export interface ExtractedText {
  text: string;
  /** Offset where each page starts: page `n` (1-based) starts at `pageStarts[n - 1]`. Paged formats only. */
  pageStarts?: number[];
  /** Section headings in order of their offsets. */
  sections?: SectionMark[];
  metadata: DocumentMetadata;
  /** A note for the corpus problems (the file still loads), e.g. pages without text. */
  note?: string;
}

export type ReadOutcome =
  | { ok: true; extracted: ExtractedText }
  /** `lasting`: the bytes themselves are the cause (a scan, a password), so the refusal may be cached; otherwise it could be the host's. */
  | { ok: false; reason: string; lasting?: boolean };

export type SourceFormat = 'pdf' | 'html' | 'docx';

/** How a long read is driven: told its progress, cancelled, and yielding to the event loop. */
export interface ReadOptions {
  /** Asked between pages: true stops the read with WorkCancelled. */
  isCancelled?: () => boolean;
  /** Told after each page of a paged document. */
  onPage?: (page: number, pages: number) => void;
  /** Yield to the event loop after about this many milliseconds of work (default DEFAULT_SLICE_MS). */
  sliceMs?: number;
}

export interface SourceReader {
  format: SourceFormat;
  /** Lower-case file name endings this reader takes. */
  extensions: readonly string[];
  /** Whether the bytes look like this format (magic number or markup). */
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, options?: ReadOptions): Promise<ReadOutcome>;
}

/** Where a `starts` list puts an offset: the index of the last start at or before it, or -1. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? Infinity) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** 1-based page of an offset, when the text has pages. */
export function pageAt(pageStarts: readonly number[] | undefined, offset: number): number | undefined {
  if (!pageStarts || pageStarts.length === 0) return undefined;
  return Math.max(0, lastAtOrBefore(pageStarts, offset)) + 1;
}

/** Title of the section an offset sits in, when the text has sections. */
export function sectionAt(sections: readonly SectionMark[] | undefined, offset: number): string | undefined {
  if (!sections || sections.length === 0) return undefined;
  const index = lastAtOrBefore(sections.map((s) => s.start), offset);
  return index < 0 ? undefined : sections[index]?.title;
}

export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, index) => bytes[at + index] === byte);
}
