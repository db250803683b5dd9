import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** "← Back to …" at the top of a page; the arrow is mirrored in right-to-left languages by CSS. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to}>
        <span className="arrow" aria-hidden="true">
          ←
        </span>{" "}
        {children}
      </Link>
    </p>
  );
}
