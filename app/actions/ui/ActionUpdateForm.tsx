import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ActionState } from "#db/schema";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextArea } from "~/ui/Field";
import { firstValue } from "~/ui/form-values";

export type ActionUpdateResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

/** Where the form's words are: the staff's `actions` strings, or a carer's or parent's `home` ones. */
export type ActionFormWords = { page: string; states: string };
const staffWords: ActionFormWords = { page: "actions:page", states: "actions:states" };

/** Change an action's state, with a note (needed for "not done"). Works without JavaScript. */
export function ActionUpdateForm({
  states,
  result,
  words = staffWords,
}: {
  states: readonly ActionState[];
  result: ActionUpdateResult | undefined;
  words?: ActionFormWords;
}) {
  const { t } = useTranslation();
  const errors = result?.errors ?? {};
  const value = (key: string) => firstValue(result?.values, key);
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <h2>{t(`${words.page}.change`)}</h2>
      <Radios
        name="state"
        legend={t(`${words.page}.newState`)}
        error={errors.state}
        checked={value("state")}
        options={states.map((s) => ({ value: s, label: t(`${words.states}.${s}`) }))}
      />
      <TextArea
        name="note"
        label={t(`${words.page}.note`)}
        hint={t(`${words.page}.noteHint`)}
        error={errors.note}
        defaultValue={value("note")}
        rows={3}
      />
      <Button>{t(`${words.page}.save`)}</Button>
    </Form>
  );
}
