import type { TemplateInput } from "../template-schema";

/** "I'm worried about something". Not safe right now makes it urgent, whatever is shared. */
export const worried: TemplateInput = {
  id: "worried",
  version: 1,
  icon: "worried",
  ageBands: ["8-12", "13-17", "18+"],
  isWorry: true,
  questions: [
    {
      id: "safeNow",
      kind: "pick-one",
      icon: "help",
      options: [
        { code: "safe", icon: "done" },
        { code: "not-safe", icon: "warning" },
      ],
      unsafeCodes: ["not-safe"],
    },
    {
      id: "about",
      kind: "pick-many",
      icon: "worried",
      options: [
        { code: "home", icon: "house" },
        { code: "school", icon: "school" },
        { code: "family", icon: "family" },
        { code: "friends", icon: "people" },
        { code: "health", icon: "health" },
        { code: "money", icon: "money" },
        { code: "immigration", icon: "passport" },
        { code: "scared", icon: "warning" },
      ],
      unsafeCodes: ["scared"],
    },
    { id: "feeling", kind: "feelings", icon: "worried" },
    { id: "tellMore", kind: "long-text", icon: "statements" },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
