import type { ReactNode } from "react";

/**
 * A pictogram from public/icons/. Always decorative: the visible word beside it is the name,
 * so screen readers read the word once, not "image".
 */
export function Icon({ name, size = "normal" }: { name: string; size?: "normal" | "large" }) {
  return (
    <img
      src={`/icons/${name}.svg`}
      alt=""
      aria-hidden="true"
      className={size === "large" ? "icon icon--large" : "icon"}
      width={size === "large" ? 48 : 24}
      height={size === "large" ? 48 : 24}
      loading="lazy"
      decoding="async"
    />
  );
}

/** An icon with its word. */
export function WithIcon({ icon, children }: { icon: string; children: ReactNode }) {
  return (
    <span className="with-icon">
      <Icon name={icon} />
      <span>{children}</span>
    </span>
  );
}
