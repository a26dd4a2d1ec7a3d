import {
  type FormEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ApiError, NetworkError } from "../app/api.ts";
import { Alert } from "./Alert.tsx";
import { Button } from "./Button.tsx";
import { cx } from "./cx.ts";
import { FieldErrorsContext } from "./formContext.ts";

/** Field errors by field name, plus messages that belong to no field. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/** What a submit handler may return: field errors found before calling the server. */
export type LocalErrors = Record<string, string | undefined | false>;

/** Whether any field of the local check has a message (then the form is not sent). */
export function anyError(errors: LocalErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * Runs a submit handler with a pending state and turns failures into FormErrors:
 * problem+json `errors[].path` goes to the field with that name (its first segment),
 * `detail` and errors for fields that are not in the form go to the summary.
 */
export function useFormSubmit() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  const submit = useCallback(
    async (handler: () => Promise<LocalErrors | unknown>) => {
      setPending(true);
      try {
        const local = (await handler()) as LocalErrors | undefined;
        const fields: Record<string, string> = {};
        for (const [name, message] of Object.entries(local ?? {})) {
          if (message) fields[name] = message;
        }
        setErrors(Object.keys(fields).length > 0 ? { fields, general: [] } : NO_ERRORS);
      } catch (error) {
        setErrors(toFormErrors(error, formRef.current, t("error.network"), t("error.unexpected")));
      } finally {
        setPending(false);
      }
    },
    [t],
  );

  const reset = useCallback(() => setErrors(NO_ERRORS), []);
  return { formRef, errors, pending, submit, reset, setErrors };
}

export function toFormErrors(
  error: unknown,
  form: HTMLElement | null,
  networkMessage: string,
  unexpectedMessage: string,
): FormErrors {
  if (error instanceof ApiError) {
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const item of error.errors) {
      const name = item.path.split(".")[0] ?? "";
      const exists = name !== "" && form?.querySelector(`[data-field="${CSS.escape(name)}"]`);
      if (exists && !fields[name]) fields[name] = item.message;
      else if (!exists) general.push(item.message);
    }
    const hasFieldErrors = Object.keys(fields).length > 0;
    if (!hasFieldErrors && error.detail && !general.includes(error.detail)) {
      general.unshift(error.detail);
    }
    if (general.length === 0 && Object.keys(fields).length === 0) {
      general.push(error.title || unexpectedMessage);
    }
    return { fields, general };
  }
  if (error instanceof NetworkError) return { fields: {}, general: [networkMessage] };
  console.error(error);
  return { fields: {}, general: [unexpectedMessage] };
}

/** Moves focus to the first field of the form that has the given name. */
export function focusField(name: string, root: ParentNode = document): void {
  const container = root.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const target = container?.querySelector<HTMLElement>(
    "input:not([type=hidden]):not([aria-hidden=true]), textarea, button, [tabindex='0']",
  );
  target?.focus();
}

export interface ErrorSummaryProps {
  errors: FormErrors;
  /** Field labels by name, so each summary line says which field it is about. */
  labels?: Record<string, string>;
  formRef?: React.RefObject<HTMLFormElement | null>;
}

/**
 * The list of errors above a form. It takes focus when it appears, and each field error
 * links to its field.
 */
export function ErrorSummary({ errors, labels = {}, formRef }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const fieldEntries = Object.entries(errors.fields);
  const visible = hasErrors(errors);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again after every failed submit
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);

  if (!visible) return null;
  const title = fieldEntries.length > 0 ? t("form.errorSummaryTitle") : t("form.failedTitle");
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {title}
      </h2>
      {errors.general.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {fieldEntries.length > 0 ? (
        <ul className="error-summary__list">
          {fieldEntries.map(([name, message]) => (
            <li key={name}>
              <a
                href={`#${name}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(name, formRef?.current ?? document);
                }}
              >
                {labels[name] ? `${labels[name]}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface AppFormProps {
  form: ReturnType<typeof useFormSubmit>;
  onSubmit: () => Promise<LocalErrors | unknown>;
  labels?: Record<string, string>;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}

/**
 * A form with the error summary on top and server/client field errors shown next to each
 * field (react-aria FieldError, linked to the input with aria-describedby).
 */
export function AppForm({ form, onSubmit, labels, children, className, ...aria }: AppFormProps) {
  return (
    <AriaForm
      ref={form.formRef}
      className={cx("form", className)}
      validationBehavior="aria"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!form.pending) void form.submit(onSubmit);
      }}
      {...aria}
    >
      <ErrorSummary errors={form.errors} labels={labels} formRef={form.formRef} />
      <FieldErrorsContext.Provider value={form.errors.fields}>
        {children}
      </FieldErrorsContext.Provider>
    </AriaForm>
  );
}

/**
 * A form's submit button and, below it, the polite status line that confirms what was saved
 * (screen readers announce it without moving focus).
 */
export function SubmitRow({
  label,
  pending,
  saved,
}: {
  label: string;
  pending: boolean;
  saved: string | null;
}) {
  return (
    <>
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={pending}>
          {label}
        </Button>
      </div>
      <div role="status">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
    </>
  );
}
