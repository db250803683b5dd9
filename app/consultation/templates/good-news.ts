import type { TemplateInput } from "../template-schema";

/** "Something good happened". */
export const goodNews: TemplateInput = {
  id: "good-news",
  version: 1,
  icon: "good-news",
  ageBands: ["8-12", "13-17", "18+"],
  questions: [
    {
      id: "about",
      kind: "pick-many",
      icon: "good-news",
      options: [
        { code: "home", icon: "house" },
        { code: "school", icon: "school" },
        { code: "friends", icon: "people" },
        { code: "family", icon: "family" },
        { code: "health", icon: "health" },
        { code: "sport", icon: "ball" },
        { code: "learning-english", icon: "language" },
        { code: "faith", icon: "faith" },
      ],
    },
    { id: "feeling", kind: "feelings", icon: "good-news" },
    { id: "tellMore", kind: "long-text", icon: "statements" },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
