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

/** Largest entry read by zipEntry: small parts such as docProps/core.xml only. */
const MAX_ENTRY_BYTES = 1024 * 1024;

/** One small entry of a zip archive, inflated (stored or deflate), or undefined when absent, too large or unreadable. */
export async function zipEntry(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = zipExpandedSize(bytes);
  if ('problem' in size) return undefined;
  let at = directoryOffset(view, bytes.length);
  for (let index = 0; index < size.entries && at + 46 <= bytes.length; index++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const method = view.getUint16(at + 10, true);
      const packed = view.getUint32(at + 20, true);
      const expanded = view.getUint32(at + 24, true);
      const local = view.getUint32(at + 42, true);
      if (expanded > MAX_ENTRY_BYTES || local + 30 > bytes.length) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + packed);
      if (method === 0) return data;
      if (method !== 8) return undefined;
      return inflateRaw(data, expanded);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return undefined;
}

function directoryOffset(view: DataView, length: number): number {
  for (let at = length - END_RECORD_BYTES; at >= Math.max(0, length - END_RECORD_BYTES - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return view.getUint32(at + 16, true);
  }
  return length;
}

/** Inflates with the platform's DecompressionStream, stopping past the declared size (a lying entry). */
async function inflateRaw(data: Uint8Array, expected: number): Promise<Uint8Array | undefined> {
  try {
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(data);
        controller.close();
      },
    });
    const stream = source.pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > expected) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    return undefined;
  }
}
