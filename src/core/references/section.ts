// Builds a "References" section from the keys a brief cites, rendered by citeproc (citation-js
// plugin-csl) in Chicago author-date, or in the CSL style a brief names with `csl:`. Entries
// from a bibliography render from its CSL item; others from their citation card.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Corpus } from '../corpus/corpus';
import { hashString } from '../corpus/indexCache';
import type { BriefResult, SourceInfo } from '../types';
import chicago from './chicago-author-date.json';

const DEFAULT_STYLE = 'brief-lens-chicago-author-date';

export interface ReferencesOptions {
  /** A CSL style (its XML), e.g. the file a brief's `csl:` front matter names. */
  styleXml?: string;
  /** Told when the style cannot be used (the bundled Chicago author-date is used instead). */
  onStyleError?: (message: string) => void;
}

export function referencesSection(result: BriefResult, corpus: Corpus, heading = '## References', options: ReferencesOptions = {}): string {
  const keys: string[] = [];
  for (const c of result.citations) if (!keys.includes(c.key) && corpus.source(c.key)) keys.push(c.key);
  const items = keys.map((key) => ({ key, item: corpus.cslItem(key) ?? cslFromCard(corpus.source(key) as SourceInfo) }));
  let rendered: Array<{ key: string; text: string }>;
  try {
    const template = styleName(options.styleXml);
    rendered = items.map(({ key, item }) => ({ key, text: renderEntry(item, template) }));
  } catch (error) {
    options.onStyleError?.(`the CSL style cannot be used (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); Chicago author-date is used`);
    const template = styleName(undefined);
    rendered = items.map(({ key, item }) => ({ key, text: renderEntry(item, template) }));
  }
  const lines = rendered
    .sort((a, b) => a.text.localeCompare(b.text, 'en') || a.key.localeCompare(b.key))
    .map(({ key, text }) => `- [@${key}] ${text}`);
  return `${heading}\n\n${lines.length ? lines.join('\n') : '_No sources cited yet._'}\n`;
}

/** Registers the style with citeproc once, by a hash of its XML; the bundled default when none is given. */
function styleName(xml: string | undefined): string {
  const templates = plugins.config.get('@csl').styles;
  const name = xml === undefined ? DEFAULT_STYLE : `brief-lens-style-${hashString(xml)}`;
  if (!templates.has(name)) templates.add(name, xml ?? chicago.xml);
  return name;
}

function renderEntry(item: Record<string, unknown>, template: string): string {
  const html = plugins.output.format('bibliography', [item], { format: 'html', template, lang: 'en-US' });
  return markdownOf(html);
}

/** citeproc's HTML entry as Markdown: italics kept, other markup dropped, entities decoded. */
function markdownOf(html: string): string {
  return html
    .replace(/<\/?(?:i|em)>/g, '*')
    .replace(/<\/?(?:b|strong)>/g, '**')
    .replace(/<[^<>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A CSL item from a source's card (a manifest entry, a file's own metadata). */
export function cslFromCard(source: SourceInfo): Record<string, unknown> {
  const year = source.date ? /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(source.date) : null;
  const parts = year ? [year[1], year[2], year[3]].filter((part): part is string => part !== undefined).map(Number) : undefined;
  return {
    id: source.key,
    type: source.url && !source.publisher ? 'webpage' : 'report',
    title: source.title,
    ...(source.author && { author: source.author.split(/;|(?<!\s)\s+and\s+/).map((name) => name.trim()).map((name) => ({ literal: name })) }),
    ...(parts ? { issued: { 'date-parts': [parts] } } : source.date ? { issued: { literal: source.date } } : {}),
    ...(source.publisher && { publisher: source.publisher }),
    ...(source.url && { URL: source.url }),
  };
}
