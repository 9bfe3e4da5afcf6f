// The citation card of a bibliography entry: CSL fields as the corpus shows a source.
import type { SourceMetadata } from '../types';
import type { CslItem } from './parse';

type Card = Omit<SourceMetadata, 'file' | 'key'> ;

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export function cslCard(item: CslItem): Card {
  const title = text(item.title) ?? text(item['title-short']) ?? item.id;
  const author = names(item.author) ?? names(item.editor);
  const date = cslDate(item.issued);
  const publisher = text(item.publisher) ?? text(item['container-title']) ?? text(item.authority);
  const doi = text(item.DOI);
  const url = text(item.URL) ?? (doi ? `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` : undefined);
  return { title, ...(author && { author }), ...(date && { date }), ...(publisher && { publisher }), ...(url && { url }) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}

function names(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const shown = (value as CslName[]).map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).filter(Boolean);
  return shown.length > 0 ? shown.join(', ') : undefined;
}

/** `{ 'date-parts': [[1946, 1, 21]] }` → `1946-01-21`; a raw or literal date as written. */
export function cslDate(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const parts = (value as { 'date-parts'?: unknown[][] })['date-parts']?.[0];
  if (Array.isArray(parts) && parts.length > 0) {
    return parts
      .slice(0, 3)
      .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
      .join('-');
  }
  return text((value as { raw?: unknown }).raw) ?? text((value as { literal?: unknown }).literal);
}
