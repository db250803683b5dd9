import { describe, expect, it } from "vitest";
import { leftCareSchema, youngPersonRecordSchema } from "~/young-people/record-schema";
import type { z } from "zod";
import { parseFormData } from "~/http/forms.server";
import { caseloadMoveSchema } from "~/allocations/caseload-move.server";
import { allocationSchema } from "~/allocations/rules";

/* The record form's rules, as the administrator meets them: each wrong value, its own message. */

const today = "2026-12-01";
const valid = {
  givenName: "Selam",
  familyName: "Tesfaye",
  dateOfBirth: "2012-03-27",
  preferredLanguage: "ti",
  serviceArea: "children_in_care",
  caseReference: "LAC-20417",
};

function errorsOf(
  values: Record<string, string>,
  schema: z.ZodType = youngPersonRecordSchema(today),
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  const parsed = parseFormData(form, schema);
  return parsed.ok ? {} : parsed.errors;
}

describe("a young person's record", () => {
  it("accepts a complete record, ticks as yes and empty optional fields as nothing", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      ...valid,
      needsInterpreter: "yes",
      interpreterLanguage: "",
      legalStatus: "",
      lookedAfterOn: "",
      communicationNeeds: "  ",
    }))
      form.append(k, v);
    const parsed = parseFormData(form, youngPersonRecordSchema(today));
    expect(parsed.ok && parsed.data).toMatchObject({
      needsInterpreter: true,
      isUnaccompanied: false,
      interpreterLanguage: null,
      legalStatus: null,
      lookedAfterOn: null,
      communicationNeeds: null,
    });
  });

  it.each([
    [{ givenName: " " }, "givenName", "people:errors.givenName"],
    [{ familyName: "" }, "familyName", "people:errors.familyName"],
    [{ givenName: "a".repeat(101) }, "givenName", "people:errors.nameLong"],
    [{ dateOfBirth: "2012-02-30" }, "dateOfBirth", "people:errors.dateOfBirth"],
    [{ dateOfBirth: "27/03/2012" }, "dateOfBirth", "people:errors.dateOfBirth"],
    [{ dateOfBirth: "2026-12-02" }, "dateOfBirth", "people:errors.dateOfBirthFuture"],
    [{ dateOfBirth: "2000-12-01" }, "dateOfBirth", "people:errors.dateOfBirthTooOld"],
    [{ preferredLanguage: "xx" }, "preferredLanguage", "people:errors.language"],
    [
      { interpreterLanguage: "a".repeat(61) },
      "interpreterLanguage",
      "people:errors.interpreterLanguageLong",
    ],
    [
      { communicationNeeds: "a".repeat(1001) },
      "communicationNeeds",
      "people:errors.communicationNeedsLong",
    ],
    [{ legalStatus: "s20" }, "legalStatus", "people:errors.legalStatus"],
    [{ serviceArea: "fostering" }, "serviceArea", "people:errors.serviceArea"],
    [{ lookedAfterOn: "2026-13-01" }, "lookedAfterOn", "people:errors.lookedAfterOn"],
    [{ lookedAfterOn: "2011-01-01" }, "lookedAfterOn", "people:errors.lookedAfterBeforeBirth"],
    [{ lookedAfterOn: "2026-12-25" }, "lookedAfterOn", "people:errors.lookedAfterFuture"],
    [{ caseReference: "" }, "caseReference", "people:errors.caseReference"],
    [{ caseReference: "A".repeat(41) }, "caseReference", "people:errors.caseReferenceLong"],
    [{ caseReference: "LAC 20417" }, "caseReference", "people:errors.caseReferenceCharacters"],
  ])("refuses %o with a message beside %s", (change, field, message) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it("records leaving care only with a real, past date and a reason from the list", () => {
    expect(
      errorsOf({ leftCareOn: "2026-11-30", leftCareReason: "adopted" }, leftCareSchema(today)),
    ).toEqual({});
    expect(
      errorsOf({ leftCareOn: "2026-12-02", leftCareReason: "adopted" }, leftCareSchema(today)),
    ).toEqual({
      leftCareOn: "people:errors.leftCareFuture",
    });
    expect(
      errorsOf({ leftCareOn: "soon", leftCareReason: "bored" }, leftCareSchema(today)),
    ).toEqual({
      leftCareOn: "people:errors.leftCareOn",
      leftCareReason: "people:errors.leftCareReason",
    });
  });

  it("checks an allocation's dates and a caseload move's day", () => {
    const allocation = { relationship: "iro", userId: "u1", startsOn: "2026-09-01" };
    expect(errorsOf({ ...allocation, endsOn: "2026-08-31" }, allocationSchema)).toEqual({
      endsOn: "people:errors.endsBeforeStart",
    });
    expect(errorsOf({ ...allocation, relationship: "friend" }, allocationSchema)).toEqual({
      relationship: "people:errors.relationship",
    });
    const move = { fromUserId: "a", toUserId: "b", movedOn: "2026-12-02", youngPersonId: "c" };
    expect(errorsOf(move, caseloadMoveSchema(today))).toEqual({
      movedOn: "people:errors.moveFuture",
    });
    expect(errorsOf({ ...move, movedOn: today, toUserId: "a" }, caseloadMoveSchema(today))).toEqual(
      {
        toUserId: "people:errors.moveSameIro",
      },
    );
    const { youngPersonId: _, ...none } = move;
    expect(errorsOf({ ...none, movedOn: today }, caseloadMoveSchema(today))).toEqual({
      youngPersonId: "people:errors.moveChildren",
    });
  });
});
