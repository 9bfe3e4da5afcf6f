// Accuracy of the engine, measured honestly. Each claim of a labelled set is checked as its own
// uncited paragraph against its corpus; a perturbation suite and labelled whole briefs complete it.
//
// Usage: npm run eval [-- options]
//   (none)                 the dev set (dev claims against the bundled seeds)
//   --set NAME             a named set: dev, heldout, sealed, fmt (repeatable)
//   --claims FILE [--corpus DIR]...   a set given by its files (sealed when its path says so)
//   --perturb [--per-class N] [--seed N] [--classes a,b] [--examples N]   the perturbation suite (default 1000
//                          cases per class; --verbose shows N wrong cases per class, false verdicts first)
//   --briefs [DIR]         labelled briefs (default eval/briefs)
//   --all                  every named set, the perturbation suite and the briefs
//   --json                 one JSON object with every figure, for docs
//   --verbose              every miss, with its top evidence (never for a sealed set)
// A sealed set or brief prints its figures only: never its sentences or misses.
import { flagValue, flagValues, hasFlag, optionalFlagValue } from './eval/args';
import { SET_NAMES, customSet, namedSet, type ClaimSet, type SetName } from './eval/claimSets';
import { perturbText } from './eval/perturb/report';
import { runPerturbation, type PerturbFigures } from './eval/perturb/run';
import { briefsText } from './eval/reportBriefs';
import { claimSetText, publicFigures } from './eval/reportClaims';
import { DEFAULT_BRIEFS_DIR, runBriefs, type BriefsFigures } from './eval/runBriefs';
import { scoreClaimSet, type ClaimSetFigures } from './eval/scoreClaims';

interface Plan {
  sets: ClaimSet[];
  skipped: string[];
  perturb: boolean;
  briefsDir?: string;
}

function plan(): Plan {
  const all = hasFlag('--all');
  const names = all ? [...SET_NAMES] : flagValues('--set');
  for (const name of names) if (!(SET_NAMES as readonly string[]).includes(name)) throw new Error(`unknown set "${name}" (known: ${SET_NAMES.join(', ')})`);
  const sets: ClaimSet[] = [];
  const skipped: string[] = [];
  for (const name of names as SetName[]) {
    const set = namedSet(name);
    if (typeof set === 'string') skipped.push(set);
    else sets.push(set);
  }
  const claims = flagValue('--claims');
  if (claims) sets.push(customSet(claims, flagValues('--corpus')));
  const briefs = optionalFlagValue('--briefs');
  const perturb = all || hasFlag('--perturb');
  const briefsDir = all || briefs.present ? (briefs.value ?? DEFAULT_BRIEFS_DIR) : undefined;
  if (!sets.length && !skipped.length && !perturb && !briefsDir) {
    const dev = namedSet('dev');
    if (typeof dev === 'string') skipped.push(dev);
    else sets.push(flagValues('--corpus').length ? { ...dev, corpusDirs: flagValues('--corpus') } : dev);
  }
  return { sets, skipped, perturb, briefsDir };
}

function positiveNumber(flag: string, fallback: number): number {
  const value = Number(flagValue(flag) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
  return Math.floor(value);
}

async function main(): Promise<void> {
  const { sets, skipped, perturb, briefsDir } = plan();
  const json = hasFlag('--json');
  const verbose = hasFlag('--verbose');
  const claimFigures: ClaimSetFigures[] = [];
  for (const set of sets) {
    const figures = await scoreClaimSet(set);
    claimFigures.push(figures);
    if (!json) console.log(claimSetText(figures, verbose));
  }
  for (const reason of skipped) if (!json) console.log(`skipped ${reason}`);
  let perturbFigures: PerturbFigures | undefined;
  if (perturb) {
    const only = flagValue('--classes')?.split(',').map((name) => name.trim()).filter(Boolean);
    perturbFigures = await runPerturbation({ perClass: positiveNumber('--per-class', 1000), seed: positiveNumber('--seed', 1), examples: positiveNumber('--examples', 8), ...(only ? { only } : {}) });
    if (!json) console.log(perturbText(perturbFigures, verbose));
  }
  let briefFigures: BriefsFigures | undefined;
  if (briefsDir) {
    briefFigures = await runBriefs(briefsDir);
    if (!json) console.log(briefsText(briefFigures, verbose));
  }
  if (json) {
    const output = { sets: claimFigures.map(publicFigures), skipped, perturb: perturbFigures, briefs: briefFigures };
    console.log(JSON.stringify(output, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
