// The corpus manifest: optional metadata for the sources of one corpus folder.
//
// `manifest.json`, `manifest.yaml` or `manifest.yml` at the top of the folder, either a list of
// entries or `{ "sources": [ ... ] }`. Entries are validated one by one, so one bad entry costs
// only its own metadata (its file still loads with a key taken from its name).
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { LineIndex } from '../text/positions';
import type { Problem, Range, Span } from '../types';

/** Names looked for, in order; only the first present is used. */
export const MANIFEST_NAMES = ['manifest.json', 'manifest.yaml', 'manifest.yml'] as const;

/**
 * A citation key Pandoc can cite: starts with a letter, digit or `_`, then letters, digits and
 * the punctuation Pandoc allows inside a key, ending on a letter, digit or `_`.
 */
export const CITATION_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, `${field} must not be empty`).max(max, `${field} is longer than ${max} characters`));

/** YAML reads `date: 2026` as a number; a year is still a date. */
const dateText = z
  .union([z.string(), z.number().int()], { error: 'date must be a string such as 2026-02-02' })
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, 'date must not be empty').max(40, 'date is longer than 40 characters'));

export const manifestEntrySchema = z.strictObject(
  {
    file: text('file', 1000),
    key: text('key', 100).pipe(
      z.string().regex(CITATION_KEY, 'key must be a citation key: letters, digits, _ and inner :.#$%&+?<>~/-'),
    ),
    title: text('title', 500),
    author: text('author', 500).optional(),
    date: dateText.optional(),
    publisher: text('publisher', 500).optional(),
    url: text('url', 2000)
      .pipe(z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'url must be an absolute URL'))
      .optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'an entry must be an object') },
);

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** A fault of the manifest: a Problem without the file, placed where the fault is written when that is known. */
export type ManifestIssue = Omit<Problem, 'file'>;

export interface ParsedManifest {
  /** Valid entries with their position in the manifest (0-based). */
  entries: { index: number; entry: ManifestEntry }[];
  /** Faults, each naming the entry and field. Empty when the manifest is fine. */
  issues: ManifestIssue[];
  /** Where entry `index` is written, for faults found later (its file is missing, listed twice…). */
  entryRange(index: number): Range | undefined;
}

const YAML_OPTIONS = { prettyErrors: false, logLevel: 'error' } as const;

/** Parses manifest text: JSON for `.json`, YAML otherwise. Never throws. */
export function parseManifest(fileName: string, content: string): ParsedManifest {
  const isJson = fileName.toLowerCase().endsWith('.json');
  const locator = new ManifestLocator(content);
  const read = isJson ? readJson(content) : readYaml(content, locator);
  if ('error' in read) {
    const issue: ManifestIssue = { message: `manifest is not valid ${isJson ? 'JSON' : 'YAML'}: ${firstLine(read.error)}` };
    if (read.span) issue.range = locator.rangeOf(read.span);
    return { entries: [], issues: [issue], entryRange: () => undefined };
  }
  return validateManifest(read.data, locator);
}

type ReadResult = { data: unknown } | { error: string; span?: Span };

/** JSON.parse decides validity, as it always has; YAML would accept more (comments, single quotes). */
function readJson(content: string): ReadResult {
  try {
    return { data: JSON.parse(content) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(message, content);
    return { error: message, ...(offset !== undefined && { span: { start: offset, end: Math.min(offset + 1, content.length) } }) };
  }
}

function readYaml(content: string, locator: ManifestLocator): ReadResult {
  const document = parseDocument(content, YAML_OPTIONS);
  const [error] = document.errors;
  if (error) return { error: error.message, span: { start: error.pos[0], end: error.pos[1] } };
  try {
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    locator.useDocument(document);
    return { data };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Where JSON.parse stopped. V8 (Node 20+) says "at position N" for most faults; for an unexpected
 * token it quotes the text instead: all of it when short, else up to 10 characters either side of
 * the token, with "..." where it cut. The offset is trusted only if the token is found there.
 */
export function jsonErrorOffset(message: string, content: string): number | undefined {
  const at = /\bat position (\d+)/.exec(message);
  if (at) return Math.min(Number(at[1]), content.length);
  if (/^Unexpected end of JSON input/.test(message)) return content.length;
  const token = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return undefined;
  const [, char, before, quoted, after] = token;
  if (char === undefined || quoted === undefined) return undefined; // both groups always take part
  const CONTEXT = 10;
  let offset: number | undefined;
  if (before && after) {
    const found = content.indexOf(quoted);
    if (found >= 0 && found === content.lastIndexOf(quoted)) offset = found + CONTEXT;
  } else if (before) {
    if (content.endsWith(quoted)) offset = content.length - quoted.length + CONTEXT;
  } else if (after) {
    if (content.startsWith(quoted)) offset = quoted.length - CONTEXT;
  } else if (content === quoted && content.indexOf(char) === content.lastIndexOf(char)) {
    offset = content.indexOf(char);
  }
  return offset !== undefined && content[offset] === char ? offset : undefined;
}

/** Validates parsed manifest data entry by entry; `locator` places each fault in the manifest text. */
export function validateManifest(data: unknown, locator?: ManifestLocator): ParsedManifest {
  const entryRange = (index: number) => locator?.entry(index);
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isRecord(data) && Array.isArray(data.sources)) {
    const extra = Object.keys(data).filter((name) => name !== 'sources');
    const [firstExtra] = extra;
    if (firstExtra !== undefined) {
      const message = `manifest has unknown top-level field(s): ${extra.join(', ')}`;
      return { entries: [], issues: [placed(message, locator?.topLevelKey(firstExtra))], entryRange };
    }
    list = data.sources;
  } else {
    const message = 'manifest must be a list of entries or an object with a "sources" list';
    return { entries: [], issues: [placed(message, locator?.root())], entryRange };
  }
  const entries: ParsedManifest['entries'] = [];
  const issues: ManifestIssue[] = [];
  (list as unknown[]).forEach((item, index) => {
    const result = manifestEntrySchema.safeParse(item);
    if (result.success) {
      entries.push({ index, entry: result.data });
      return;
    }
    const label = entryLabel(item, index);
    for (const issue of result.error.issues) {
      issues.push(placed(`${label}: ${describeIssue(issue, item)}`, locator?.issue(index, issue)));
    }
  });
  return { entries, issues, entryRange };
}

function placed(message: string, range: Range | undefined): ManifestIssue {
  return range ? { message, range } : { message };
}

/**
 * Finds where parts of the manifest are written, from the YAML document of its text (JSON is
 * YAML for this purpose). A JSON manifest's document is only built when a fault needs placing.
 */
export class ManifestLocator {
  private document: { contents: unknown } | undefined;
  private lines: LineIndex | undefined;

  constructor(private readonly content: string) {}

  useDocument(document: { contents: unknown }): void {
    this.document = document;
  }

  rangeOf(span: Span): Range {
    this.lines ??= new LineIndex(this.content);
    return this.lines.rangeOf(span);
  }

  root(): Range | undefined {
    return this.nodeRange(this.contents());
  }

  topLevelKey(name: string): Range | undefined {
    return this.nodeRange(keyNode(this.contents(), name));
  }

  entry(index: number): Range | undefined {
    return this.nodeRange(this.entryNode(index));
  }

  /** The field a zod issue names (its key for an unknown field), else the whole entry. */
  issue(index: number, issue: z.core.$ZodIssue): Range | undefined {
    const entry = this.entryNode(index);
    const [field] = issue.path;
    let node: unknown;
    if (issue.code === 'unrecognized_keys') node = issue.keys[0] === undefined ? undefined : keyNode(entry, issue.keys[0]);
    // A missing field has no node of its own: the entry is pointed at instead.
    else if (typeof field === 'string' && isMap(entry)) node = entry.get(field, true);
    return this.nodeRange(node) ?? this.nodeRange(entry);
  }

  private contents(): unknown {
    // Faults of this parse do not matter: a node that cannot be found is simply not pointed at.
    this.document ??= parseDocument(this.content, { ...YAML_OPTIONS, logLevel: 'silent' });
    return this.document.contents;
  }

  private entryNode(index: number): unknown {
    const contents = this.contents();
    const list = isMap(contents) ? contents.get('sources', true) : contents;
    return isSeq(list) ? list.items[index] : undefined;
  }

  private nodeRange(node: unknown): Range | undefined {
    const range = (node as YamlNode | null | undefined)?.range;
    if (!range || range[1] > this.content.length) return undefined;
    // A block node's range runs on to the next line: end it on its last character instead.
    let end = range[1];
    while (end > range[0] && /\s/.test(this.content.charAt(end - 1))) end--;
    return this.rangeOf({ start: range[0], end });
  }
}

/** The key node of `name` in a YAML map node. */
function keyNode(map: unknown, name: string): unknown {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === name);
  return pair?.key;
}

function describeIssue(issue: z.core.$ZodIssue, item: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')} (allowed: file, key, title, author, date, publisher, url)`;
  }
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && issue.path.length === 1 && isRecord(item) && item[field] === undefined) {
    return `${field} is required`;
  }
  return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
}

function entryLabel(item: unknown, index: number): string {
  const file = isRecord(item) && typeof item.file === 'string' ? ` (${JSON.stringify(item.file)})` : '';
  return `sources[${index}]${file}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(message: string): string {
  return (message.split(/\r?\n/)[0] ?? '').slice(0, 300);
}
