import type { ReactNode } from "react";
import {
  Button as AriaButton,
  Select as AriaSelect,
  type Key,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
} from "react-aria-components";
import { FieldHelp, FieldLabel } from "./Field.tsx";
import { useFieldError } from "./formContext.ts";

export interface SelectOption<K extends string> {
  id: K;
  label: string;
}

export interface SelectProps<K extends string> {
  label: ReactNode;
  options: SelectOption<K>[];
  value: K | null;
  onChange: (value: K) => void;
  name?: string;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  optional?: boolean;
  placeholder?: string;
  className?: string;
  /** Visually hide the label (it is still the accessible name). */
  hideLabel?: boolean;
}

/** A drop-down list built on react-aria's Select (keyboard, type-ahead, screen readers). */
export function Select<K extends string>({
  label,
  options,
  value,
  onChange,
  name,
  description,
  errorMessage,
  isRequired,
  isDisabled,
  optional,
  placeholder,
  className,
  hideLabel,
}: SelectProps<K>) {
  const error = useFieldError(name, errorMessage);
  return (
    <div data-field={name} className={className}>
      <AriaSelect
        className="field"
        value={value}
        onChange={(key: Key | null) => {
          if (key !== null) onChange(String(key) as K);
        }}
        name={name}
        isRequired={isRequired}
        isDisabled={isDisabled}
        isInvalid={error ? true : undefined}
        placeholder={placeholder}
      >
        <div className={hideLabel ? "visually-hidden" : undefined}>
          <FieldLabel label={label} optional={optional} />
        </div>
        <FieldHelp description={description} errorMessage={error} />
        <AriaButton className="select__button">
          <SelectValue className="select__value" />
          <span aria-hidden="true" className="button__chevron">
            ▼
          </span>
        </AriaButton>
        <Popover className="popover">
          <ListBox className="listbox" items={options}>
            {(option) => (
              <ListBoxItem id={option.id} className="listbox__item" textValue={option.label}>
                {({ isSelected }) => (
                  <>
                    <span className="listbox__check" aria-hidden="true">
                      {isSelected ? "✓" : ""}
                    </span>
                    {option.label}
                  </>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </AriaSelect>
    </div>
  );
}
