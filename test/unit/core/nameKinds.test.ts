// A name stands in another's place only when the two may be of one kind (a person for a person, a
// place for a place): the alternation of natural logic needs an entity of the same type. WordNet's
// instance hypernyms tell the kind ("Ohio" is an American state, "John Wayne" an actor); a name
// it does not know may be of any kind. The verdicts and fixes a user sees.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { capitalOf } from '../../../src/core/lexicon/relation';
import { mayBeMetonyms, mayBeOfOneKind, nameKinds } from '../../../src/core/verify/nameKinds';
import { coreStems } from '../../../src/core/verify/names';
import { checkedWithFix } from './helpers';

const checked = checkedWithFix;

function entity(text: string): ReturnType<typeof analyze>['entities'][number] {
  const found = analyze(`Yesterday ${text} was mentioned.`, 0).entities[0];
  assert.ok(found, `no name read in "${text}"`);
  return found;
}

describe('kinds of names', () => {
  it('reads the kind of a name from WordNet: a place, a person, a group, an award, an event', () => {
    assert.ok(nameKinds(entity('Ohio')).has('location'));
    assert.ok(nameKinds(entity('John Wayne')).has('person'));
    assert.ok(nameKinds(entity('the Senate')).has('group'));
    assert.ok(nameKinds(entity('the Emmy')).has('communication'));
    assert.ok(nameKinds(entity('World War II')).has('event'));
    assert.ok(nameKinds(entity('Africa')).has('location'));
  });
  it('leaves a name WordNet does not know of any kind, and a country and its people\'s word of one', () => {
    assert.equal(nameKinds(entity('Zorvan Quelt')).size, 0);
    assert.ok(mayBeOfOneKind(entity('Zorvan Quelt'), entity('John Wayne')));
    // Not read from the last word alone: a surname that is also a word ("Kettle") may be a person's.
    assert.equal(nameKinds(entity('Zorvan Kettle')).size, 0);
    assert.ok(mayBeOfOneKind(entity('French'), entity('UK')));
    assert.ok(!mayBeOfOneKind(entity('John Wayne'), entity('Ohio')));
  });
});

describe('another written form of the same name', () => {
  it('supports a name written as WordNet\'s other form of it, and contradicts another of its kind', () => {
    const source = 'The film follows a boy from the ages of six to eighteen as he grows up in Texas with his mother.';
    assert.equal(checked(source, 'The film follows a boy from the ages of six to eighteen as he grows up in TX with his mother.').verdict, 'supported');
    assert.equal(checked(source, 'The film follows a boy from the ages of six to eighteen as he grows up in Ohio with his mother.').verdict, 'contradicted');
  });
});

describe('a place and the word WordNet derives from it', () => {
  const source = 'Built over 30 years of digital dominance from California, the approach of Big Tech has been a largely closed one.';
  it('supports the word for a place\'s people or things where the passage names the place, with no fix', () => {
    const found = checked(source, 'Built on thirty years of Californian digital dominance, the approach of Big Tech has been largely closed.');
    assert.equal(found.verdict, 'supported');
    assert.equal(found.fix, '(no fix)');
  });
  it('does not support the word for another place', () => {
    assert.equal(checked(source, 'Built on thirty years of Texan digital dominance, the approach of Big Tech has been largely closed.').verdict, 'unsupported');
  });
});

describe('an abbreviation the passage spells out in lower case', () => {
  const source = 'In the new budget I sent up two days ago, the deficit is down to 1 percent of gross national product.';
  it('is the same thing, by WordNet\'s synset of the two: the claim is borne out', () => {
    assert.equal(checked(source, 'In the new budget, the deficit is down to 1 percent of GNP.').verdict, 'supported');
  });
  it('another abbreviation is not', () => {
    assert.equal(checked(source, 'In the new budget, the deficit is down to 1 percent of GDP.').verdict, 'unsupported');
  });
});

describe('a swapped place the gazetteer lacks, in a fact the passage pins down', () => {
  const source = 'In 1994, after long talks, the regime of North Korea agreed to freeze its nuclear weapons program.';
  it('contradicts the claim\'s country with the place WordNet knows as one, with the fix', () => {
    const found = checked(source, 'Clinton said that Iran agreed in 1994 to freeze its nuclear weapons program.');
    assert.equal(found.verdict, 'contradicted');
    assert.equal(found.fix, 'Iran → North Korea');
  });
  it('sets no rival where only words are shared: the two may both be true', () => {
    assert.notEqual(checked('North Korea has now frozen its dangerous nuclear weapons program.', 'Iran has frozen its nuclear weapons program.').verdict, 'contradicted');
  });
});

describe('the words of a name its holder is known by', () => {
  it('leaves out titles and the office a title closes, so two holders of one office share no word', () => {
    assert.deepEqual(coreStems(entity('Treasury Secretary Jim Baker')), ['jim', 'baker']);
    assert.deepEqual(coreStems(entity('Treasury Secretary George Shultz')), ['georg', 'shultz']);
    assert.deepEqual(coreStems(entity('Senator Hatch')), ['hatch']);
  });
  it('keeps what an office is of ("Secretary of State ...") and a name with no title', () => {
    assert.deepEqual(coreStems(entity('Secretary of State Hillary Clinton')), ['state', 'hillari', 'clinton']);
    assert.deepEqual(coreStems(entity('Global Partnership')), ['global', 'partnership']);
  });
});

describe('a rival name of another kind', () => {
  it('does not contradict a place with the name of a person in the passage', () => {
    const source = 'The drama was first staged by Orson Welles in 1942.';
    assert.notEqual(checked(source, 'The drama was first staged in Ohio in 1942.').verdict, 'contradicted');
  });
  it('does not contradict an actor with the name of a film in the passage', () => {
    const source = 'The new edition of the drama includes The Making of the Drama Documentary with long interviews.';
    assert.notEqual(checked(source, 'The new edition of the drama includes John Wayne with long interviews.').verdict, 'contradicted');
  });
  it('still contradicts a name of the same kind, or of a kind WordNet does not know, with the fix', () => {
    assert.deepEqual(checked('The drama was first staged in Ohio in 1942.', 'The drama was first staged in Maine in 1942.'), { verdict: 'contradicted', fix: 'Maine → Ohio' });
    assert.deepEqual(checked('The drama starred Zorvan Kettle in 1942.', 'The drama starred John Wayne in 1942.'), { verdict: 'contradicted', fix: 'John Wayne → Zorvan Kettle' });
  });
});

describe('a national capital for its government (metonymy)', () => {
  const source = 'In the decade of the sixties the Federal Government spent $47 billion more than it took in in taxes.';

  it('does not contradict a capital with the government or legislature the passage names', () => {
    assert.notEqual(checked(source, 'In the sixties Washington spent $47 billion more than it took in in taxes.').verdict, 'contradicted');
    assert.notEqual(checked('Last spring the Congress approved the new treaty.', 'Last spring Ottawa approved the new treaty.').verdict, 'contradicted');
  });

  it('still contradicts a capital with another capital, also one that names a government too ("Washington")', () => {
    assert.deepEqual(checked('Our progress began not in Washington but in our communities.', 'Our progress began not in Ottawa but in our communities.'), { verdict: 'contradicted', fix: 'Ottawa → Washington' });
  });

  it('reads which names are capitals that may stand for a government, and which pairs are metonyms', () => {
    assert.equal(mayBeMetonyms(entity('Washington'), entity('the Federal Government')), true);
    assert.equal(mayBeMetonyms(entity('Moscow'), entity('Congress')), true);
    // A capital that is also a country names the country; a capital and another capital are rivals.
    assert.equal(mayBeMetonyms(entity('Kuwait'), entity('Congress')), false);
    assert.equal(mayBeMetonyms(entity('Lilongwe'), entity('Washington')), false);
    assert.equal(mayBeMetonyms(entity('Geneva'), entity('Congress')), false);
  });

  it('reads which capital is of which place from WordNet\'s part holonyms, through a constituent country too', () => {
    for (const [capital, place] of [['washington', 'us'], ['washington', 'america'], ['beijing', 'china'], ['paris', 'france'], ['london', 'uk'], ['london', 'britain'], ['moscow', 'russia']]) {
      assert.ok(capitalOf(capital!, place!), `${capital} / ${place}`);
    }
    // Another country's capital, a city that is no capital, and the country the other way round.
    for (const [capital, place] of [['washington', 'china'], ['london', 'france'], ['seattle', 'us'], ['us', 'washington']]) {
      assert.ok(!capitalOf(capital!, place!), `${capital} / ${place}`);
    }
  });

  it('a capital that acts stands for its country ("Washington moved" / "the US moved"); a capital as a place is the city alone', () => {
    const passage = 'Last summer the US shifted its export policy to encourage open models.';
    assert.equal(checked(passage, 'Last summer Washington shifted its export policy to encourage open models.').verdict, 'supported');
    assert.notEqual(checked(passage, 'Last summer Beijing shifted its export policy to encourage open models.').verdict, 'supported');
    const shipyard = 'In Poland the workers gathered at the gates of the Gdansk shipyard in August.';
    assert.notEqual(checked(shipyard, 'In Poland the workers gathered at the gates of the Warsaw shipyard in August.').verdict, 'supported');
  });
});

