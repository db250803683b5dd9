import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";

/**
 * With JavaScript, long answers are saved while the young person types (a second after they
 * pause), so a closed tab or a flat battery loses nothing. Without it, every step still saves.
 * `everyField` saves on a change to any field of the form (the IRO's letter).
 */
export function useAutosave(delayMs = 1000, options: { everyField?: boolean } = {}) {
  const fetcher = useFetcher<{ autosaved?: boolean }>();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    const wanted = options.everyField
      ? target instanceof HTMLTextAreaElement ||
        (target instanceof HTMLInputElement && target.type !== "checkbox")
      : target instanceof HTMLTextAreaElement && target.dataset.autosave === "true";
    if (!wanted) return;
    const form = event.currentTarget;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const data = new FormData(form);
      data.set("intent", "autosave");
      fetcher.submit(data, { method: "post" });
    }, delayMs);
  }

  /** A real submit saves everything: a pending autosave must not race it. */
  const onSubmit = () => window.clearTimeout(timer.current);

  return { onChange, onSubmit, saved: fetcher.state === "idle" && !!fetcher.data?.autosaved };
}
