// Whether the bundled seed sources are indexed: the one rule the editor and the CLI both follow.

/** `auto`: only while no corpus folder is configured; `always` / `never` force it either way. */
export type SeedsMode = 'auto' | 'always' | 'never';

export const SEEDS_MODES: readonly SeedsMode[] = ['auto', 'always', 'never'];

/** Whether the seeds are indexed, given the mode and how many corpus folders are in use. */
export function includesSeeds(mode: SeedsMode, corpusFolders: number): boolean {
  return mode === 'always' || (mode === 'auto' && corpusFolders === 0);
}
