import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

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
      options: options(
        "home",
        "school",
        "family-time",
        "friends",
        "health",
        "money",
        "activities",
        "something-else",
      ),
    },
    { id: "what", kind: "long-text", icon: "change" },
    {
      id: "howImportant",
      kind: "pick-one",
      icon: "star",
      options: options("a-little", "quite", "very"),
    },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
