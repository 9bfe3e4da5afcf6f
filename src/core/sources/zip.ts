// The declared expanded size of a zip archive, read from its central directory without
// inflating anything: enough to refuse a zip bomb before a library unpacks it.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT = 0xffff;

export function zipExpandedSize(bytes: Uint8Array): { bytes: number; entries: number } | { problem: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - END_RECORD_BYTES; at >= Math.max(0, bytes.length - END_RECORD_BYTES - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { problem: 'no zip directory: damaged or truncated' };
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return { problem: 'a ZIP64 archive, larger than a document can be' };
  let total = 0;
  let at = offset;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { problem: 'damaged zip directory' };
    const expanded = view.getUint32(at + 24, true);
    if (expanded === 0xffffffff) return { problem: 'a ZIP64 entry, larger than a document can be' };
    total += expanded;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { bytes: total, entries };
}
