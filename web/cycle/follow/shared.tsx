import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { can, useOrganisation } from "../../app/organisation.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../../ui/Form.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { WorkYear } from "../types.ts";
import { useWorkYear } from "../YearLayout.tsx";
import "./follow.css";

/**
 * Formats a day the user's way: an ISO day ("2026-03-15") as that day whatever the time zone,
 * a point in time ("2026-03-15T08:30:00Z") as the day it was where the user is.
 */
export function useDay() {
  const format = useFormat();
  return useCallback(
    (iso: string) => format.date(iso.length === 10 ? `${iso}T12:00:00` : iso),
    [format],
  );
}

/** Whether the user may change the year's contents (HR and administrators). */
export function useMayManage(): boolean {
  const { organisation } = useOrganisation();
  return can(organisation, "cycle.manage");
}

/**
 * Runs a save whose 409 answer (someone else saved first) becomes a conflict message next to
 * the form, instead of a form error; the form stays as the user left it.
 */
export function useConflict() {
  const [state, setState] = useState<{ message: string } | "reloaded" | null>(null);
  const guard = useCallback(async (save: () => Promise<void>): Promise<void> => {
    setState(null);
    try {
      await save();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setState({ message: error.detail ?? error.title });
        return;
      }
      throw error;
    }
  }, []);
  const reloaded = useCallback(() => setState("reloaded"), []);
  return { state, guard, reloaded };
}

/**
 * After a conflict: the server's message, that what the user typed is kept, and "Reload";
 * after the reload, a note to look it over and save again.
 */
export function ConflictAlert({
  conflict,
  onReload,
}: {
  conflict: ReturnType<typeof useConflict>;
  onReload: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { state } = conflict;
  return (
    <div role="alert">
      {state === "reloaded" ? (
        <Alert tone="info" focusOnMount>
          {t("conflict.reloaded")}
        </Alert>
      ) : state ? (
        <Alert tone="warning">
          <p>{state.message}</p>
          <p>{t("conflict.kept")}</p>
          <Button
            onPress={() => {
              onReload();
              conflict.reloaded();
            }}
          >
            {t("conflict.reload")}
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}

/** Free text as the user wrote it (line breaks kept), or a note that nothing is written. */
export function TextBlock({ text, empty }: { text: string | null | undefined; empty?: string }) {
  const { t } = useTranslation("cycleFollow");
  if (!text?.trim()) return <p className="muted">{empty ?? t("common.notWritten")}</p>;
  return <p className="follow-text">{text}</p>;
}

export interface YearTextField {
  key: string;
  label: string;
  description?: ReactNode;
  /** Only needed in some cases (an area's conclusion); the others count in the checklist. */
  optional?: boolean;
}

export interface YearTextGroup {
  /** A heading (h3) above the group's fields, if the form has several groups. */
  heading?: string;
  fields: YearTextField[];
}

export interface YearTextsFormProps {
  groups: YearTextGroup[];
  /** The texts as saved in the work year, by field key. */
  read: (workYear: WorkYear) => Record<string, string>;
  /** The PATCH body (without version) for the changed texts. */
  body: (changed: Record<string, string>) => Record<string, unknown>;
  submitLabel: string;
  savedMessage: string;
  /** Names the form for screen readers: the id of the section's heading. */
  labelledBy: string;
}

/**
 * Texts of the work year (follow-up answers, area conclusions, statements). HR and admins edit
 * them; others read them. Only changed texts are sent, with the version the user saw; when the
 * year is loaded again (after a save or a conflict) the texts the user has not touched take
 * the saved value and the ones they changed stay as they typed them.
 */
export function YearTextsForm({
  groups,
  read,
  body,
  submitLabel,
  savedMessage,
  labelledBy,
}: YearTextsFormProps) {
  const { workYear, setWorkYear, reload, apiBase } = useWorkYear();
  const mayManage = useMayManage();
  const form = useFormSubmit();
  const conflict = useConflict();
  const [values, setValues] = useState(() => read(workYear));
  const base = useRef(values);
  const [saved, setSaved] = useState<string | null>(null);
  const { t } = useTranslation("cycleFollow");

  // biome-ignore lint/correctness/useExhaustiveDependencies: sync only when a new version arrives
  useEffect(() => {
    const server = read(workYear);
    const previous = base.current;
    base.current = server;
    setValues((current) => {
      const next: Record<string, string> = {};
      for (const key of new Set([...Object.keys(server), ...Object.keys(current)])) {
        next[key] = current[key] === previous[key] ? (server[key] ?? "") : (current[key] ?? "");
      }
      return next;
    });
  }, [workYear.version]);

  if (!mayManage) {
    return (
      <>
        {groups.map((group) => (
          <div key={group.heading ?? "texts"}>
            {group.heading ? <h3>{group.heading}</h3> : null}
            <dl className="follow-answers">
              {group.fields.map((field) => (
                <div key={field.key}>
                  <dt>{field.label}</dt>
                  <dd>
                    <TextBlock text={read(workYear)[field.key]} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </>
    );
  }

  return (
    <AppForm
      form={form}
      aria-labelledby={labelledBy}
      onSubmit={() =>
        conflict.guard(async () => {
          setSaved(null);
          const changed: Record<string, string> = {};
          for (const [key, value] of Object.entries(values)) {
            if (value.trim() !== (base.current[key] ?? "").trim()) changed[key] = value.trim();
          }
          if (Object.keys(changed).length === 0) {
            setSaved(t("common.nothingChanged"));
            return;
          }
          const updated = await api<WorkYear>(apiBase, {
            method: "PATCH",
            body: { version: workYear.version, ...body(changed) },
          });
          setWorkYear(updated);
          setSaved(savedMessage);
        })
      }
    >
      {groups.map((group) => (
        <div key={group.heading ?? "texts"} className="follow-fields">
          {group.heading ? <h3>{group.heading}</h3> : null}
          {group.fields.map((field) => (
            <TextField
              key={field.key}
              name={field.key}
              label={field.label}
              description={field.description}
              multiline
              optional={field.optional}
              value={values[field.key] ?? ""}
              onChange={(value) => {
                setSaved(null);
                setValues((current) => ({ ...current, [field.key]: value }));
              }}
            />
          ))}
        </div>
      ))}
      <ConflictAlert conflict={conflict} onReload={reload} />
      <SubmitRow label={submitLabel} pending={form.pending} saved={saved} />
    </AppForm>
  );
}
