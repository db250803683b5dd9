// `npm run admin:create -- --organisation "…" --name "…" --username … [--email …]`
// The first administrator of an install without the demo: applies migrations, creates the
// organisation unless one of that name exists, creates the administrator and prints a one-time
// sign-in code for /start. Run it with the server's settings (DATABASE_PATH, SESSION_SECRET).
import { parseArgs } from "node:util";
import { closeDb, getDb } from "#db/db.server";
import { createFirstAdmin } from "~/staff/first-admin.server";

const usage = `Usage: npm run admin:create -- --organisation "Name of the council" --name "Full name" --username user.name [--email name@example.org]

  --organisation  the organisation (created if none has this name)
  --name          the administrator's full name
  --username      what they type to sign in: 3 to 50 lower-case letters, numbers, dots, dashes or underscores
  --email         optional`;

function fail(message: string, code = 2): never {
  console.error(`admin:create: ${message}\n\n${usage}`);
  process.exit(code);
}

const options = {
  organisation: { type: "string" },
  name: { type: "string" },
  username: { type: "string" },
  email: { type: "string" },
  help: { type: "boolean" },
} as const;

let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
try {
  ({ values } = parseArgs({
    options,
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const missing = (["organisation", "name", "username"] as const).filter((k) => !values[k]?.trim());
if (missing.length) fail(`missing ${missing.map((m) => `--${m}`).join(", ")}`);

getDb(); // applies any migrations not yet applied
const result = createFirstAdmin({
  organisation: values.organisation!,
  name: values.name!,
  username: values.username!,
  email: values.email,
});
closeDb();

if (!result.ok) {
  if (result.problem === "usernameTaken") {
    fail(`the username "${result.username}" is already taken; choose another.`, 1);
  }
  fail(`check ${result.fields.map((f) => `--${f}`).join(", ")}.`);
}
console.log(
  [
    result.organisationCreated
      ? `Created the organisation "${values.organisation!.trim()}".`
      : `Using the existing organisation "${values.organisation!.trim()}".`,
    `Created the administrator ${result.username}.`,
    "",
    `One-time sign-in code: ${result.code}`,
    `It works once, until ${result.expiresAt}.`,
    `Open ${result.startUrl}, type the code and choose a password.`,
  ].join("\n"),
);
