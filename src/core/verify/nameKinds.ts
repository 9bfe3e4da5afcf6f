// What kind of thing a name names (a person, a place, a group, a made thing, an event, a work or
// award, a span of time), read from WordNet's instance and class hypernyms: "Ohio" is an American
// state, so a location; "John Wayne" an actor, so a person; "Emmy" an award. A name stands in
// another's place (an alternation) only when the two may be of one kind; a name WordNet does not
// know ("Shaka", "Melmoth") may be of any kind.
import type { Entity } from '../claims/analyze';
import { wordNet } from '../lexicon/source';
import type { WordNet } from '../lexicon/wordnet';
import { nounClass, nounKinds, nounSense } from '../lexicon/nounKinds';
import { capitalOf, relation } from '../lexicon/relation';
import { BoundedCache } from '../boundedCache';
import { isStopword } from '../text/stopwords';
import { normalizeWord, stemOf } from '../text/tokens';
import KINDS from './nameKinds.json';

type Kind = string;

interface KindTable {
  /** Synset id of each kind's root sense. */
  roots: Map<number, Kind>;
  compatible: Set<string>;
}

let table: KindTable | undefined;

function kindTable(wn: WordNet): KindTable {
  if (table) return table;
  const roots = new Map<number, Kind>();
  for (const [kind, senses] of Object.entries(KINDS.kinds) as [Kind, [string, number][]][]) {
    for (const [lemma, sense] of senses) {
      const root = nounSense(wn, lemma, sense);
      if (root !== undefined) roots.set(root, kind);
    }
  }
  const compatible = new Set(KINDS.compatible.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));
  return (table = { roots, compatible });
}

/** A name's words as one WordNet lemma ("John Wayne" -> john_wayne). */
export function lemmaOf(e: Entity): string {
  return e.text.toLowerCase().split(/[^a-z0-9.'-]+/).filter(Boolean).join('_');
}

/** An abbreviation: a short word in capitals ("TX", "NYC") or cut short with a point ("Calif."). */
const ABBREVIATION = /^(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,4}\.)$/u;

/**
 * Whether one name is an abbreviation WordNet lists beside the other in one noun synset ("TX"
 * and "Texas"): another written form of the same entity, not a rival. Only abbreviations: two
 * full names in one synset ("Christ", "Messiah") may still be set against each other.
 */
export function sameNamedThing(a: Entity, b: Entity): boolean {
  if (!ABBREVIATION.test(a.text) && !ABBREVIATION.test(b.text)) return false;
  const left = lemmaOf(a);
  const right = lemmaOf(b);
  if (left === right || !left || !right) return false;
  const wn = wordNet();
  const senses = new Set(wn.lemmas(left).filter((l) => l.pos === 'n').flatMap((l) => wn.synsets(l)));
  if (senses.size === 0) return false;
  return wn.lemmas(right).some((l) => l.pos === 'n' && wn.synsets(l).some((id) => senses.has(id)));
}

/**
 * Whether one single-word name is the word WordNet derives from the other ("Californian" /
 * "California", "Texan" / "Texas"): a place and the word for its people or things, the same
 * place named twice, as the gazetteer says of countries ("Chinese" / "China"), not a rival.
 */
export function derivedNamedThing(a: Entity, b: Entity): boolean {
  if (a.stems.length !== 1 || b.stems.length !== 1) return false;
  const left = lemmaOf(a);
  const right = lemmaOf(b);
  if (left === right || !left || !right) return false;
  const found = relation(left, right);
  return found.relation === 'equivalent' && found.via === 'derivation';
}

/**
 * Whether the claim's single-word name is a national capital of the place the passage's name
 * names ("Washington" / "US", "Beijing" / "China", "London" / "UK": WordNet's part holonyms), where
 * the claim uses it as an actor (`agentive`: "Washington moved", "for Beijing to stand in the
 * way"): the place for the institution (Lakoff & Johnson 1980), as a brief writes "Washington
 * moved" for "the US moved". A capital as a place ("the Warsaw shipyard") is the city alone.
 */
export function capitalOfTheOther(claimName: Entity, passageName: Entity, agentive: boolean): boolean {
  if (!agentive || claimName.stems.length !== 1 || passageName.stems.length !== 1) return false;
  const capital = lemmaOf(claimName);
  const place = lemmaOf(passageName);
  return capital !== undefined && place !== undefined && capital !== place && capitalOf(capital, place);
}

/**
 * The multiword forms WordNet lists beside an abbreviation in one noun synset ("GNP": "gross
 * national product"; "AI": "artificial intelligence"), as their words: a passage may spell out in
 * lower case what the claim abbreviates, which no name of the passage stands for.
 */
export function spelledOutForms(e: Entity): readonly (readonly string[])[] {
  if (!ABBREVIATION.test(e.text)) return [];
  const lemma = lemmaOf(e);
  return spelledOutMemo.get(lemma, () => {
    const wn = wordNet();
    const forms: string[][] = [];
    for (const sense of wn.lemmas(lemma)) {
      if (sense.pos !== 'n') continue;
      for (const synset of wn.synsets(sense)) {
        // Its content words' stems: "Bank of England" needs "bank" and "england", not "of".
        for (const word of wn.members(synset)) if (word.includes('_')) forms.push(word.split('_').map(normalizeWord).filter((w) => !isStopword(w)).map(stemOf));
      }
    }
    return forms;
  });
}

const spelledOutMemo = new BoundedCache<string, readonly (readonly string[])[]>(5_000);

const memo = new Map<string, ReadonlySet<Kind>>();
const MEMO_LIMIT = 50_000;

/**
 * The kinds a name may be of: those of the whole name as a WordNet lemma ("john_wayne"). A plural
 * ("Yankees") may also name a group: teams and bands are named so. Empty: unknown. Not from its
 * last word alone: that is not always its head ("Bank of England"), and a surname is often a word
 * too ("Kettle"), so such a name may be of any kind.
 */
export function nameKinds(e: Entity): ReadonlySet<Kind> {
  const whole = lemmaOf(e);
  // A country or its people's word ("French", "UK"), from the gazetteer: a place whatever else WordNet says.
  const key = e.place ? `${whole} place` : whole;
  const cached = memo.get(key);
  if (cached) return cached;
  const wn = wordNet();
  const { roots } = kindTable(wn);
  const kinds = nounKinds(wn, roots, whole);
  const plural = /[^s]s$/.test(whole) && wn.lemmas(whole).some((l) => l.pos === 'n' && l.word !== whole);
  if (kinds.size > 0 && plural) kinds.add('group');
  if (e.place) kinds.add('location');
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, kinds);
  return kinds;
}

/** Whether two names may be of one kind (either unknown, a kind in common, or a pair named compatible). */
export function mayBeOfOneKind(a: Entity, b: Entity): boolean {
  const left = nameKinds(a);
  const right = nameKinds(b);
  if (left.size === 0 || right.size === 0) return true;
  const { compatible } = kindTable(wordNet());
  for (const x of left) for (const y of right) if (x === y || compatible.has(`${x} ${y}`)) return true;
  return false;
}

/** A national capital, which may name its country's government, and a country (nameKinds.json "metonyms", "metonymsExcept"). */
const standsForItsCountry = nounClass(wordNet, KINDS.metonyms as [string, number][]);
const namesACountry = nounClass(wordNet, KINDS.metonymsExcept as [string, number][]);

/**
 * Whether two names may name one referent by metonymy: a national capital and a group, such as
 * a government or a legislature ("Washington had spent …" / "the Federal Government spent …").
 * Such a pair is no alternation. Not a capital and a country: without the country the capital is
 * of, "Singapore" / "Vietnam" and "London" / "France" would be let through as well.
 */
export function mayBeMetonyms(a: Entity, b: Entity): boolean {
  // Only a group that is no place: "Washington" is also "the federal government", so a capital
  // set against it stays a rival ("Lilongwe" for "Washington").
  const group = (e: Entity) => e.place === undefined && nameKinds(e).has('group') && !nameKinds(e).has('location');
  const capital = (e: Entity) => e.place === undefined && e.stems.length === 1 && standsForItsCountry(lemmaOf(e)) && !namesACountry(lemmaOf(e));
  return (capital(a) && group(b)) || (capital(b) && group(a));
}

/** Whether a passage name may stand against a claim name as its rival: of one kind, and not its metonym. */
export function mayBeRivals(a: Entity, b: Entity): boolean {
  return mayBeOfOneKind(a, b) && !mayBeMetonyms(a, b);
}
