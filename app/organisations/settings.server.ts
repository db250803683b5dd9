import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { organisations } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import type { OrganisationContacts } from "./contacts";
import { isFormOffered } from "./forms-offered";
import type { RetentionForm, SettingsForm } from "./settings-schema";

/*
 * An organisation's own service standards and calendar: its closure days (beyond bank holidays)
 * and how many working days it allows for consultation, replies, decisions and letters. Every
 * feature that counts such days reads them here. Also what an administrator sets for the rest of
 * the service: the contact details letters and the help page give, the forms offered to young
 * people, feedback after reviews and whether staff may sign in with a password.
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

const editable = {
  name: organisations.name,
  iroServicePhone: organisations.iroServicePhone,
  iroServiceEmail: organisations.iroServiceEmail,
  advocacyServiceName: organisations.advocacyServiceName,
  advocacyServicePhone: organisations.advocacyServicePhone,
  consultationLeadDays: organisations.consultationLeadDays,
  replyWithinDays: organisations.replyWithinDays,
  decisionsWithinDays: organisations.decisionsWithinDays,
  letterWithinDays: organisations.letterWithinDays,
  agreementWithinDays: organisations.agreementWithinDays,
  alertEscalateHours: organisations.alertEscalateHours,
  closureDays: organisations.closureDays,
  formsOffered: organisations.formsOffered,
  feedbackEnabled: organisations.feedbackEnabled,
  staffPasswordSignIn: organisations.staffPasswordSignIn,
  computerVoiceOff: organisations.computerVoiceOff,
};

/** Everything the settings page edits, for the administrator's own organisation. */
export function editableSettings(user: SignedIn): SettingsForm {
  const row = getDb()
    .select(editable)
    .from(organisations)
    .where(eq(organisations.id, user.organisationId))
    .get();
  if (!row) throw notFound();
  return row;
}

/**
 * Saves the settings (already checked by the form's schema) and records that they changed: the
 * audit says who changed the settings and when, never the values.
 * Returns whether anything changed.
 */
export function saveSettings(request: Request, user: SignedIn, settings: SettingsForm): boolean {
  const before = editableSettings(user);
  const changed = (Object.keys(editable) as (keyof SettingsForm)[]).some(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(settings[key]),
  );
  if (!changed) return false;
  writeSettings(request, user, settings);
  return true;
}

/** Writes settings already checked by their schema, audited (the change, never the values). */
function writeSettings(
  request: Request,
  user: SignedIn,
  settings: Partial<typeof organisations.$inferInsert>,
) {
  getDb().transaction((tx) => {
    tx.update(organisations)
      .set({ ...settings, updatedAt: new Date().toISOString() })
      .where(eq(organisations.id, user.organisationId))
      .run();
    recordAudit(
      request,
      {
        action: "organisation_settings_changed",
        organisationId: user.organisationId,
        actorUserId: user.id,
        subjectType: "organisation",
        subjectId: user.organisationId,
      },
      tx,
    );
  });
}

/** The contact details letters and the help page give; null when none is set. */
export function organisationContacts(organisationId: string): OrganisationContacts | null {
  const row = getDb()
    .select({
      iroServicePhone: organisations.iroServicePhone,
      iroServiceEmail: organisations.iroServiceEmail,
      advocacyServiceName: organisations.advocacyServiceName,
      advocacyServicePhone: organisations.advocacyServicePhone,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw notFound();
  return Object.values(row).some(Boolean) ? row : null;
}

function serviceChoices(organisationId: string) {
  const row = getDb()
    .select({
      formsOffered: organisations.formsOffered,
      feedbackEnabled: organisations.feedbackEnabled,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) throw notFound();
  return row;
}

/** The forms in `forms` this organisation offers its young people, in the same order. */
export function offeredForms<T extends string>(organisationId: string, forms: readonly T[]): T[] {
  const { formsOffered } = serviceChoices(organisationId);
  return forms.filter((id) => isFormOffered(formsOffered, id));
}

export function formOffered(organisationId: string, templateId: string): boolean {
  return isFormOffered(serviceChoices(organisationId).formsOffered, templateId);
}

/** Are people asked how the review went, after it? */
export function feedbackEnabled(organisationId: string): boolean {
  return serviceChoices(organisationId).feedbackEnabled;
}

/** Saves the retention settings (checked by `retentionFormSchema`); audited, never the values. */
export function saveRetentionSettings(request: Request, user: SignedIn, settings: RetentionForm) {
  writeSettings(request, user, settings);
}
