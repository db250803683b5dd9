import type { ReactNode } from "react";

/** A short label beside a name or date ("Overdue", "Needs interpreter"): words, never colour alone. */
export function Tag({ tone, children }: { tone?: "overdue" | "soon"; children: ReactNode }) {
  return <span className={tone ? `tag tag--${tone}` : "tag"}>{children}</span>;
}
