import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import { formatDateTime, formatNumber } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { canEmailSignInLinks, emailSignInLink } from "~/staff/sign-in-email.server";
import { roleField, staffDetailsSchema, workingHoursSchema } from "~/staff/staff-schema";
import {
  changeStaffRole,
  currentCaseload,
  deactivateStaffMember,
  getStaffMember,
  issueStaffCode,
  reactivateStaffMember,
  setWorkingHours,
  unlockStaffMember,
  updateStaffDetails,
} from "~/staff/staff.server";
import type { Issued } from "~/staff/ui/IssuedCode";
import { StaffDetail, doneMessages, type Done } from "~/staff/ui/StaffDetail";
import { BackLink } from "~/ui/BackLink";
import { staffTeamSchema } from "~/teams/team-schema";
import { setStaffTeam, teamMemberRoles, teamOf, teamOptions } from "~/teams/teams.server";
import { TeamChoice } from "~/teams/ui/TeamChoice";

export const handle: RouteHandle = { titleKey: "staff:detail.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const member = getStaffMember(admin, params.userId);
  const lng = requestLanguage(request, admin);
  return json({
    member: {
      id: member.id,
      displayName: member.displayName,
      username: member.username,
      email: member.email,
      role: member.role,
      state: member.state,
      lastSignIn: member.lastSignInAt ? formatDateTime(member.lastSignInAt, lng) : null,
      isSelf: member.id === admin.id,
      // In the administrator's language ("0,5" in French): the field reads it back either way.
      fullTimeEquivalent:
        member.fullTimeEquivalent === null ? null : formatNumber(member.fullTimeEquivalent, lng),
    },
    caseload: currentCaseload(member.id),
    canEmail: canEmailSignInLinks(),
    // Issue 18: a social worker or team manager works in a team.
    team: (teamMemberRoles as readonly string[]).includes(member.role)
      ? { options: teamOptions(admin), current: teamOf(member.id) ?? "" }
      : null,
  });
}

const actionSchema = z.discriminatedUnion("intent", [
  staffDetailsSchema.extend({ intent: z.literal("details") }),
  workingHoursSchema.extend({ intent: z.literal("hours") }),
  z.object({ intent: z.literal("role"), role: roleField }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
  z.object({ intent: z.literal("unlock") }),
  z.object({ intent: z.literal("issue-code") }),
  z.object({ intent: z.literal("email-link") }),
  staffTeamSchema.extend({ intent: z.literal("team") }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const member = getStaffMember(admin, params.userId);
  const form = await readForm(request, actionSchema);
  if (!form.ok) return formErrors(form);
  const done = (what: Done) => redirect(`/admin/staff/${member.id}?done=${what}`);
  const refused = (errors: Record<string, string>) =>
    formErrors({ errors, values: formValues(form.formData) });
  const data = form.data;
  switch (data.intent) {
    case "details":
      updateStaffDetails(request, admin, member.id, data);
      return done("details");
    case "hours":
      setWorkingHours(request, admin, member.id, data.fullTimeEquivalent);
      return done("hours");
    case "role": {
      const changed = changeStaffRole(request, admin, member.id, data.role);
      return changed.ok ? done("role") : refused(changed.errors);
    }
    case "deactivate": {
      const result = deactivateStaffMember(request, admin, member.id);
      return result.ok ? done("deactivated") : refused(result.errors);
    }
    case "reactivate":
      reactivateStaffMember(request, admin, member.id);
      return done("reactivated");
    case "unlock":
      unlockStaffMember(request, admin, member.id);
      return done("unlocked");
    case "team": {
      const set = setStaffTeam(request, admin, member, data.teamId);
      return set.ok ? redirect(`/admin/staff/${member.id}?done=team`) : refused(set.errors);
    }
    case "issue-code":
    case "email-link": {
      const issued = issueStaffCode(request, admin, member.id);
      if (!issued) return refused({ code: "staff:errors.codeDeactivated" });
      const lng = requestLanguage(request, admin);
      const expiresAt = formatDateTime(issued.expiresAt, lng);
      const byEmail = data.intent === "email-link" && canEmailSignInLinks() && !!member.email;
      const emailed =
        byEmail &&
        (await emailSignInLink(
          request,
          admin,
          member,
          { code: issued.code, expiresOn: expiresAt },
          lng,
        ));
      return json<{ issued: Issued }>({
        issued: {
          name: member.displayName,
          username: member.username,
          code: emailed ? null : issued.code,
          expiresAt,
          emailed,
          emailFailed: byEmail && !emailed,
        },
      });
    }
  }
}

export default function StaffMemberPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { issued: Issued } | FormErrors | undefined;
  const [searchParams] = useSearchParams();
  const doneParam = searchParams.get("done");
  const done = doneMessages.find((d) => d === doneParam);
  return (
    <>
      <BackLink to="/admin/staff">{t("staff:backToList")}</BackLink>
      <StaffDetail
        {...data}
        done={result ? undefined : done}
        issued={result && "issued" in result ? result.issued : undefined}
        result={result && "errors" in result ? result : undefined}
      />
      {data.team ? (
        <TeamChoice
          teams={data.team.options}
          current={data.team.current}
          error={result && "errors" in result ? result.errors.teamId : undefined}
          saved={doneParam === "team" && !result}
        />
      ) : null}
    </>
  );
}
