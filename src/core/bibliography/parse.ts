// Reading a bibliography as Zotero (with Better BibTeX) exports it: BibTeX / BibLaTeX through
// citation-js's BibTeX plugin, CSL JSON and CSL YAML (Pandoc's `references:`) checked against
// the fields of CSL that are used here. Never throws: faults are issues with a position.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { jsonErrorOffset, type ManifestIssue } from '../corpus/manifest';
import { LineIndex } from '../text/positions';
import type { Range } from '../types';

/** One CSL item (CSL-JSON), as citeproc takes it. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

export interface BibEntry {
  key: string;
  csl: CslItem;
  /** Attachment paths from the `file` field (Zotero / Better BibTeX), as written. */
  files: string[];
}

export interface ParsedBibliography {
  entries: BibEntry[];
  issues: ManifestIssue[];
}

export type BibliographyFormat = 'bibtex' | 'csl-json' | 'csl-yaml';

export function bibliographyFormat(name: string): BibliographyFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.bib') || lower.endsWith('.bibtex')) return 'bibtex';
  if (lower.endsWith('.json')) return 'csl-json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'csl-yaml';
  return undefined;
}

export function parseBibliography(name: string, content: string): ParsedBibliography {
  switch (bibliographyFormat(name)) {
    case 'bibtex':
      return parseBibtex(content);
    case 'csl-json':
      return parseCslJson(content);
    case 'csl-yaml':
      return parseCslYaml(content);
    default:
      return { entries: [], issues: [{ message: 'is not a bibliography: use .bib (BibTeX / BibLaTeX), .json (CSL JSON) or .yaml (CSL YAML)' }] };
  }
}

interface BibtexEntry {
  label: string;
  properties: Record<string, unknown>;
}

function parseBibtex(content: string): ParsedBibliography {
  let raw: BibtexEntry[];
  try {
    raw = plugins.input.chain(content, { forceType: '@biblatex/text', target: '@biblatex/entries+list', generateGraph: false }) as BibtexEntry[];
  } catch (error) {
    const message = firstLine(error);
    const at = /at line (\d+) col (\d+)/.exec(message);
    const range = at ? pointRange(Number(at[1]) - 1, Number(at[2]) - 1) : undefined;
    return { entries: [], issues: [{ message: `is not valid BibTeX: ${message.replace(/:$/, '')}`, ...(range && { range }) }] };
  }
  if (!Array.isArray(raw)) return { entries: [], issues: [{ message: 'is not valid BibTeX: no entries found' }] };
  const csl = plugins.input.chain(raw, { target: '@csl/list+object', generateGraph: false }) as CslItem[];
  const files = new Map(raw.map((entry) => [entry.label, attachmentPaths(entry.properties.file)]));
  return { entries: csl.map((item) => ({ key: String(item.id), csl: item, files: files.get(String(item.id)) ?? [] })), issues: [] };
}

/**
 * Paths in a `file` field: Better BibTeX writes `path;path`, Zotero's own export
 * `description:path:mime-type` per attachment.
 */
export function attachmentPaths(field: unknown): string[] {
  if (typeof field !== 'string') return [];
  return field
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => /^[^:]*:(.+):[\w.+-]+\/[\w.+-]+$/.exec(part)?.[1] ?? part)
    .map((path) => path.replace(/\\:/g, ':'));
}

const name = z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() }, { error: 'a name must be an object with family, given or literal' });
const date = z.object(
  {
    'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
    raw: z.string().optional(),
    literal: z.string().optional(),
  },
  { error: 'a date must be an object with date-parts, raw or literal' },
);

/** The CSL fields used here, checked; other fields pass through to citeproc. */
const cslItem = z.looseObject(
  {
    id: z.union([z.string().min(1), z.number()], { error: 'id is required (a string: the citation key)' }),
    type: z.string({ error: 'type is required (a CSL type such as report or webpage)' }),
    title: z.string({ error: 'title must be a string' }).optional(),
    author: z.array(name, { error: 'author must be a list of names' }).optional(),
    editor: z.array(name, { error: 'editor must be a list of names' }).optional(),
    issued: date.optional(),
    URL: z.string({ error: 'URL must be a string' }).optional(),
    DOI: z.string({ error: 'DOI must be a string' }).optional(),
    publisher: z.string({ error: 'publisher must be a string' }).optional(),
  },
  { error: 'an item must be an object' },
);

function parseCslJson(content: string): ParsedBibliography {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = firstLine(error);
    const offset = jsonErrorOffset(message, content);
    const range = offset === undefined ? undefined : new LineIndex(content).rangeOf({ start: offset, end: Math.min(offset + 1, content.length) });
    return { entries: [], issues: [{ message: `is not valid JSON: ${message}`, ...(range && { range }) }] };
  }
  return validateItems(data, 'CSL JSON must be a list of items');
}

function parseCslYaml(content: string): ParsedBibliography {
  const document = parseDocument(content, { prettyErrors: false, logLevel: 'error' });
  const [error] = document.errors;
  if (error) {
    const range = new LineIndex(content).rangeOf({ start: error.pos[0], end: error.pos[1] });
    return { entries: [], issues: [{ message: `is not valid YAML: ${error.message.split('\n')[0]}`, range }] };
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  // Pandoc's form: a `references:` list, alone or in a Markdown file's front matter.
  const items = data && typeof data === 'object' && !Array.isArray(data) && 'references' in data ? (data as { references: unknown }).references : data;
  return validateItems(items, 'CSL YAML must be a list of items, or have a "references" list');
}

function validateItems(data: unknown, notList: string): ParsedBibliography {
  if (!Array.isArray(data)) return { entries: [], issues: [{ message: notList }] };
  const entries: BibEntry[] = [];
  const issues: ManifestIssue[] = [];
  data.forEach((item: unknown, index) => {
    const parsed = cslItem.safeParse(item);
    if (!parsed.success) {
      const id = item && typeof item === 'object' && 'id' in item ? ` ("${String((item as { id: unknown }).id)}")` : '';
      const faults = parsed.error.issues.map((issue) => (issue.path.length > 1 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
      issues.push({ message: `item [${index}]${id}: ${[...new Set(faults)].join('; ')}; item ignored` });
      return;
    }
    const csl = { ...parsed.data, id: String(parsed.data.id) } as CslItem;
    entries.push({ key: csl.id, csl, files: attachmentPaths((item as { file?: unknown }).file) });
  });
  return { entries, issues };
}

function pointRange(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character: character + 1 } };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
