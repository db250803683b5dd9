import { describe, expect, it } from "vitest";
import { parseFormData } from "~/http/forms.server";
import { choosableForms } from "~/organisations/forms-offered";
import { closureDayLines, settingsFormSchema } from "~/organisations/settings-schema";

/** A whole, valid form as the browser posts it (ticked checkboxes post "yes"). */
const valid = {
  name: "  Fenmoor County Council ",
  iroServicePhone: "01632 960 123",
  iroServiceEmail: "iro.service@fenmoor.example",
  advocacyServiceName: "Fenmoor Young People's Advocacy",
  advocacyServicePhone: "0808 157 0192",
  consultationLeadDays: "5",
  replyWithinDays: "3",
  decisionsWithinDays: "5",
  letterWithinDays: "20",
  agreementWithinDays: "5",
  alertEscalateHours: "4",
  closureDays: "2026-12-29\n\n2026-12-24\r\n2026-12-29 ",
  formsOffered: ["getting-ready", "good-news"],
  feedbackEnabled: "yes",
  staffLocalSignIn: "yes",
  computerVoice: ["ar", "om", "fr"],
};

const withoutSso = settingsFormSchema({ singleSignOn: false });

function errorsOf(form: Record<string, unknown>, schema = withoutSso) {
  const result = schema.safeParse(form);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

describe("organisation settings form", () => {
  it("accepts a whole form: trimmed, numbers as numbers, closure days sorted and each once", () => {
    const parsed = withoutSso.parse(valid);
    expect(parsed).toEqual({
      name: "Fenmoor County Council",
      iroServicePhone: "01632 960 123",
      iroServiceEmail: "iro.service@fenmoor.example",
      advocacyServiceName: "Fenmoor Young People's Advocacy",
      advocacyServicePhone: "0808 157 0192",
      consultationLeadDays: 5,
      replyWithinDays: 3,
      decisionsWithinDays: 5,
      letterWithinDays: 20,
      agreementWithinDays: 5,
      alertEscalateHours: 4,
      closureDays: ["2026-12-24", "2026-12-29"],
      // The ticked forms, with "I'm worried about something", which is always offered.
      formsOffered: ["getting-ready", "worried", "good-news"],
      feedbackEnabled: true,
      staffPasswordSignIn: true,
      // Stored as the languages whose computer voice is switched off: those not ticked.
      computerVoiceOff: ["en", "am", "fa", "vi", "sq"],
    });
  });

  it("a computer voice can be switched on only for a language that has one", () => {
    expect(errorsOf({ ...valid, computerVoice: ["ti"] })).toEqual({
      computerVoice: "settings:errors.computerVoice",
    });
    expect(withoutSso.parse({ ...valid, computerVoice: undefined }).computerVoiceOff).toHaveLength(
      8,
    );
  });

  it("leaves contact details empty when none is given, and an unticked box is off", () => {
    const parsed = withoutSso.parse({
      ...valid,
      iroServicePhone: " ",
      iroServiceEmail: "",
      advocacyServiceName: "",
      advocacyServicePhone: "",
      closureDays: "",
      feedbackEnabled: undefined,
    });
    expect(parsed).toMatchObject({
      iroServicePhone: null,
      iroServiceEmail: null,
      advocacyServiceName: null,
      advocacyServicePhone: null,
      closureDays: [],
      feedbackEnabled: false,
    });
  });

  it("stores 'every form' (null) when every form is ticked, so a new form is offered too", () => {
    expect(withoutSso.parse({ ...valid, formsOffered: [...choosableForms] }).formsOffered).toBe(
      null,
    );
  });

  it("needs the organisation's name, of at most 200 characters", () => {
    expect(errorsOf({ ...valid, name: "  " })).toEqual({ name: "settings:errors.name" });
    expect(errorsOf({ ...valid, name: "x".repeat(201) })).toEqual({
      name: "settings:errors.nameLong",
    });
  });

  it("takes phone numbers as people write them, and refuses anything else", () => {
    for (const phone of ["+44 (0)1632 960123", "01632-960-123", "116 123"])
      expect(errorsOf({ ...valid, iroServicePhone: phone }), phone).toEqual({});
    for (const phone of ["ring Jo", "0163 29x", "12345", "1".repeat(16), "01632 960 123 ext 4"])
      expect(errorsOf({ ...valid, iroServicePhone: phone }), phone).toEqual({
        iroServicePhone: "settings:errors.iroServicePhone",
      });
    expect(errorsOf({ ...valid, advocacyServicePhone: "call us" })).toEqual({
      advocacyServicePhone: "settings:errors.advocacyServicePhone",
    });
  });

  it("needs an email address in the right format", () => {
    for (const email of ["iro.service", "iro@", "iro service@fenmoor.example"])
      expect(errorsOf({ ...valid, iroServiceEmail: email }), email).toEqual({
        iroServiceEmail: "settings:errors.iroServiceEmail",
      });
  });

  it("needs the advocacy service's name when its number is given", () => {
    expect(errorsOf({ ...valid, advocacyServiceName: "" })).toEqual({
      advocacyServiceName: "settings:errors.advocacyServiceName",
    });
    // A name alone is fine: young people can ask for it.
    expect(errorsOf({ ...valid, advocacyServicePhone: "" })).toEqual({});
  });

  it("keeps each local standard to whole working days within its bounds", () => {
    for (const field of ["consultationLeadDays", "replyWithinDays", "decisionsWithinDays"]) {
      expect(errorsOf({ ...valid, [field]: "30" }), field).toEqual({});
      expect(errorsOf({ ...valid, [field]: "1" }), field).toEqual({});
      for (const wrong of ["0", "31", "", "two", "2.5", "-3"])
        expect(errorsOf({ ...valid, [field]: wrong }), `${field} ${wrong}`).toEqual({
          [field]: `settings:errors.${field}`,
        });
    }
    expect(errorsOf({ ...valid, letterWithinDays: "60" })).toEqual({});
    expect(errorsOf({ ...valid, letterWithinDays: "61" })).toEqual({
      letterWithinDays: "settings:errors.letterWithinDays",
    });
  });

  it("refuses closure days that are not real dates, naming each wrong line", () => {
    const text = "2026-12-24\n24/12/2026\n\n2026-02-30\n2026-12-31";
    expect(errorsOf({ ...valid, closureDays: text })).toEqual({
      closureDays: "settings:errors.closureDays",
    });
    expect(closureDayLines(text)).toEqual({
      dates: ["2026-12-24", "2026-12-31"],
      wrong: [
        { line: 2, text: "24/12/2026" },
        { line: 4, text: "2026-02-30" },
      ],
    });
  });

  it("refuses more than 200 closure days", () => {
    const days = Array.from({ length: 201 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(errorsOf({ ...valid, closureDays: days.join("\n") })).toEqual({
      closureDays: "settings:errors.closureDaysTooMany",
    });
    expect(errorsOf({ ...valid, closureDays: days.slice(1).join("\n") })).toEqual({});
  });

  it("offers at least one form, and only the young person's own forms can be chosen", () => {
    expect(errorsOf({ ...valid, formsOffered: undefined })).toEqual({
      formsOffered: "settings:errors.formsOffered",
    });
    for (const other of ["carer-review", "feedback", "letter-reply", "worried", "made-up"])
      expect(errorsOf({ ...valid, formsOffered: ["getting-ready", other] }), other).toEqual({
        formsOffered: "settings:errors.formsOffered",
      });
  });

  it("keeps password sign-in for staff on until single sign-on is configured", () => {
    expect(errorsOf({ ...valid, staffLocalSignIn: undefined })).toEqual({
      staffLocalSignIn: "settings:errors.staffPasswordSignIn",
    });
    const withSso = settingsFormSchema({ singleSignOn: true });
    expect(withSso.parse({ ...valid, staffLocalSignIn: undefined }).staffPasswordSignIn).toBe(
      false,
    );
  });

  it("names every wrong field at once", () => {
    expect(
      errorsOf({
        ...valid,
        name: "",
        iroServiceEmail: "nope",
        advocacyServiceName: "",
        replyWithinDays: "0",
        closureDays: "soon",
        formsOffered: [],
      }),
    ).toEqual({
      name: "settings:errors.name",
      iroServiceEmail: "settings:errors.iroServiceEmail",
      advocacyServiceName: "settings:errors.advocacyServiceName",
      replyWithinDays: "settings:errors.replyWithinDays",
      closureDays: "settings:errors.closureDays",
      formsOffered: "settings:errors.formsOffered",
    });
  });

  it("sends every value back after a refusal, the password sign-in tick included", () => {
    const formData = new FormData();
    for (const [key, value] of Object.entries({ ...valid, name: "" }))
      for (const v of ([] as string[]).concat(value)) formData.append(key, v);
    const parsed = parseFormData(formData, withoutSso);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({ name: "settings:errors.name" });
    expect(parsed.values).toMatchObject({
      iroServicePhone: "01632 960 123",
      formsOffered: ["getting-ready", "good-news"],
      feedbackEnabled: "yes",
      staffLocalSignIn: "yes",
    });
  });
});
