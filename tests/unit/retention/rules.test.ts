import { describe, expect, it } from "vitest";
import {
  isDraftDue,
  isDraftReminderDue,
  isNotificationDue,
  isRecordDue,
  isReplacedVoiceNote,
  isSessionDue,
  isStashDue,
  isWithdrawnDue,
  retentionDefaults as s,
} from "~/retention/rules";
import { addDays } from "~/dates/calendar";

const changed = "2025-03-01T10:00:00.000Z";
const draft = (extra: Partial<{ draftRemindedAt: string | null; status: string }> = {}) => ({
  status: "draft",
  updatedAt: changed,
  draftRemindedAt: null,
  ...extra,
});
const day = (n: number) => addDays("2025-03-01", n);

describe("drafts never sent", () => {
  it("stay on day 89 and go on day 90 after the last change", () => {
    expect(isDraftDue(draft(), day(89), s)).toBe(false);
    expect(isDraftDue(draft(), day(90), s)).toBe(true);
  });
  it("a sent statement is never deleted as a draft", () => {
    expect(isDraftDue(draft({ status: "submitted" }), day(400), s)).toBe(false);
  });
  it("the child is reminded from day 60, not on day 59", () => {
    expect(isDraftReminderDue(draft(), day(59), s)).toBe(false);
    expect(isDraftReminderDue(draft(), day(60), s)).toBe(true);
  });
  it("the reminder comes once", () => {
    const reminded = draft({ draftRemindedAt: "2025-04-30T06:00:00.000Z" });
    expect(isDraftReminderDue(reminded, day(61), s)).toBe(false);
    expect(isDraftReminderDue(reminded, day(75), s)).toBe(false);
  });
  it("a draft changed after its reminder is reminded again, 60 days after the change", () => {
    const changedAgain = {
      status: "draft",
      updatedAt: "2025-05-10T09:00:00.000Z",
      draftRemindedAt: "2025-04-30T06:00:00.000Z",
    };
    expect(isDraftReminderDue(changedAgain, addDays("2025-05-10", 59), s)).toBe(false);
    expect(isDraftReminderDue(changedAgain, addDays("2025-05-10", 60), s)).toBe(true);
  });
  it("no reminder once the draft is due to go", () => {
    expect(isDraftReminderDue(draft(), day(90), s)).toBe(false);
  });
  it("counts days on the English calendar: 23:30 in London on 1 June is still 1 June", () => {
    const lateEvening = { ...draft(), updatedAt: "2025-06-01T22:30:00.000Z" }; // 23:30 in London
    expect(isDraftDue(lateEvening, addDays("2025-06-01", 89), s)).toBe(false);
    expect(isDraftDue(lateEvening, addDays("2025-06-01", 90), s)).toBe(true);
  });
});

describe("answers kept after a session ended", () => {
  it("stay 6 days and go on the 7th", () => {
    expect(isStashDue({ createdAt: changed }, day(6), s)).toBe(false);
    expect(isStashDue({ createdAt: changed }, day(7), s)).toBe(true);
  });
});

describe("withdrawn statements", () => {
  const withdrawn = { withdrawnAt: changed, erasedAt: null };
  it("keep their words for 364 days and lose them on day 365", () => {
    expect(isWithdrawnDue(withdrawn, day(364), s)).toBe(false);
    expect(isWithdrawnDue(withdrawn, day(365), s)).toBe(true);
  });
  it("are erased once", () => {
    expect(isWithdrawnDue({ ...withdrawn, erasedAt: changed }, day(700), s)).toBe(false);
  });
});

describe("notifications", () => {
  it("stay 364 days and go on day 365", () => {
    expect(isNotificationDue({ createdAt: changed }, day(364), s)).toBe(false);
    expect(isNotificationDue({ createdAt: changed }, day(365), s)).toBe(true);
  });
});

describe("sessions", () => {
  const expiresAt = "2025-03-01T12:00:00.000Z";
  it("stay for a day after they expire, so an answer sent as one ended is still kept", () => {
    expect(isSessionDue({ expiresAt, revokedAt: null }, new Date("2025-03-02T11:59:00Z"))).toBe(
      false,
    );
    expect(isSessionDue({ expiresAt, revokedAt: null }, new Date("2025-03-02T12:00:00Z"))).toBe(
      true,
    );
  });
  it("a signed-out session counts from the sign-out", () => {
    const session = { expiresAt: "2025-03-10T00:00:00.000Z", revokedAt: expiresAt };
    expect(isSessionDue(session, new Date("2025-03-02T12:00:00Z"))).toBe(true);
  });
  it("a live session stays", () => {
    expect(isSessionDue({ expiresAt, revokedAt: null }, new Date("2025-03-01T11:00:00Z"))).toBe(
      false,
    );
  });
});

describe("replaced voice notes", () => {
  const note = { id: "n1", questionId: "q", createdAt: changed, erasedAt: null };
  const now = new Date("2025-03-01T12:00:00Z");
  it("a recording that is still the answer stays", () => {
    expect(isReplacedVoiceNote(note, { q: { voiceNoteId: "n1" } }, now)).toBe(false);
  });
  it("a recording replaced by another goes", () => {
    expect(isReplacedVoiceNote(note, { q: { voiceNoteId: "n2" } }, now)).toBe(true);
  });
  it("a recording taken out of the answer goes", () => {
    expect(isReplacedVoiceNote(note, {}, now)).toBe(true);
  });
  it("a recording made in the last hour is left for the page that is saving it", () => {
    expect(isReplacedVoiceNote(note, {}, new Date("2025-03-01T10:59:00Z"))).toBe(false);
  });
});

describe("records of young people who left care", () => {
  const person = { leftCareOn: "2030-01-01", dateOfBirth: "2011-05-04", isErased: false };
  it("are kept the day before their 75th birthday and erased on it", () => {
    expect(isRecordDue(person, "2086-05-03", s)).toBe(false);
    expect(isRecordDue(person, "2086-05-04", s)).toBe(true);
  });
  it("a child still in care is never erased for age", () => {
    expect(isRecordDue({ ...person, leftCareOn: null }, "2100-01-01", s)).toBe(false);
  });
  it("a record already erased is not erased again", () => {
    expect(isRecordDue({ ...person, isErased: true }, "2100-01-01", s)).toBe(false);
  });
  it("follows the organisation's age", () => {
    expect(isRecordDue(person, "2036-05-04", { ...s, retainRecordsUntilAge: 25 })).toBe(true);
  });
});
