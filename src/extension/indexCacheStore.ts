// The index cache in the extension's global storage (never in the workspace or the corpus),
// read and written through vscode.workspace.fs. Old entries beyond a few are deleted. The text
// extracted from PDF, web and Word files is kept the same way in its own folder, one entry per
// file content, so a re-index reads only the documents that changed.
import * as vscode from 'vscode';
import type { IndexCacheStore } from '../core';

const KEEP = 8;
/** Extracted texts kept: one per document, so many more than index entries. */
const KEEP_EXTRACTED = 2000;

export function storageIndexCache(storage: vscode.Uri, folder = 'index', keep = KEEP): IndexCacheStore {
  const dir = vscode.Uri.joinPath(storage, folder);
  return {
    async read(name) {
      try {
        return await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name));
      } catch {
        return undefined; // no entry yet, or storage unavailable: index from the sources
      }
    },
    async write(name, bytes) {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), bytes);
      await prune(dir, keep);
    },
    async remove(name) {
      // A rejected entry (damaged, or for other sources): deleted, so it is not read again.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name)).then(undefined, () => undefined);
    },
  };
}

/** The store of extracted text (ExtractionStore): same folder rules, its own folder. */
export function storageExtractionCache(storage: vscode.Uri): IndexCacheStore {
  return storageIndexCache(storage, 'extracted', KEEP_EXTRACTED);
}

async function prune(dir: vscode.Uri, keep: number): Promise<void> {
  const entries = (await vscode.workspace.fs.readDirectory(dir)).filter(([name]) => name.endsWith('.blidx'));
  if (entries.length <= keep) return;
  const dated = await Promise.all(entries.map(async ([name]) => ({ name, time: (await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name))).mtime })));
  dated.sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of dated.slice(keep)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name));
}
