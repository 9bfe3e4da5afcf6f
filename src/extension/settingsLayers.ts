// Which value of a setting applies, from its layers. Per key: a workspace-folder or workspace
// setting (`.vscode/settings.json`, a deliberate local choice) wins; then the folder's project file
// (`.brief-lens.json`, shared with the CLI and the team); then the user's settings; then the
// default. `severity` merges per code in the same order (user, project file, workspace). In an
// untrusted workspace the restricted settings come from the user's settings only: neither the
// workspace's settings nor its project file may point the corpus outside it.
// No `vscode` import: unit-tested in plain Node.
import type { SettingKey } from '../core';

/** Settings that could point outside the workspace: `capabilities.untrustedWorkspaces.restrictedConfigurations`. */
export const RESTRICTED = new Set<string>(['corpus.folders']);

export interface Layers {
  /** The workspace-folder value, else the workspace value. */
  workspace: unknown;
  project: unknown;
  user: unknown;
}

/** The value of one key from its layers (undefined: the default applies). */
export function layeredValue(key: SettingKey, layers: Layers, trusted: boolean): unknown {
  if (RESTRICTED.has(key) && !trusted) return layers.user;
  if (key === 'severity') {
    const objects = [layers.user, layers.project, layers.workspace].filter((value) => value !== undefined);
    if (objects.length === 0) return undefined;
    // A layer that is not an object is passed on alone, so that its problem is reported.
    const invalid = objects.find((value) => typeof value !== 'object' || value === null || Array.isArray(value));
    return invalid ?? Object.assign({}, ...objects);
  }
  return layers.workspace ?? layers.project ?? layers.user;
}
