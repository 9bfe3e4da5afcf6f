// The corpus is read through this interface so that the CLI (Node fs) and the extension
// (vscode.workspace.fs, remote and virtual workspaces) share one loader.

import type { SourceMetadata } from '../types';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirectoryEntry {
  name: string;
  kind: EntryKind;
}

export interface CorpusFileSystem {
  readDirectory(location: string): Promise<DirectoryEntry[]>;
  /**
   * The file's bytes; with `maxBytes`, at most that many where the file system can bound a read
   * (Node can; vscode.workspace.fs cannot, and the loader then checks the length it got). A
   * caller passes its limit + 1, so a file that grew past the limit after stat, or whose stat
   * lies, is still read bounded.
   */
  readFile(location: string, maxBytes?: number): Promise<Uint8Array>;
  /** Follows symlinks; `kind` is what the link points at. */
  stat(location: string): Promise<{ size: number; kind: EntryKind }>;
  join(base: string, name: string): string;
  /** Resolves symlinks, when the file system has them; used to keep a corpus inside its folder. */
  realPath?(location: string): Promise<string>;
}

/** One source document as read from disk, before it is split and indexed. */
export interface LoadedSource extends SourceMetadata {
  text: string;
}

export interface LoadOptions {
  /** Largest source file to index, in bytes. */
  maxFileBytes?: number;
}
