import type { TemplateInput } from "../template-schema";
import { options } from "./option-pictures";

/**
 * "My say", for younger children (about 4 to 7) and children with additional needs, usually done
 * in together mode with a worker. Pictures first; the last thing can be a voice message or the
 * child's own words typed by the worker (the statement records who helped).
 */
export const mySay: TemplateInput = {
  id: "my-say",
  version: 1,
  icon: "young-person",
  ageBands: ["4-7", "8-12"],
  questions: [
    { id: "home", kind: "feelings", icon: "house" },
    { id: "school", kind: "feelings", icon: "school" },
    { id: "family", kind: "feelings", icon: "family" },
    {
      id: "important",
      kind: "people",
      icon: "people",
      options: options("carer", "family-member", "friend", "teacher", "social-worker", "pet"),
    },
    {
      id: "like",
      kind: "pick-many",
      icon: "star",
      options: options("playing", "sport", "music", "art", "outdoors", "reading", "cooking"),
    },
    {
      id: "dontLike",
      kind: "pick-many",
      icon: "worried",
      options: options("being-alone", "shouting", "changes", "bedtime", "homework", "loud-noise"),
    },
    { id: "tellIro", kind: "voice-note", icon: "microphone" },
    { id: "tellIroWords", kind: "long-text", icon: "statements" },
  ],
};
