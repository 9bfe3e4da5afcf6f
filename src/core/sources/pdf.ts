// PDF: text with pages, through unpdf (pdf.js built to run without a worker, so it bundles into
// the CLI and the extension host as one file). Chosen over pdfjs-dist's legacy build, which
// needs its worker module loaded at run time and a font-data URL (see README of the fixtures).
import { getDocumentProxy } from 'unpdf';
import { TimeSlices, WorkCancelled } from '../timeSlices';
import type { DocumentMetadata, ExtractedText, ReadOptions, ReadOutcome, SectionMark, SourceReader } from './reader';
import { startsWithBytes } from './reader';
import { dropRunningLines, endsSentence, hyphenatedWords, joinLines, pageLines, pageParagraphs, type PageLine, type TextRun } from './pdfLayout';

/** Fewer letters than this on average per page: no text layer (a scan). */
const MIN_LETTERS_PER_PAGE = 20;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

interface PdfTextItem {
  str?: string;
  transform?: number[];
  height?: number;
  hasEOL?: boolean;
}

export const pdfReader: SourceReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  // The header may follow up to 1 KB of junk, as readers allow.
  sniff: (bytes) => startsWithBytes(bytes, PDF_MAGIC) || indexOfBytes(bytes.subarray(0, 1024), PDF_MAGIC) >= 0,
  read: readPdf,
};

async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadOutcome> {
  const slices = new TimeSlices(options.sliceMs);
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take over the buffer: give it a copy, the caller's bytes stay as they were.
    document = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    const reason = openFailure(error);
    return { ok: false, reason, ...(isLasting(error) && { lasting: true }) };
  }
  try {
    const pages: PageLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines((content.items as PdfTextItem[]).filter((item) => typeof item.str === 'string').map(toRun)));
      page.cleanup();
      options.onPage?.(number, document.numPages);
      if (options.isCancelled?.()) throw new WorkCancelled();
      if (slices.due) await slices.pause();
    }
    if (!hasLetters(pages, MIN_LETTERS_PER_PAGE * Math.max(1, pages.length))) {
      return { ok: false, lasting: true, reason: `has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scan?); run OCR on it (for example ocrmypdf) and index the result; not indexed` };
    }
    const metadata = await pdfMetadata(document);
    const kept = dropRunningLines(pages);
    if (slices.due) await slices.pause();
    const assembled = await assemble(kept, slices);
    const sections = await outlineSections(document, assembled.text, assembled.pageStarts ?? []);
    return { ok: true, extracted: { ...assembled, ...(sections.length > 0 && { sections }), metadata } };
  } catch (error) {
    if (error instanceof WorkCancelled) throw error;
    return { ok: false, reason: `cannot be read as a PDF (${firstLine(error)}); not indexed` };
  } finally {
    void document.destroy();
  }
}

/** Whether the pages hold at least `wanted` letters (counting stops there: a long report is not counted through). */
function hasLetters(pages: readonly PageLine[][], wanted: number): boolean {
  let letters = 0;
  for (const lines of pages) {
    for (const line of lines) {
      letters += line.text.match(/\p{L}/gu)?.length ?? 0;
      if (letters >= wanted) return true;
    }
  }
  return false;
}

function toRun(item: PdfTextItem): TextRun {
  const transform = item.transform ?? [];
  return { text: item.str ?? '', x: transform[4] ?? 0, y: transform[5] ?? 0, height: item.height ?? Math.abs(transform[3] ?? 0), endOfLine: item.hasEOL === true };
}

/**
 * Joins pages into one text: paragraphs apart by a blank line; a sentence running over a page
 * break stays whole. Paragraphs are kept apart until the end: patterns over the growing text
 * would scan all of it once per page (130 ms of a blocked event loop on a 300-page report).
 */
async function assemble(pages: PageLine[][], slices: TimeSlices): Promise<Pick<ExtractedText, 'text' | 'pageStarts' | 'note'>> {
  const keep = hyphenatedWords(pages);
  const parts: string[] = [];
  /** Length of `parts.join('\n\n')`. */
  let length = 0;
  const pageStarts: number[] = [];
  const empty: number[] = [];
  for (const [index, lines] of pages.entries()) {
    if (slices.due) await slices.pause();
    const paragraphs = pageParagraphs(lines, keep);
    if (paragraphs.length === 0) empty.push(index + 1);
    const [first, ...rest] = paragraphs;
    const tail = parts[parts.length - 1];
    if (first !== undefined && tail !== undefined && !lines[0]?.opensParagraph && !endsSentence(tail)) {
      // The page goes on with the last page's sentence: its page starts where the new words do.
      const joined = joinLines(tail, first, keep);
      parts[parts.length - 1] = joined;
      length += joined.length - tail.length;
      pageStarts.push(length - first.length);
    } else {
      if (length > 0 && first !== undefined) length += 2;
      pageStarts.push(length);
      if (first !== undefined) {
        parts.push(first);
        length += first.length;
      }
    }
    for (const paragraph of rest) {
      parts.push(paragraph);
      length += 2 + paragraph.length;
    }
  }
  const note = empty.length > 0 && empty.length < pages.length ? `has ${empty.length} page${empty.length === 1 ? '' : 's'} without text (${empty.slice(0, 5).join(', ')}${empty.length > 5 ? ', …' : ''}): scanned pages are not read` : undefined;
  return { text: parts.join('\n\n'), pageStarts, ...(note ? { note } : {}) };
}

interface OutlineNode {
  title?: string;
  dest?: unknown;
  items?: OutlineNode[];
}

/**
 * The PDF's outline (bookmarks), depth first, as sections: each starts where its title is
 * written on the page it points to, else at the top of that page. None without an outline.
 */
async function outlineSections(document: Awaited<ReturnType<typeof getDocumentProxy>>, text: string, pageStarts: readonly number[]): Promise<SectionMark[]> {
  let outline: OutlineNode[] | null;
  try {
    outline = (await document.getOutline()) as OutlineNode[] | null;
  } catch {
    return []; // a damaged outline costs only the sections
  }
  const sections: SectionMark[] = [];
  const visit = async (nodes: readonly OutlineNode[], depth: number): Promise<void> => {
    for (const node of nodes) {
      if (sections.length >= MAX_OUTLINE_ITEMS || depth > MAX_OUTLINE_DEPTH) return;
      const title = node.title?.replace(/\s+/g, ' ').trim();
      const page = title ? await outlinePage(document, node.dest) : undefined;
      const pageStart = page === undefined ? undefined : pageStarts[page];
      if (title && page !== undefined && pageStart !== undefined) {
        const pageEnd = pageStarts[page + 1] ?? text.length;
        const written = text.slice(pageStart, pageEnd).replace(/\s/g, ' ').toLowerCase().indexOf(title.toLowerCase());
        sections.push({ start: written >= 0 ? pageStart + written : pageStart, title });
      }
      if (node.items && node.items.length > 0) await visit(node.items, depth + 1);
    }
  };
  await visit(outline ?? [], 0);
  // Stable: two bookmarks at one place keep the outline's order.
  return sections.map((section, index) => ({ section, index })).sort((a, b) => a.section.start - b.section.start || a.index - b.index).map(({ section }) => section);
}

const MAX_OUTLINE_ITEMS = 5000;
const MAX_OUTLINE_DEPTH = 16;

/** The 0-based page an outline destination points to (a named or an explicit destination), if any. */
async function outlinePage(document: Awaited<ReturnType<typeof getDocumentProxy>>, dest: unknown): Promise<number | undefined> {
  try {
    const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest;
    const target = Array.isArray(explicit) ? (explicit[0] as unknown) : undefined;
    if (typeof target === 'number') return target;
    if (target && typeof target === 'object') return await document.getPageIndex(target as { num: number; gen: number });
  } catch {
    // A destination that points nowhere: no section for it.
  }
  return undefined;
}

async function pdfMetadata(document: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<DocumentMetadata> {
  try {
    const { info } = (await document.getMetadata()) as unknown as { info?: Record<string, unknown> };
    const field = (name: string) => {
      const value = info?.[name];
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    // Not CreationDate: when the file was made says little about when the report was published.
    return { ...(field('Title') && { title: field('Title') }), ...(field('Author') && { author: field('Author') }) };
  } catch {
    return {};
  }
}

function openFailure(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'is encrypted (it needs a password to open); save an unprotected copy to index it; not indexed';
  if (name === 'InvalidPDFException') return `is not a readable PDF (damaged or truncated: ${firstLine(error)}); not indexed`;
  return `cannot be read as a PDF (${firstLine(error)}); not indexed`;
}

/** A password or a damaged file is in the bytes; anything else may be the host's (a library that failed to load). */
function isLasting(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'PasswordException' || name === 'InvalidPDFException';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) || 'unknown error';
}

function indexOfBytes(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
