// Escaping for the report's HTML: every piece of brief or source text goes through `escapeHtml`,
// and only http(s) URLs ever become links (a `javascript:` or `data:` URL is shown as text).

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 and C1 control characters other than tab and line breaks: invalid in HTML, and on a terminal
// (a report printed to standard output) ESC and CSI start escape sequences.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text with control characters (but tab, CR and LF) shown as U+FFFD. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '\uFFFD');
}

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The URL when it is an absolute http or https URL without control characters or spaces; else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
