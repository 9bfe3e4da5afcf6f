// The corpus manifest: optional metadata for the sources of one corpus folder.
//
// `manifest.json`, `manifest.yaml` or `manifest.yml` at the top of the folder, either a list of
// entries or `{ "sources": [ ... ] }`. Entries are validated one by one, so one bad entry costs
// only its own metadata (its file still loads with a key taken from its name).
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

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


export interface ParsedManifest {
  /** Valid entries with their position in the manifest (0-based). */
  entries: { index: number; entry: ManifestEntry }[];
  /** Faults, each naming the entry and field. Empty when the manifest is fine. */
  issues: string[];
}

/** Parses manifest text: JSON for `.json`, YAML otherwise. Never throws. */
export function parseManifest(fileName: string, content: string): ParsedManifest {
  let data: unknown;
  const isJson = fileName.toLowerCase().endsWith('.json');
  try {
    data = isJson ? JSON.parse(content) : parseYaml(content, { prettyErrors: false, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    return { entries: [], issues: [`manifest is not valid ${isJson ? 'JSON' : 'YAML'}: ${reason}`] };
  }
  return validateManifest(data);
}

/** Validates parsed manifest data entry by entry. */
export function validateManifest(data: unknown): ParsedManifest {
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isRecord(data) && Array.isArray(data.sources)) {
    const extra = Object.keys(data).filter((name) => name !== 'sources');
    if (extra.length > 0) {
      return { entries: [], issues: [`manifest has unknown top-level field(s): ${extra.join(', ')}`] };
    }
    list = data.sources;
  } else {
    return {
      entries: [],
      issues: ['manifest must be a list of entries or an object with a "sources" list'],
    };
  }
  const entries: ParsedManifest['entries'] = [];
  const issues: string[] = [];
  (list as unknown[]).forEach((item, index) => {
    const result = manifestEntrySchema.safeParse(item);
    if (result.success) {
      entries.push({ index, entry: result.data });
      return;
    }
    const label = entryLabel(item, index);
    for (const issue of result.error.issues) {
      issues.push(`${label}: ${describeIssue(issue, item)}`);
    }
  });
  return { entries, issues };
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
  return message.split(/\r?\n/)[0].slice(0, 300);
}
