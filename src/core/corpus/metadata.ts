// Metadata of a source the manifest does not describe: key from the file name, title from the
// text (Markdown front matter `title:` when there is one, else the first non-empty line).
import { parse as parseYaml } from 'yaml';
import type { LoadedSource } from './fileSystem';

export const MAX_TITLE_LENGTH = 200;

type Metadata = Omit<LoadedSource, 'file' | 'text'>;

export function defaultMetadata(text: string, stem: string, markdown: boolean): Metadata {
  const key = keyFromStem(stem);
  const front = markdown ? frontMatter(text) : undefined;
  const title = front?.fields.title ?? firstLineTitle(text.slice(front?.end ?? 0)) ?? stem;
  const result: Metadata = { key, title: clip(title) };
  for (const field of ['author', 'date', 'publisher', 'url'] as const) {
    const value = front?.fields[field];
    if (value !== undefined) result[field] = clip(value);
  }
  return result;
}

/**
 * A citation key from a file stem: characters a Pandoc key cannot hold become `-`.
 * `000_5fa7` stays `000_5fa7`; `My report (draft)` becomes `My-report-draft`.
 */
export function keyFromStem(stem: string): string {
  const key = stem
    .replace(/[^\p{L}\p{N}_:.#$%&+?<>~/-]+/gu, '-')
    .replace(/^[^\p{L}\p{N}_]+/u, '')
    .replace(/(?<![^\p{L}\p{N}_])[^\p{L}\p{N}_]+$/u, '');
  return key || 'source';
}

/** First non-empty line, without Markdown heading marks. */
export function firstLineTitle(text: string): string | undefined {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw
      .trim()
      .replace(/^#{1,6}\s+/, '')
      .replace(/(?<!\s)\s+#+$/, '')
      .trim();
    if (line !== '' && !/^#+$/.test(line)) return line;
  }
  return undefined;
}

function clip(value: string): string {
  // Only the first MAX_TITLE_LENGTH characters survive: collapse a bounded prefix when that
  // already decides the result (a one-line source can be megabytes long).
  if (value.length > 8 * MAX_TITLE_LENGTH) {
    const head = value.slice(0, 4 * MAX_TITLE_LENGTH).replace(/\s+/g, ' ').trim();
    if (head.length > MAX_TITLE_LENGTH + 1) return clipLine(head);
  }
  return clipLine(value.replace(/\s+/g, ' ').trim());
}

function clipLine(line: string): string {
  if (line.length <= MAX_TITLE_LENGTH) return line;
  const cut = line.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** YAML front matter of a Markdown file: its end offset and its string fields. */
function frontMatter(text: string): { end: number; fields: Partial<Record<string, string>> } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) return undefined;
  const body = text.slice(open[0].length, open[0].length + close.index);
  const end = open[0].length + close.index + close[0].length;
  const fields: Partial<Record<string, string>> = {};
  try {
    const data: unknown = parseYaml(body, { maxAliasCount: 10, logLevel: 'error' });
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      for (const name of ['title', 'author', 'date', 'publisher', 'url']) {
        if (!Object.prototype.hasOwnProperty.call(data, name)) continue;
        const textValue = asText((data as Record<string, unknown>)[name]);
        if (textValue) fields[name] = textValue;
      }
    }
  } catch {
    // Not YAML: the block is still skipped when looking for a title.
  }
  return { end, fields };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || undefined;
  return undefined;
}
