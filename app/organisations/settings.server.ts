import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { notFound } from "~/auth/require-user.server";

/*
 * An organisation's own service standards and calendar: its closure days (beyond bank holidays)
 * and how many working days it allows for consultation, replies, decisions and letters. Every
 * feature that counts such days reads them here.
 */

export type OrganisationSettings = {
  closureDays: string[];
  consultationLeadDays: number;
  replyWithinDays: number;
  decisionsWithinDays: number;
  letterWithinDays: number;
};

export function organisationSettings(organisationId: string): OrganisationSettings {
  const row = getDb()
    .select({
      closureDays: organisations.closureDays,
      consultationLeadDays: organisations.consultationLeadDays,
      replyWithinDays: organisations.replyWithinDays,
      decisionsWithinDays: organisations.decisionsWithinDays,
      letterWithinDays: organisations.letterWithinDays,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw notFound();
  return row;
}
