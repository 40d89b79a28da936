// Writes N generated stories as import lines (NDJSON) to stdout: four paragraphs each, one or two
// quotes by speakers drawn from a shared pool (role, organisation, description), drafts and
// published stories, a handful of sections. Deterministic for a given N.
//   node stories.mjs 10000 > stories.ndjson
const count = Number(process.argv[2] ?? 10000);
// mulberry32 in 32-bit integer arithmetic: the same stories on every run, and a period long enough for
// ids. (An LCG in doubles lost precision, fell into a short cycle and repeated quote ids after 5,211 stories.)
let seed = 20260301;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

const first = ['Ilse', 'Tomas', 'Marta', 'Oskar', 'Hana', 'Bertil', 'Agnes', 'Kerim', 'Dalia', 'Ruth', 'Ivo', 'Lena'];
const last = ['Marrow', 'Brandt', 'Kestrel', 'Lindgren', 'Sand', 'Holloway', 'Aslan', 'Orrin', 'Veld', 'Castell'];
const roles = ['harbourmaster', 'spokesperson', 'finance director', 'board chair', 'transport minister'];
const orgs = ['Portmere Ferries', 'Harbour Board', 'Vellmark Council', 'Coastal Affairs Ministry', 'Port Authority'];
const sections = [['politics', 'Politics'], ['business', 'Business'], ['world', 'World'], ['science', 'Science']];
const speakers = [];
for (let i = 0; i < 120; i++) {
  const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
  const organisation = orgs[i % orgs.length];
  speakers.push({ name, role: roles[i % roles.length], organisation,
    description: `${name} has spoken for ${organisation} since ${2001 + (i % 20)}.` });
}
const nouns = ['timetable', 'pier', 'budget', 'dredging', 'crossing', 'tariff', 'fleet', 'winter schedule'];
const verbs = ['keeps', 'changes', 'delays', 'extends', 'reviews', 'secures'];

for (let n = 0; n < count; n++) {
  const [section, sectionName] = pick(sections);
  const noun = pick(nouns);
  const quotes = [];
  const body = [{ type: 'paragraph', text: `The ${noun} of season ${n} was on the agenda on <em>Tuesday</em>.` }];
  const quoteCount = 1 + (n % 2);
  for (let q = 0; q < quoteCount; q++) {
    const speaker = pick(speakers);
    const words = `The ${noun} ${pick(verbs)} its course in week ${(n + q) % 52}, entry ${n}-${q}`;
    body.push({ type: 'paragraph', text: `\u201c${words},\u201d said ${speaker.name} of ${speaker.organisation}.` });
    const id = uuid();
    quotes.push({ id, text: words, blockIndex: body.length - 1, speaker });
    body.push({ type: 'quote', quoteId: id });
  }
  body.push({ type: 'heading', text: 'What comes next' });
  body.push({ type: 'paragraph', text: `A further review of the ${noun} is due before the spring.` });
  const published = n % 4 !== 0;
  const story = {
    id: uuid(), slug: `transfer-${n}-${noun.replace(/ /g, '-')}`, language: 'en',
    headline: `The ${noun} ${pick(verbs)} its course, entry ${n}`, standfirst: `What changes for the ${noun} this season.`,
    section, sectionName, tags: ['transfer', noun.replace(/ /g, '-')], authors: ['Archive desk'], dateline: 'Portmere',
    body, status: published ? 'published' : 'draft', quotes,
  };
  if (published) {
    story.publishedAt = new Date(Date.UTC(2026, 0, 1) + n * 60000).toISOString();
  }
  process.stdout.write(JSON.stringify(story) + '\n');
}
