import type { ReactNode } from "react";

/**
 * A message that something happened ("Saved", "Sent"), announced by screen readers as it appears
 * (role="status"); "warning" for one that needs a look, "plain" for neutral news.
 */
export function Notice({
  tone = "success",
  children,
}: {
  tone?: "success" | "warning" | "plain";
  children: ReactNode;
}) {
  return (
    <div className={tone === "plain" ? "panel" : `panel panel--${tone}`} role="status">
      {children}
    </div>
  );
}
