// A passage cut for display around the words a finding is about, not at a fixed offset: a
// figure 300 characters into a passage is what the writer needs to see.

/** At most `max` characters of `text` on one line, centred on `focus` when the text holds it. */
export function excerpt(text: string, focus?: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const wanted = focus?.replace(/\s+/g, ' ').trim();
  const at = wanted ? line.toLowerCase().indexOf(wanted.toLowerCase()) : -1;
  if (at < 0 || !wanted) return `${line.slice(0, max - 1).trimEnd()}…`;
  // The focus with as much context on each side as fits, cut at word boundaries.
  const room = Math.max(0, max - 2 - wanted.length);
  let from = Math.max(0, at - Math.floor(room / 2));
  const to = Math.min(line.length, from + max - 2);
  from = Math.max(0, to - (max - 2));
  let start = from;
  if (start > 0) {
    const space = line.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  let end = to;
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    if (space > at + wanted.length) end = space;
  }
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}
