import { parseDate } from "@internationalized/date";
import type { ReactNode } from "react";
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  type DateValue,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Popover,
} from "react-aria-components";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/index.ts";
import { FieldHelp, FieldLabel } from "./Field.tsx";
import { useFieldError } from "./formContext.ts";

export interface DateFieldProps {
  label: ReactNode;
  /** The day as ISO "YYYY-MM-DD", or "" for none. */
  value: string;
  onChange: (value: string) => void;
  name?: string;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
  optional?: boolean;
}

function toDate(value: string): DateValue | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A day, typed in the order and with the separators of the UI language (åååå-mm-dd in Swedish,
 * dd/mm/yyyy in English) whatever the browser's language, or picked in a calendar.
 * Each part is a spin button: type digits, or use the arrow keys.
 */
export function DateField({
  label,
  value,
  onChange,
  name,
  description,
  errorMessage,
  isRequired,
  optional,
}: DateFieldProps) {
  const { i18n } = useTranslation();
  const error = useFieldError(name, errorMessage);
  return (
    <div data-field={name}>
      <I18nProvider locale={intlLocale(i18n.language)}>
        <DatePicker
          className="field"
          name={name}
          value={toDate(value)}
          onChange={(date) => onChange(date ? date.toString() : "")}
          isRequired={isRequired}
          isInvalid={error ? true : undefined}
          granularity="day"
          shouldForceLeadingZeros
        >
          <FieldLabel label={label} optional={optional} />
          <FieldHelp description={description} errorMessage={error} />
          <Group className="date-field">
            <DateInput className="date-field__input">
              {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
            </DateInput>
            <AriaButton className="date-field__button">
              <CalendarIcon />
            </AriaButton>
          </Group>
          <Popover className="popover date-field__popover" placement="bottom end">
            <Dialog className="calendar-dialog">
              <Calendar className="calendar">
                <header className="calendar__header">
                  <AriaButton slot="previous" className="calendar__nav">
                    <span aria-hidden="true">‹</span>
                  </AriaButton>
                  <Heading className="calendar__heading" />
                  <AriaButton slot="next" className="calendar__nav">
                    <span aria-hidden="true">›</span>
                  </AriaButton>
                </header>
                <CalendarGrid className="calendar__grid">
                  {(date) => <CalendarCell date={date} className="calendar__cell" />}
                </CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </I18nProvider>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <rect
        x="2.5"
        y="4"
        width="15"
        height="13"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
