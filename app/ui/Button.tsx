import { Link, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "warning" | "link";

function classes(variant: Variant, extra?: string) {
  return ["button", variant === "primary" ? "" : `button--${variant}`, extra]
    .filter(Boolean)
    .join(" ");
}

/** A button at least 44 px square (WCAG 2.2 target size), type="submit" unless told otherwise. */
export function Button({
  variant = "primary",
  className,
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={classes(variant, className)} {...props} />;
}

export function ButtonLink({
  variant = "primary",
  className,
  ...props
}: LinkProps & { variant?: Variant }) {
  return <Link className={classes(variant, className)} {...props} />;
}
