// A name of a cited claim that no cited source mentions anywhere, where the cited passage on the
// claim's subject names one other of its kind instead ("talks with Communist China had resumed in
// Geneva" against "… Communist China in our talks at Warsaw"): as a figure its source never
// gives against the one value that passage gives (unstatedFigure.ts), the name is an
// alternation of that one (another entity of the same type in the same statement: MacCartney &
// Manning 2009). A contradiction, as a warning and without a fix: the claim as a whole was not
// aligned with the passage.
import { stemsOfText, type Entity } from '../../claims/analyze';
import { passageAnalysis } from '../../claims/passageAnalysis';
import type { Corpus } from '../../corpus/corpus';
import type { Comparison } from '../../verify/compare';
import { mayBeRivals } from '../../verify/nameKinds';
import { coreStems, mentionsInSource, officeName, onlyTitles } from '../../verify/names';
import { nameOfSource } from '../../verify/sourceFacts';
import type { ParsedBrief } from '../../brief/parse';
import type { Finding } from '../../types';
import { finding, type SentenceContext } from '../context';

/** A claim's name no cited source mentions, and the one name of its kind the cited passage gives instead. */
export interface RenamedName {
  name: Entity;
  rival: Entity;
  passageId: number;
}

/** Per corpus, per source key, the stems of the source's whole text (asked once per cited claim's names). */
const sourceStemSets = new WeakMap<Corpus, Map<string, ReadonlySet<string>>>();

function stemsOfSource(corpus: Corpus, key: string): ReadonlySet<string> {
  let byKey = sourceStemSets.get(corpus);
  if (!byKey) sourceStemSets.set(corpus, (byKey = new Map()));
  let stems = byKey.get(key);
  if (!stems) byKey.set(key, (stems = stemsOfText(corpus.sourceText(key) ?? '')));
  return stems;
}

/** Shortest acronym read as a name's capitals: two letters ("GD") meet other words by chance. */
const MIN_ACRONYM = 3;

/**
 * The name's initials, when they make an acronym of it ("Google DeepMind" -> "GDM", "UK Research
 * and Innovation" -> "UKRI"): the form a source may write the name in.
 */
function acronymOf(e: Entity): string | undefined {
  return e.initials.length >= MIN_ACRONYM && e.initials !== e.text.toLowerCase() ? e.initials.toUpperCase() : undefined;
}

/** Whether the source has the name: each of its words anywhere ("Deepmind", "the DeepMind team"), its acronym, any form of its place, or it is the source's own author. */
function mentions(corpus: Corpus, key: string, e: Entity): boolean {
  if (nameOfSource(corpus, key, coreStems(e))) return true;
  if (e.place) return mentionsInSource(corpus, key, e) > 0;
  const stems = stemsOfSource(corpus, key);
  const acronym = acronymOf(e)?.toLowerCase();
  return coreStems(e).every((stem) => stems.has(stem)) || (acronym !== undefined && stems.has(acronym));
}

/** Whether one name is the other's acronym ("GDM" for "Google DeepMind"): the same name, no rival. */
function abbreviates(short: Entity, name: Entity): boolean {
  return short.text === acronymOf(name) || name.text === acronymOf(short);
}

/**
 * The one name of the claim no cited source mentions (a role, an office or a second such name
 * leaves it open), and the one name of its kind the passage on the claim's subject gives that the
 * claim does not.
 */
export function renamedInCitedPassage(corpus: Corpus, s: SentenceContext, related: Comparison): RenamedName | undefined {
  const a = s.check.analysis;
  const keys = s.check.citedKeys;
  const unmentioned = a.entities.filter((e) => !e.negatedPrefix && !onlyTitles(e) && !officeName(a, e) && keys.every((key) => !mentions(corpus, key, e)));
  const [name] = unmentioned;
  if (!name || unmentioned.length > 1) return undefined;
  const claimStems = new Set(a.tokens.map((t) => t.stem));
  const passage = passageAnalysis(corpus, related.passageId);
  const rivals = passage.entities.filter((o) => !!o.place === !!name.place && !abbreviates(o, name) && !onlyTitles(o) && !officeName(passage, o) && !coreStems(o).some((stem) => claimStems.has(stem)) && !a.entities.some((e) => e.place !== undefined && e.place === o.place) && mayBeRivals(name, o));
  const [rival] = rivals;
  return rival && rivals.length === 1 ? { name, rival, passageId: related.passageId } : undefined;
}

/** The finding on a name no cited source mentions: "[@k] names “Colombia”, never “Venezuela”". */
export function renamedFinding(brief: ParsedBrief, s: SentenceContext, renamed: RenamedName, keys: string): Finding {
  const evidence = s.evidence.find((e) => e.passageId === renamed.passageId) ?? s.evidence[0];
  const f = finding(brief, 'contradicted-name', { start: renamed.name.start, end: renamed.name.end }, `${keys} names “${renamed.rival.text}”, never “${renamed.name.text}”`, [], { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) });
  return { ...f, severity: 'warning' };
}
