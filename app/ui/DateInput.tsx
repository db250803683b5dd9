/**
 * A date as three boxes, day, month and year (the GOV.UK pattern: easier than a date picker on a
 * cheap phone and with a screen reader). `id` goes on the day box, so an error links to it; the
 * boxes post as `day`, `month` and `year`. `value` is YYYY-MM-DD, or what was typed.
 */
export function DateInput({
  id,
  value,
  labels,
}: {
  id: string;
  value: string | null | undefined;
  labels: { day: string; month: string; year: string };
}) {
  const [year = "", month = "", day = ""] = typeof value === "string" ? value.split("-") : [];
  const parts = [
    { name: "day", inputId: id, size: 2, defaultValue: day },
    { name: "month", inputId: `${id}-month`, size: 2, defaultValue: month },
    { name: "year", inputId: `${id}-year`, size: 4, defaultValue: year },
  ] as const;
  return (
    <div className="date-input">
      {parts.map((part) => (
        <div key={part.name}>
          <label className="label" htmlFor={part.inputId}>
            {labels[part.name]}
          </label>
          <input
            id={part.inputId}
            name={part.name}
            className={`input input--${part.size}`}
            inputMode="numeric"
            defaultValue={part.defaultValue}
          />
        </div>
      ))}
    </div>
  );
}
