import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

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
      options: options(
        "home",
        "school",
        "friends",
        "family",
        "health",
        "sport",
        "learning-english",
        "faith",
      ),
    },
    { id: "feeling", kind: "feelings", icon: "good-news" },
    { id: "tellMore", kind: "long-text", icon: "statements" },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
