// Whether the bundled seed sources are indexed: the one rule the editor and the CLI both follow.

/** `auto`: only while no source of one's own is configured; `always` / `never` force it either way. */
export type SeedsMode = 'auto' | 'always' | 'never';

export const SEEDS_MODES: readonly SeedsMode[] = ['auto', 'always', 'never'];

/** Whether the seeds are indexed, given the mode and how many corpus folders and bibliographies are in use. */
export function includesSeeds(mode: SeedsMode, ownSources: number): boolean {
  return mode === 'always' || (mode === 'auto' && ownSources === 0);
}
