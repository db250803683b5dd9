import { createContext, useContext } from "react";

/** Per-document facts the server knows before rendering: the CSP nonce, and whether a form failed. */
type DocumentState = { nonce: string; hasFormErrors: boolean };

const DocumentContext = createContext<DocumentState>({ nonce: "", hasFormErrors: false });

export const DocumentProvider = DocumentContext.Provider;

export function useDocumentState(): DocumentState {
  return useContext(DocumentContext);
}
