import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";

/**
 * With JavaScript, long answers are saved while the young person types (a second after they
 * pause), so a closed tab or a flat battery loses nothing. Without it, every step still saves.
 * `everyField` saves on a change to any field of the form (the IRO's letter).
 *
 * A save belongs to the page it was typed on: it is posted to that page's address, and a save
 * still waiting when the person moves on (Next, Back, a link) is dropped, because the real submit
 * has saved it. Otherwise a slow phone could post one question's words as the next question's
 * answer.
 */
export function useAutosave(delayMs = 1000, options: { everyField?: boolean } = {}) {
  const fetcher = useFetcher<{ autosaved?: boolean }>();
  const timer = useRef<number | undefined>(undefined);
  const location = useLocation();
  const here = location.pathname + location.search;
  useEffect(() => () => window.clearTimeout(timer.current), [here]);

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    const wanted = options.everyField
      ? target instanceof HTMLTextAreaElement ||
        (target instanceof HTMLInputElement && target.type !== "checkbox")
      : target instanceof HTMLTextAreaElement && target.dataset.autosave === "true";
    if (!wanted) return;
    const form = event.currentTarget;
    const typedOn = here;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const data = new FormData(form);
      data.set("intent", "autosave");
      fetcher.submit(data, { method: "post", action: typedOn });
    }, delayMs);
  }

  /** A real submit saves everything: a pending autosave must not race it. */
  const onSubmit = () => window.clearTimeout(timer.current);

  return { onChange, onSubmit, saved: fetcher.state === "idle" && !!fetcher.data?.autosaved };
}
