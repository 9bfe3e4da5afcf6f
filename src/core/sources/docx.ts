// Word files: mammoth's reading of the document (its HTML, so headings stay headings and open
// sections). The zip is checked first: a DOCX whose entries expand past a limit is refused
// before anything is inflated (a zip bomb posing as a document).
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { formatBytes } from '../corpus/errors';
import { blocksOf, type DomNode } from './htmlBlocks';
import type { ReadOutcome, SourceReader } from './reader';
import { startsWithBytes } from './reader';
import { zipEntry, zipExpandedSize } from './zip';
import type { DocumentMetadata } from './reader';

/** Largest total the entries of a DOCX may expand to. */
export const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;
/** Largest expansion ratio: text compresses about 4–10 times; bombs, thousands. */
export const MAX_DOCX_RATIO = 200;

export const docxReader: SourceReader = {
  format: 'docx',
  extensions: ['.docx'],
  sniff: (bytes) => startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]),
  read: readDocx,
};

async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
  const size = zipExpandedSize(bytes);
  if ('problem' in size) return { ok: false, reason: `is not a readable Word file (${size.problem}); not indexed` };
  if (size.bytes > MAX_DOCX_EXPANDED_BYTES || size.bytes > MAX_DOCX_RATIO * Math.max(bytes.length, 1)) {
    return {
      ok: false,
      reason: `expands to ${formatBytes(size.bytes)} from ${formatBytes(bytes.length)} (over the ${formatBytes(MAX_DOCX_EXPANDED_BYTES)} or ${MAX_DOCX_RATIO}× limit: a zip bomb?); not indexed`,
    };
  }
  let html: string;
  try {
    // mammoth's Node build takes `buffer` (JSZip reads a Uint8Array as well), its browser build `arrayBuffer`.
    const copy = new Uint8Array(bytes);
    html = (await mammoth.convertToHtml({ buffer: copy, arrayBuffer: copy.buffer } as never)).value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `is not a readable Word file (${message.split('\n')[0]?.slice(0, 200)}); not indexed` };
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: DomNode & { querySelector(s: string): DomNode | null } };
  const body = document.querySelector('body');
  const blocks = body ? blocksOf(body) : { text: '', sections: [] };
  if (!/\p{L}/u.test(blocks.text)) return { ok: false, reason: 'is a Word file with no text; not indexed' };
  return { ok: true, extracted: { text: blocks.text, sections: blocks.sections, metadata: await wordProperties(bytes) } };
}

/**
 * Title and author from the document's properties (docProps/core.xml). Not its dates: they say
 * when the file was made or saved, not when the report was published.
 */
async function wordProperties(bytes: Uint8Array): Promise<DocumentMetadata> {
  const core = await zipEntry(bytes, 'docProps/core.xml');
  if (!core) return {};
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${new TextDecoder().decode(core).replace(/^\s*<\?xml[^<>]*>/, '')}</body></html>`) as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } };
  const field = (tag: string) => document.querySelector(tag.replace(':', '\\:'))?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const title = field('dc:title');
  const author = field('dc:creator');
  return { ...(title && { title }), ...(author && { author }) };
}
