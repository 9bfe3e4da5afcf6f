// How the CLI shows file locations: relative to the working folder when inside it, else absolute.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** `/`-separated path relative to `cwd` when `file` is inside it; otherwise the absolute path. */
export function displayPath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}

/** Whether `file` lies inside `cwd`. */
export function isInside(file: string, cwd: string): boolean {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A SARIF artifact location: relative to %SRCROOT% (the working folder) when inside it, else a file URI. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (isInside(file, cwd)) {
    return { uri: displayPath(file, cwd).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(path.resolve(cwd, file)).href };
}

/** The working folder as a file URI ending in `/`, for SARIF originalUriBaseIds. */
export function folderUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
