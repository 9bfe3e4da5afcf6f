// The project file: `.brief-lens.json` or `.brief-lens.yaml`, the settings of the extension
// written down once for the CLI and the editor alike. Keys are the settings' names without the
// `briefLens.` prefix, nested (`corpus: { folders: [...] }`) or dotted (`"corpus.folders"`);
// the caller gives the schema of each key (the settings schema), so both read the same values.
// Faults are problems placed where they are written, never exceptions: a bad key costs only itself.
import { isMap, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { jsonErrorOffset } from '../corpus/manifest';
import { LineIndex } from '../text/positions';
import type { Problem, Range } from '../types';

/** Names looked for in a folder, in order; only the first present is used. */
export const PROJECT_FILE_NAMES = ['.brief-lens.json', '.brief-lens.yaml', '.brief-lens.yml'] as const;

/** Valid values by setting key (`corpus.folders`), and the faults of the file. */
export interface ProjectSettings {
  values: Record<string, unknown>;
  problems: Problem[];
}

type Path = (string | number)[];

const YAML_OPTIONS = { prettyErrors: false, logLevel: 'silent' } as const;

/** Parses a project file's text: JSON for `.json`, YAML otherwise. Never throws. */
export function parseProjectFile(file: string, content: string, shape: Record<string, z.ZodType>): ProjectSettings {
  const lines = new LineIndex(content);
  const fail = (message: string, range?: Range): ProjectSettings => ({ values: {}, problems: [placed(file, message, range)] });
  const isJson = file.toLowerCase().endsWith('.json');
  if (isJson) {
    try {
      JSON.parse(content);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const offset = jsonErrorOffset(message, content);
      const range = offset === undefined ? undefined : lines.rangeOf({ start: offset, end: Math.min(offset + 1, content.length) });
      return fail(`not valid JSON: ${firstLine(message)}`, range);
    }
  }
  // JSON is YAML too: one document gives both the values and where each is written.
  const document = parseDocument(content, YAML_OPTIONS);
  const [error] = document.errors;
  if (error) return fail(`not valid YAML: ${firstLine(error.message)}`, lines.rangeOf({ start: error.pos[0], end: error.pos[1] }));
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (thrown) {
    return fail(`not valid YAML: ${firstLine(thrown instanceof Error ? thrown.message : String(thrown))}`);
  }
  if (data === null || data === undefined) return { values: {}, problems: [] };
  const locate = (path: Path, key = false) => locateNode(document, content, lines, path, key);
  if (!isRecord(data)) return fail('must be an object of settings, such as { "corpus": { "folders": ["sources"] } }', locate([]));
  const { values, problems } = validate(file, collect(data, [], shape, file, locate), shape, locate);
  // In the order they are written, as an editor lists them.
  const at = (problem: Problem) => [problem.range?.start.line ?? -1, problem.range?.start.character ?? -1] as const;
  problems.sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1]);
  return { values, problems };
}

interface Entry {
  key: string;
  path: Path;
  value: unknown;
}

/** Flattens nested objects into setting keys; names that are no setting become problems. */
function collect(
  data: Record<string, unknown>,
  path: string[],
  shape: Record<string, z.ZodType>,
  file: string,
  locate: (path: Path, key?: boolean) => Range | undefined,
): { entries: Entry[]; problems: Problem[] } {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(data)) {
    const here = [...path, name];
    const key = here.join('.');
    if (key in shape) {
      entries.push({ key, path: here, value });
    } else if (isRecord(value) && Object.keys(shape).some((known) => known.startsWith(`${key}.`))) {
      const inner = collect(value, here, shape, file, locate);
      entries.push(...inner.entries);
      problems.push(...inner.problems);
    } else {
      const allowed = Object.keys(shape).join(', ');
      problems.push(placed(file, `unknown setting "${key}" (known: ${allowed})`, locate(here, true)));
    }
  }
  return { entries, problems };
}

function validate(
  file: string,
  { entries, problems }: { entries: Entry[]; problems: Problem[] },
  shape: Record<string, z.ZodType>,
  locate: (path: Path, key?: boolean) => Range | undefined,
): ProjectSettings {
  const values: Record<string, unknown> = {};
  for (const { key, path, value } of entries) {
    const schema = shape[key];
    if (!schema) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      values[key] = parsed.data;
      continue;
    }
    for (const issue of parsed.error.issues) {
      const inner = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      const where = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...inner, issue.keys[0]] : inner;
      const label = [key, ...where.map(String)].join('.');
      problems.push(placed(file, `${label}: ${issue.message}; this setting is ignored`, nearest(locate, [...path, ...where], path.length, issue.code === 'unrecognized_keys')));
    }
  }
  return { values, problems };
}

/** The node at `path`, else its closest ancestor down to the setting itself. */
function nearest(locate: (path: Path, key?: boolean) => Range | undefined, path: Path, minimum: number, key: boolean): Range | undefined {
  for (let length = path.length; length >= minimum; length--) {
    const range = locate(path.slice(0, length), key && length === path.length);
    if (range) return range;
  }
  return undefined;
}

/** Where the value (or, with `key`, the key) at `path` is written. */
function locateNode(document: Document, content: string, lines: LineIndex, path: Path, key: boolean): Range | undefined {
  let node: unknown;
  if (key && path.length > 0) {
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    const name = path[path.length - 1];
    node = isMap(parent) ? parent.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === name)?.key : undefined;
  } else {
    node = path.length === 0 ? document.contents : document.getIn(path, true);
  }
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range || range[1] > content.length) return undefined;
  // A block node's range runs on to the next line: end it on its last character instead.
  let end = range[1];
  while (end > range[0] && /\s/.test(content[end - 1] ?? '')) end--;
  return lines.rangeOf({ start: range[0], end });
}

function placed(file: string, message: string, range: Range | undefined): Problem {
  return range ? { file, message, range } : { file, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(message: string): string {
  return (message.split(/\r?\n/)[0] ?? '').slice(0, 300);
}
