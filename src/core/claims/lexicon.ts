// General English lexicon used to compare polarity and to recognise nationality words.
// Nothing here is about a particular corpus: it is the language, not the sources.

/** Words that negate what follows them in their clause. */
export const NEGATION_CUES = new Set([
  'not', 'no', 'never', 'without', 'none', 'nor', 'neither', 'cannot', "n't", 'nobody', 'nothing', 'nowhere',
  'lack', 'lacks', 'lacked', 'lacking', 'fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused',
  'deny', 'denies', 'denied', 'exclude', 'excludes', 'excluded', 'excluding', 'reject', 'rejects', 'rejected',
  'prohibit', 'prohibits', 'prohibited', 'ban', 'bans', 'banned', 'absent', 'unable',
]);

/** Words that end a negation's scope. */
export const SCOPE_BREAKERS = new Set(['but', 'however', 'instead', 'although', 'though', 'whereas', 'while', 'yet', 'except', 'rather']);

/** Titles and offices written before a name: "Senator Hatch" and "Senator Kassebaum" share no name. */
export const NAME_TITLES = new Set([
  'president', 'vice', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'chairman', 'chairwoman', 'chair', 'secretary', 'minister', 'prime', 'chancellor', 'general', 'gen', 'admiral', 'colonel',
  'captain', 'sergeant', 'justice', 'chief', 'judge', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord',
  'lady', 'mr', 'mrs', 'ms', 'miss', 'dr', 'professor', 'prof', 'holiness', 'majesty', 'deputy', 'ambassador',
  'commissioner', 'director', 'speaker', 'leader', 'first', 'his', 'her', 'saint', 'st', 'rev', 'reverend', 'father',
  // The generic head of an organisation's name: "Institut Montaigne" and "Thomas More Institute" share no name.
  'institute', 'institut', 'university', 'bank', 'fund', 'agency', 'ministry', 'department', 'council', 'commission',
  'foundation', 'group', 'association', 'centre', 'center', 'office', 'authority', 'organisation', 'organization',
]);

/** After "no" or "not" and before "than", a bound on a figure ("no more than 7 percent" = "at most"). */
export const COMPARATIVE_BOUNDS = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower', 'later', 'earlier', 'longer', 'shorter']);

/** Country or region name <-> adjective and common short forms, normalised to one canonical name. */
const PLACE_FORMS: string[][] = [
  ['us', 'usa', 'america', 'american', 'americans', 'united states', 'u.s', 'u.s.a'],
  ['uk', 'britain', 'british', 'united kingdom', 'great britain', 'gb', 'u.k'],
  ['china', 'chinese', 'prc'], ['france', 'french'], ['germany', 'german'], ['india', 'indian'], ['japan', 'japanese'],
  ['canada', 'canadian'], ['singapore', 'singaporean'], ['europe', 'european', 'europeans'], ['eu', 'european union'],
  ['russia', 'russian'], ['italy', 'italian'], ['spain', 'spanish'], ['taiwan', 'taiwanese'], ['korea', 'korean'],
  ['australia', 'australian'], ['brazil', 'brazilian'], ['israel', 'israeli'], ['ireland', 'irish'], ['scotland', 'scottish'],
  ['wales', 'welsh'], ['england', 'english'], ['netherlands', 'dutch'], ['sweden', 'swedish'], ['switzerland', 'swiss'],
  ['mexico', 'mexican'], ['iran', 'iranian'], ['saudi arabia', 'saudi'], ['uae', 'emirati', 'united arab emirates'],
  ['africa', 'african'], ['asia', 'asian'], ['poland', 'polish'], ['ukraine', 'ukrainian'], ['turkey', 'turkish'],
  ['vietnam', 'vietnamese'], ['indonesia', 'indonesian'], ['pakistan', 'pakistani'], ['egypt', 'egyptian'],
  ['nigeria', 'nigerian'], ['kenya', 'kenyan'], ['norway', 'norwegian'], ['denmark', 'danish'], ['finland', 'finnish'],
  ['greece', 'greek'], ['portugal', 'portuguese'], ['belgium', 'belgian'], ['austria', 'austrian'], ['argentina', 'argentine'],
  // Names as often a person's (Jordan, Chad) or a US state's (Georgia) are left out, and so are
  // those that contain another place ("South Africa", "North Korea"): they would pass for a swap.
  ['iraq', 'iraqi'], ['afghanistan', 'afghan'], ['syria', 'syrian'], ['lebanon', 'lebanese'], ['libya', 'libyan'],
  ['cuba', 'cuban'], ['venezuela', 'venezuelan'], ['colombia', 'colombian'], ['chile', 'chilean'], ['peru', 'peruvian'],
  ['philippines', 'filipino', 'philippine'], ['thailand', 'thai'], ['malaysia', 'malaysian'], ['bangladesh', 'bangladeshi'],
  ['sri lanka', 'sri lankan'], ['nepal', 'nepalese', 'nepali'], ['new zealand'], ['hungary', 'hungarian'],
  ['czechia', 'czech', 'czech republic'], ['romania', 'romanian'], ['bulgaria', 'bulgarian'], ['serbia', 'serbian'],
  ['croatia', 'croatian'], ['slovakia', 'slovak'], ['slovenia', 'slovenian', 'slovene'], ['estonia', 'estonian'],
  ['latvia', 'latvian'], ['lithuania', 'lithuanian'], ['luxembourg'], ['iceland', 'icelandic'], ['qatar', 'qatari'],
  ['kuwait', 'kuwaiti'], ['oman', 'omani'], ['yemen', 'yemeni'], ['bahrain', 'bahraini'], ['ethiopia', 'ethiopian'],
  ['ghana', 'ghanaian'], ['morocco', 'moroccan'], ['algeria', 'algerian'], ['tunisia', 'tunisian'], ['sudan', 'sudanese'],
  ['somalia', 'somali'], ['rwanda', 'rwandan'], ['uganda', 'ugandan'], ['tanzania', 'tanzanian'], ['zimbabwe', 'zimbabwean'],
  ['senegal', 'senegalese'], ['kazakhstan', 'kazakh'], ['uzbekistan', 'uzbek'], ['armenia', 'armenian'],
  ['azerbaijan', 'azerbaijani'], ['belarus', 'belarusian'], ['moldova', 'moldovan'], ['cyprus', 'cypriot'],
  ['malta', 'maltese'], ['haiti', 'haitian'], ['panama', 'panamanian'], ['nicaragua', 'nicaraguan'],
  ['guatemala', 'guatemalan'], ['honduras', 'honduran'], ['ecuador', 'ecuadorian'], ['bolivia', 'bolivian'],
  ['uruguay', 'uruguayan'], ['paraguay', 'paraguayan'], ['cambodia', 'cambodian'], ['laos', 'laotian'],
  ['myanmar', 'burma', 'burmese'], ['mongolia', 'mongolian'], ['hong kong'],
];

const PLACE_CANONICAL = new Map<string, string>();
for (const forms of PLACE_FORMS) for (const f of forms) PLACE_CANONICAL.set(f, forms[0]);

/** Every form of a canonical place ("us" -> "us", "usa", "america", ...), lower-cased. */
export function placeForms(canonical: string): readonly string[] {
  return PLACE_FORMS.find((forms) => forms[0] === canonical) ?? [canonical];
}

/** The canonical place an entity's lower-cased text names, if it is a known country or region form. */
export function canonicalPlace(lowerText: string): string | undefined {
  return PLACE_CANONICAL.get(lowerText.replace(/[’']s$/, '').replace(/\.$/, ''));
}

/** Words that introduce a report of what someone said (a claim about a source, not an opinion). */
export const REPORTING_VERBS = new Set([
  'argue', 'argues', 'argued', 'say', 'says', 'said', 'state', 'states', 'stated', 'claim', 'claims', 'claimed',
  'note', 'notes', 'noted', 'write', 'writes', 'wrote', 'report', 'reports', 'reported', 'suggest', 'suggests',
  'suggested', 'contend', 'contends', 'assert', 'asserts', 'find', 'finds', 'found', 'show', 'shows', 'showed',
  'warn', 'warns', 'warned', 'propose', 'proposes', 'proposed', 'recommend', 'recommends', 'recommended', 'call', 'calls',
  'urge', 'urges', 'urged', 'observe', 'observes', 'explain', 'explains', 'describe', 'describes', 'estimate', 'estimates',
  'announce', 'announces', 'announced', 'conclude', 'concludes', 'maintain', 'maintains', 'insist', 'insists',
]);

/**
 * Verbs that report only with "that" after them (or after their object: "told Congress that"):
 * "Discoveries in Iraq confirmed our fears" reports nothing.
 */
export const REPORTING_VERBS_WITH_THAT = new Set([
  'add', 'adds', 'added', 'stress', 'stresses', 'stressed', 'highlight', 'highlights', 'highlighted', 'acknowledge',
  'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'confirm', 'confirms', 'confirmed', 'reveal', 'reveals',
  'revealed', 'predict', 'predicts', 'predicted', 'tell', 'tells', 'told', 'emphasise', 'emphasises', 'emphasised',
  'emphasize', 'emphasizes', 'emphasized', 'mention', 'mentions', 'mentioned', 'point', 'points', 'pointed',
]);
