import type { ReactNode } from "react";
import { RadioGroup as AriaRadioGroup, Radio } from "react-aria-components";
import { FieldHelp, FieldLabel } from "./Field.tsx";

export interface RadioGroupProps<K extends string> {
  label: ReactNode;
  options: { id: K; label: string; lang?: string }[];
  value: K;
  onChange: (value: K) => void;
  name?: string;
  description?: ReactNode;
  isDisabled?: boolean;
}

export function RadioGroup<K extends string>({
  label,
  options,
  value,
  onChange,
  name,
  description,
  isDisabled,
}: RadioGroupProps<K>) {
  return (
    <div data-field={name}>
      <AriaRadioGroup
        className="field"
        // react-aria treats only null as "nothing chosen"; "" would leave no radio reachable by Tab.
        value={value === "" ? null : value}
        onChange={(next) => onChange(next as K)}
        name={name}
        isDisabled={isDisabled}
      >
        <FieldLabel label={label} />
        <FieldHelp description={description} />
        <div className="checkbox-group__options">
          {options.map((option) => (
            <Radio key={option.id} value={option.id} className="radio">
              <span className="radio__dot" />
              <span lang={option.lang}>{option.label}</span>
            </Radio>
          ))}
        </div>
      </AriaRadioGroup>
    </div>
  );
}
