// The readers of the formats a corpus may hold besides text: chosen by what the bytes are
// (a PDF named .txt is still a PDF), else by the file's extension.
import { docxReader } from './docx';
import { htmlReader } from './html';
import { pdfReader } from './pdf';
import type { SourceReader } from './reader';

export type { DocumentMetadata, ExtractedText, ReadOptions, ReadOutcome, SectionMark, SourceFormat, SourceReader } from './reader';
export { pageAt, sectionAt } from './reader';

export const SOURCE_READERS: readonly SourceReader[] = [pdfReader, docxReader, htmlReader];

/** File name endings the readers take. */
export const READER_EXTENSIONS: readonly string[] = SOURCE_READERS.flatMap((reader) => reader.extensions);

/** The reader for a file: by magic number first (PDF, zip), by extension for markup. */
export function readerFor(name: string, bytes: Uint8Array): SourceReader | undefined {
  const lower = name.toLowerCase();
  const byExtension = SOURCE_READERS.find((reader) => reader.extensions.some((extension) => lower.endsWith(extension)));
  if (pdfReader.sniff(bytes)) return pdfReader;
  if (byExtension === docxReader) return docxReader;
  if (byExtension === htmlReader || (!byExtension && /\.(md|markdown|txt)$/.test(lower) === false && htmlReader.sniff(bytes))) return htmlReader;
  return byExtension;
}
