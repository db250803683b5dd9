/* The parts of the `xliff` package (locize, MIT) Own Voice uses; it ships no types. */

type XliffUnit = {
  source?: unknown;
  target?: unknown;
  note?: string | string[];
  additionalAttributes?: Record<string, string | number>;
};

type XliffDocument = {
  sourceLanguage?: string;
  targetLanguage?: string;
  resources: Record<string, Record<string, XliffUnit>>;
};

declare module "xliff/js2xliff" {
  export default function js2xliff(
    document: XliffDocument,
    options?: { indent?: string; targetXliffVersion?: "2.0" | "2.1" | "2.2" },
  ): Promise<string>;
}

declare module "xliff/xliff2js" {
  export default function xliff2js(
    xml: string,
    options?: { inlineAsString?: boolean },
  ): Promise<Partial<XliffDocument>>;
}
