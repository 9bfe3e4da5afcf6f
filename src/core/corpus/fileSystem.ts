// The corpus is read through this interface so that the CLI (Node fs) and the extension
// (vscode.workspace.fs, remote and virtual workspaces) share one loader.

import type { SectionMark } from '../sources/reader';
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
  /** Offset where each page starts (PDF): page n starts at pageStarts[n - 1]. */
  pageStarts?: number[];
  /** Section headings and their offsets (HTML, DOCX headings). */
  sections?: SectionMark[];
  /** The bibliography's CSL item for this key, for references rendered by citeproc. */
  csl?: Record<string, unknown>;
}

export interface LoadOptions {
  /** Largest source file to index, in bytes. */
  maxFileBytes?: number;
  /** Bibliography files (BibTeX, CSL JSON, CSL YAML): their keys, cards and linked files join the corpus. */
  bibliographies?: string[];
  /**
   * When set (an untrusted workspace), a bibliography, and a file its entries link to, must
   * resolve inside this folder; others are refused.
   */
  bibliographyRoot?: string;
  /** Told after each source file of a folder is read (and, for PDF, HTML and Word, extracted): a long read shows progress. */
  onFileRead?: (done: number, total: number, location: string) => void;
  /** Where text extracted from PDF, HTML and Word files is kept by content, so unchanged files are not extracted again. */
  extractionCache?: ExtractionStore;
  /** Told for each PDF, HTML and Word file: whether its text came from the extraction cache (false: its reader read it). */
  onExtracted?: (location: string, fromCache: boolean) => void;
  /** Told after each page of a PDF being read (a 300-page report takes seconds). */
  onPage?: (location: string, page: number, pages: number) => void;
  /** Asked between files and between pages: true stops the load with WorkCancelled (an editor's Cancel). */
  isCancelled?: () => boolean;
}

/** A key-value store of bytes (the index cache's store has this shape). */
export interface ExtractionStore {
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, bytes: Uint8Array): Promise<void>;
}
