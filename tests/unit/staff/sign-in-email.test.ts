import { and, eq } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents } from "#db/schema";
import { emailSignInLink, signInEmail, signInLink } from "~/staff/sign-in-email.server";
import { buildOrganisation, buildUser, signedInAs } from "../../fixtures/builders";

describe("emailing a sign-in link", () => {
  it("links to /start with the code, in the language asked for", () => {
    expect(signInLink("ABCD-EFGH")).toBe("http://localhost:3000/start?code=ABCD-EFGH");
    const english = signInEmail("ABCD-EFGH", "1 June 2026", "en");
    expect(english.text).toContain("/start?code=ABCD-EFGH");
    expect(english.text).toContain("1 June 2026");
    const arabic = signInEmail("ABCD-EFGH", "1 June 2026", "ar");
    expect(arabic.subject).not.toBe(english.subject);
    expect(arabic.text).toContain("/start?code=ABCD-EFGH");
  });

  it("sends it to the person's address and audits that it was sent (not the code)", async () => {
    const organisationId = buildOrganisation();
    const admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
    const sent: { to?: unknown; text?: unknown }[] = [];
    const via = createTransport({ jsonTransport: true });
    const original = via.sendMail.bind(via);
    via.sendMail = ((mail: { to?: unknown; text?: unknown }) => {
      sent.push(mail);
      return original(mail as never);
    }) as typeof via.sendMail;
    const member = { id: admin.user.id, email: "new.iro@example.org" };
    const ok = await emailSignInLink(
      admin.request,
      admin.user,
      member,
      { code: "WXYZ-2345", expiresOn: "1 June 2026" },
      "en",
      via,
    );
    expect(ok).toBe(true);
    expect(sent[0]?.to).toBe("new.iro@example.org");
    expect(String(sent[0]?.text)).toContain("code=WXYZ-2345");
    const audited = getDb()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "sign_in_link_emailed"), eq(auditEvents.subjectId, member.id)),
      )
      .all();
    expect(audited).toHaveLength(1);
    // Without a transport (no SMTP_URL) nothing is sent and the caller shows the code instead.
    expect(
      await emailSignInLink(
        admin.request,
        admin.user,
        member,
        { code: "WXYZ-2345", expiresOn: "" },
        "en",
        undefined,
      ),
    ).toBe(false);
  });
});
