import { useRootData } from "~/root-data";

/** The hidden CSRF token every form posts (checked by readForm on the server). */
export function CsrfInput() {
  const root = useRootData();
  return <input type="hidden" name="csrf" value={root?.csrfToken ?? ""} />;
}
