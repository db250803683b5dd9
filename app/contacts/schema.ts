import { z } from "zod";
import { contactKindCodes as contactKinds, contactNoteMax, seenAloneChoices } from "~/midway/codes";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) =>
  isoDate.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** A contact on a day up to today: the date, the kind, with whom, seen alone, a short note. */
export function contactSchema(today: string) {
  return z.object({
    contactOn: z
      .string()
      .trim()
      .refine(isRealDate, "midway:contacts.errors.date")
      .refine((v) => v <= today, "midway:contacts.errors.future"),
    kind: z.enum(contactKinds, { message: "midway:contacts.errors.kind" }),
    withWhom: z
      .string()
      .trim()
      .min(1, "midway:contacts.errors.withWhom")
      .max(200, "midway:contacts.errors.withWhomLong"),
    seenAlone: z.enum(seenAloneChoices, { message: "midway:contacts.errors.seenAlone" }),
    note: z.string().trim().max(contactNoteMax, "midway:contacts.errors.noteLong").default(""),
  });
}

export type ContactInput = z.infer<ReturnType<typeof contactSchema>>;

/** The stored answer: null when the young person was not seen. */
export const seenAloneValue = (choice: ContactInput["seenAlone"]) =>
  choice === "not_seen" ? null : choice === "yes";
