import { parseArgs, type ParseArgsConfig } from "node:util";
import { defaultLanguage, isLanguageCode, languages } from "~/i18n/languages";

/** Parsed arguments, or the usage and exit code 2 on a mistake. */
export function readArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  usage: string,
  options: T,
  allowPositionals = false,
) {
  if (process.argv.includes("--help")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ options, strict: true, allowPositionals });
  } catch (error) {
    return fail(command, usage, error instanceof Error ? error.message : String(error));
  }
}

export function fail(command: string, usage: string, message: string): never {
  console.error(`${command}: ${message}\n\n${usage}`);
  process.exit(2);
}

/** The languages a command works on: the one named, or every translated language. */
export function chosenLanguages(command: string, usage: string, lng: string | undefined): string[] {
  const translated = languages.map((l) => l.code as string).filter((c) => c !== defaultLanguage);
  if (lng === undefined) return translated;
  if (!isLanguageCode(lng) || lng === defaultLanguage)
    fail(command, usage, `--lng must be one of ${translated.join(", ")}`);
  return [lng];
}
