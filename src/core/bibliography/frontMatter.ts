// What a brief's YAML front matter says about its references, as Pandoc reads it:
// `bibliography:` (one path or a list, relative to the brief) and `csl:` (a style file).
import { parse as parseYaml } from 'yaml';

export interface BriefReferences {
  bibliography: string[];
  csl?: string;
}

export function briefReferences(text: string): BriefReferences {
  const open = /^---[ \t]*\r?\n/.exec(text);
  const close = open ? /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) return { bibliography: [] };
  let data: unknown;
  try {
    data = parseYaml(text.slice(open[0].length, open[0].length + close.index), { maxAliasCount: 10, logLevel: 'error' });
  } catch {
    return { bibliography: [] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { bibliography: [] };
  const { bibliography, csl } = data as { bibliography?: unknown; csl?: unknown };
  const paths = (Array.isArray(bibliography) ? bibliography : [bibliography]).filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  return { bibliography: paths, ...(typeof csl === 'string' && csl.trim() !== '' && { csl: csl.trim() }) };
}
