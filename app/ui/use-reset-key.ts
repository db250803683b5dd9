import { useEffect, useState } from "react";

/**
 * A key that changes each time a form comes back from the server, so fields that must not keep
 * what was typed (passwords) are emptied with JavaScript too, as they are without it.
 */
export function useResetKey(actionData: unknown): number {
  const [key, setKey] = useState(0);
  useEffect(() => {
    if (actionData) setKey((k) => k + 1);
  }, [actionData]);
  return key;
}
