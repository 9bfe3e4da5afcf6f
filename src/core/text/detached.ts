// A copy of a string that does not keep the text it was cut from alive. V8 represents a slice
// of a long string as a view of its parent, so a sentence kept in a memo would keep every
// version of the whole brief it was cut from. Slicing a concatenation makes V8 flatten it into
// a new string first: the result points at that short copy only.
export function detached(text: string): string {
  return (` ${text}`).slice(1);
}
