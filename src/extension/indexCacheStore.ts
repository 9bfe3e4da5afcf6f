// The index cache in the extension's global storage (never in the workspace or the corpus),
// read and written through vscode.workspace.fs. Old entries beyond a few are deleted.
import * as vscode from 'vscode';
import type { IndexCacheStore } from '../core';

const KEEP = 8;

export function storageIndexCache(storage: vscode.Uri): IndexCacheStore {
  const dir = vscode.Uri.joinPath(storage, 'index');
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
      await prune(dir);
    },
    async remove(name) {
      // A rejected entry (damaged, or for other sources): deleted, so it is not read again.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name)).then(undefined, () => undefined);
    },
  };
}

async function prune(dir: vscode.Uri): Promise<void> {
  const entries = (await vscode.workspace.fs.readDirectory(dir)).filter(([name]) => name.endsWith('.blidx'));
  if (entries.length <= KEEP) return;
  const dated = await Promise.all(entries.map(async ([name]) => ({ name, time: (await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name))).mtime })));
  dated.sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of dated.slice(KEEP)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name));
}
