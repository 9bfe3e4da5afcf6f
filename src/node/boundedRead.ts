// A bounded read of a regular file on disk: shared by the CLI's file system and the editor's (for
// file: locations the extension host runs in Node), so that neither reads past a size limit.
import { constants, promises as fs } from 'node:fs';

/** Thrown when what was opened is not a regular file (a FIFO, a device or a socket swapped in after stat). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor() {
    super('is not a regular file (a device, FIFO or socket)');
  }
}

/**
 * Reads at most `maxBytes` of a regular file. O_NONBLOCK so that opening a FIFO never waits for a
 * writer; fstat after open so the check is of the file actually read, not of a name.
 */
export async function readBounded(location: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fs.open(location, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotRegularFileError();
    const chunks: Buffer[] = [];
    let total = 0;
    // stat's size is only a hint: read in chunks until end of file or the bound.
    while (total < maxBytes) {
      const want = Math.min(maxBytes - total, Math.max(64 * 1024, Math.min(stats.size - total + 1, 16 * 1024 * 1024)));
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, total);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
