/**
 * The picture for each answer code, in one place: the same code always shows the same picture,
 * whichever form it appears in.
 */
const pictures = {
  home: "house",
  school: "school",
  family: "family",
  "family-time": "family",
  friends: "people",
  health: "health",
  money: "money",
  immigration: "passport",
  future: "star",
  sport: "ball",
  music: "music",
  games: "games",
  art: "art",
  cooking: "cooking",
  reading: "reading",
  faith: "faith",
  outdoors: "tree",
  activities: "ball",
  "learning-english": "language",
  carer: "house",
  "social-worker": "people",
  "family-member": "family",
  friend: "young-person",
  teacher: "school",
  advocate: "statements",
  interpreter: "language",
  "at-home": "house",
  "at-school": "school",
  "at-an-office": "office",
  online: "online",
  housing: "house",
  education: "school",
  work: "office",
  "someone-to-talk-to": "statements",
  safe: "done",
  "not-safe": "warning",
  scared: "warning",
  "something-else": "statements",
  "a-little": "star",
  quite: "good-news",
  very: "warning",
  "can-do": "done",
  learning: "reading",
  "need-help": "help",
  // how things are going (carers' and parents' forms)
  "going-well": "good-news",
  mixed: "feeling-ok",
  difficult: "worried",
  // health checks
  "health-assessment": "health",
  dentist: "health",
  optician: "reading",
  immunisations: "health",
  // school attendance
  "attending-full": "done",
  "attending-some": "school",
  "not-attending": "no",
  "no-school-place": "warning",
  // how a carer helped the child give their views
  "helped-app": "phone",
  "talked-together": "statements",
  "child-did-alone": "young-person",
  "not-yet": "not-sure",
  // younger children
  playing: "games",
  pet: "cat",
  "being-alone": "young-person",
  shouting: "warning",
  changes: "change",
  bedtime: "moon",
  homework: "reading",
  "loud-noise": "speaker",
  // about a letter
  "agree-all": "done",
  "disagree-something": "no",
  "not-sure": "not-sure",
} as const;

export type OptionCode = keyof typeof pictures;

/** Options for a question, each code with its picture, in the order given. */
export function options(...codes: OptionCode[]) {
  return codes.map((code) => ({ code, icon: pictures[code] }));
}
