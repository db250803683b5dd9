import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

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
      options: options("safe", "not-safe"),
      unsafeCodes: ["not-safe"],
    },
    {
      id: "about",
      kind: "pick-many",
      icon: "worried",
      options: options(
        "home",
        "school",
        "family",
        "friends",
        "health",
        "money",
        "immigration",
        "scared",
      ),
      unsafeCodes: ["scared"],
    },
    { id: "feeling", kind: "feelings", icon: "worried" },
    { id: "tellMore", kind: "long-text", icon: "statements" },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
