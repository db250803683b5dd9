import { createContext, useContext } from "react";

/** Per-document facts the server knows before rendering: the CSP nonce, and whether a form failed. */
type DocumentState = { nonce: string; hasFormErrors: boolean };

const DocumentContext = createContext<DocumentState>({ nonce: "", hasFormErrors: false });

export const DocumentProvider = DocumentContext.Provider;

export function useDocumentState(): DocumentState {
  return useContext(DocumentContext);
}

const hasErrors = (data: unknown) =>
  !!data &&
  typeof data === "object" &&
  "errors" in data &&
  !!data.errors &&
  typeof data.errors === "object" &&
  Object.keys(data.errors).length > 0;

/**
 * Did a form on this page fail? A posted form answers with its errors in action data; a GET form
 * (filters) in its loader's data. Either way the page title starts with "Error:".
 */
export function documentHasFormErrors(state: {
  actionData?: Record<string, unknown> | null;
  loaderData?: Record<string, unknown> | null;
}): boolean {
  return (
    Object.values(state.actionData ?? {}).some(hasErrors) ||
    Object.values(state.loaderData ?? {}).some(hasErrors)
  );
}
