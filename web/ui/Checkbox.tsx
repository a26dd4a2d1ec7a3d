import type { ReactNode } from "react";
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  type CheckboxProps as AriaCheckboxProps,
} from "react-aria-components";
import { cx } from "./cx.ts";
import { FieldHelp, FieldLabel } from "./Field.tsx";
import { useFieldError } from "./formContext.ts";

function CheckMark() {
  return (
    <svg className="checkbox__mark" viewBox="0 0 18 18" aria-hidden="true">
      <polyline points="2 9 7 14 16 4" />
    </svg>
  );
}

export interface CheckboxProps extends Omit<AriaCheckboxProps, "className" | "children"> {
  children: ReactNode;
  className?: string;
}

export function Checkbox({ children, className, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className={cx("checkbox", className)}>
      {({ isSelected }) => (
        <>
          <span className="checkbox__box">{isSelected ? <CheckMark /> : null}</span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

export interface CheckboxGroupProps {
  label: ReactNode;
  options: { id: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  name?: string;
  description?: ReactNode;
  errorMessage?: string;
  optional?: boolean;
}

/** A group of checkboxes with a group label (role="group", labelled). */
export function CheckboxGroup({
  label,
  options,
  value,
  onChange,
  name,
  description,
  errorMessage,
  optional,
}: CheckboxGroupProps) {
  const error = useFieldError(name, errorMessage);
  return (
    <div data-field={name}>
      <AriaCheckboxGroup
        className="field"
        value={value}
        onChange={onChange}
        name={name}
        isInvalid={error ? true : undefined}
      >
        <FieldLabel label={label} optional={optional} />
        <FieldHelp description={description} errorMessage={error} />
        <div className="checkbox-group__options">
          {options.map((option) => (
            <Checkbox key={option.id} value={option.id}>
              {option.label}
            </Checkbox>
          ))}
        </div>
      </AriaCheckboxGroup>
    </div>
  );
}
