import { createContext, useContext } from "react";

/**
 * Field errors of the enclosing AppForm, by field name. Fields read their message from here,
 * so it stays next to the field (and the layout stays put) until the next submit.
 */
export const FieldErrorsContext = createContext<Record<string, string>>({});

export function useFieldError(name: string | undefined, explicit?: string): string | undefined {
  const errors = useContext(FieldErrorsContext);
  return explicit ?? (name ? errors[name] : undefined);
}
