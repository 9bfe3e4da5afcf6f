// TeX math written inline, as Pandoc's tex_math_dollars reads it: `$x^2$` and `$$…$$`. An
// opening `$` has a non-space right after it; a closing `$` has a non-space right before it and
// no digit right after it, so amounts of money ("$3 million and $300k") are never math.

/** Spans of inline math in `text`, whose first character is at `base` in the document. */
export function mathSpans(text: string, base = 0): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = text.indexOf('$'); i >= 0 && i < text.length; i = text.indexOf('$', i + 1)) {
    if (i > 0 && text.charAt(i - 1) === '\\') continue;
    const display = text.charAt(i + 1) === '$';
    const open = display ? i + 2 : i + 1;
    if (open >= text.length || /\s/.test(text.charAt(open))) continue;
    const close = closingDollar(text, open, display);
    if (close < 0) continue;
    spans.push({ start: base + i, end: base + close + (display ? 2 : 1) });
    i = close + (display ? 1 : 0);
  }
  return spans;
}

function closingDollar(text: string, from: number, display: boolean): number {
  for (let j = text.indexOf('$', from); j >= 0; j = text.indexOf('$', j + 1)) {
    if (text.charAt(j - 1) === '\\') continue;
    if (display) return text.charAt(j + 1) === '$' ? j : -1;
    if (/\s/.test(text.charAt(j - 1))) return -1;
    if (/\d/.test(text.charAt(j + 1))) return -1;
    return j;
  }
  return -1;
}
