import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/** "About my letter": the child's answer to the IRO's letter after a review. */
export const letterReply: TemplateInput = {
  id: "letter-reply",
  version: 1,
  icon: "letter",
  ageBands: ["4-7", "8-12", "13-17", "18+"],
  questions: [
    {
      id: "agree",
      kind: "pick-one",
      icon: "letter",
      options: options("agree-all", "disagree-something", "not-sure"),
    },
    { id: "what", kind: "long-text", icon: "statements" },
    { id: "voiceMessage", kind: "voice-note", icon: "microphone" },
  ],
};
