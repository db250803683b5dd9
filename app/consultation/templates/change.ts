import type { TemplateInput } from "../template-schema";

/** "I want something to change". */
export const change: TemplateInput = {
  id: "change",
  version: 1,
  icon: "change",
  ageBands: ["8-12", "13-17", "18+"],
  questions: [
    {
      id: "about",
      kind: "pick-one",
      icon: "change",
      options: [
        { code: "home", icon: "house" },
        { code: "school", icon: "school" },
        { code: "family-time", icon: "family" },
        { code: "friends", icon: "people" },
        { code: "health", icon: "health" },
        { code: "money", icon: "money" },
        { code: "activities", icon: "ball" },
        { code: "something-else", icon: "statements" },
      ],
    },
    { id: "what", kind: "long-text", icon: "change" },
    {
      id: "howImportant",
      kind: "pick-one",
      icon: "star",
      options: [
        { code: "a-little", icon: "star" },
        { code: "quite", icon: "good-news" },
        { code: "very", icon: "warning" },
      ],
    },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
