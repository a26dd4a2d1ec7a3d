import type { ReactNode } from "react";
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  Input,
  TextArea,
} from "react-aria-components";
import { cx } from "./cx.ts";
import { FieldHelp, FieldLabel } from "./Field.tsx";
import { useFieldError } from "./formContext.ts";

export interface TextFieldProps extends Omit<AriaTextFieldProps, "className" | "children"> {
  label: ReactNode;
  description?: ReactNode;
  /** Overrides the message react-aria shows when the field is invalid. */
  errorMessage?: string;
  optional?: boolean;
  multiline?: boolean;
  narrow?: boolean;
  className?: string;
  placeholder?: string;
  inputMode?: "text" | "numeric" | "email" | "tel" | "search" | "url" | "decimal" | "none";
}

/** Text input with a visible label; errors come from the form (server) or `errorMessage`. */
export function TextField({
  label,
  description,
  errorMessage,
  optional,
  multiline,
  narrow,
  className,
  placeholder,
  inputMode,
  ...props
}: TextFieldProps) {
  const inputClass = cx("field__input", narrow && "field__input--narrow");
  const error = useFieldError(props.name, errorMessage);
  return (
    <div data-field={props.name}>
      <AriaTextField
        {...props}
        isInvalid={props.isInvalid || (error ? true : undefined)}
        className={cx("field", className)}
      >
        <FieldLabel label={label} optional={optional} />
        <FieldHelp description={description} errorMessage={error} />
        {multiline ? (
          <TextArea className={inputClass} placeholder={placeholder} />
        ) : (
          <Input className={inputClass} placeholder={placeholder} inputMode={inputMode} />
        )}
      </AriaTextField>
    </div>
  );
}
