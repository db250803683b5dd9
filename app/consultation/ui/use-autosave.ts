import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";

/**
 * With JavaScript, long answers are saved while the young person types (a second after they
 * pause), so a closed tab or a flat battery loses nothing. Without it, every step still saves.
 */
export function useAutosave(delayMs = 1000) {
  const fetcher = useFetcher<{ autosaved?: boolean }>();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLTextAreaElement) || target.dataset.autosave !== "true") return;
    const form = event.currentTarget;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const data = new FormData(form);
      data.set("intent", "autosave");
      fetcher.submit(data, { method: "post" });
    }, delayMs);
  }

  return { onChange, saved: fetcher.state === "idle" && !!fetcher.data?.autosaved };
}
