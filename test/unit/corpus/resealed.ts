// Index cache entries edited as a forger who knows the format would: the body changed and the
// checksum in the header made to match, so only the schema and bounds checks can catch it.
import { checksum } from '../../../src/core/corpus/indexCache';

/** `bytes` with its header checksum (bytes 8–15) recomputed over its (edited) body. */
export function resealed(bytes: Uint8Array): Uint8Array {
  const [low, high] = checksum(bytes.subarray(16));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(8, low, true);
  view.setUint32(12, high, true);
  return bytes;
}
