// Workspace files the user points at (the project file, a CSL style, briefs checked from disk)
// read with a size bound: on disk through the Node read that stops at the bound (the extension
// host runs in Node), elsewhere (remote, virtual) after stat's size, which workspace.fs cannot
// enforce during the read.
import * as vscode from 'vscode';
import { readBounded } from '../node/boundedRead';

/** A file over the bound: its message completes "<file> …". */
export class TooLargeError extends Error {}

function tooLarge(maxBytes: number): TooLargeError {
  return new TooLargeError(`is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; not read`);
}

export async function readWorkspaceFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > maxBytes) throw tooLarge(maxBytes);
  const bytes = uri.scheme === 'file' ? await readBounded(uri.fsPath, maxBytes + 1) : await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}
