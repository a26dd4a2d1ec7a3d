import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  annualCost,
  DEFAULT_ON_COST_PERCENT,
  deadlineProblem,
  latestDeadline,
} from "../../../core/pay/pay-measures.ts";
import { api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { LoadError, useResource } from "../../app/resource.tsx";
import { Button } from "../../ui/Button.tsx";
import { CheckboxGroup } from "../../ui/Checkbox.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { RadioGroup } from "../../ui/RadioGroup.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { useFigures } from "./shared.tsx";
import type { Finding, JobPeople, PayMeasure } from "./types.ts";

/** Today in Sweden, as the server counts the three years of DL 3:10 from it. */
const swedishToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** A number typed in either language: "31,42" or "31.42", spaces allowed. */
const parse = (text: string) => Number(text.replace(/\s/g, "").replace(",", "."));

/**
 * Turns an unjustified difference into a pay adjustment: who (persons picked by key from the
 * job, or a described group), how much a month, by when, and who is responsible. The cost per
 * year is worked out as the form is filled in; saving puts a measure in the action plan.
 */
export function MeasureDialog({
  finding,
  onClose,
  onCreated,
}: {
  finding: Finding;
  onClose: () => void;
  onCreated: (measure: PayMeasure) => void;
}) {
  const { t } = useTranslation("payComparisons");
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const { survey, apiBase } = usePaySurvey();
  const figures = useFigures(survey.minGroupSize);
  const form = useFormSubmit();
  const today = swedishToday();
  const latest = latestDeadline(today);
  const [target, setTarget] = useState<"persons" | "group">(
    survey.access.individual ? "persons" : "group",
  );
  const [keys, setKeys] = useState<string[]>([]);
  const [group, setGroup] = useState("");
  const [people, setPeople] = useState("");
  const [monthly, setMonthly] = useState("");
  const [onCost, setOnCost] = useState(format.number(DEFAULT_ON_COST_PERCENT));
  const [deadline, setDeadline] = useState("");
  const [responsible, setResponsible] = useState("");
  const persons = useResource<JobPeople>(
    target === "persons" ? `${apiBase}/comparisons/equal-work/${finding.jobId}/people` : null,
  );

  const count = target === "persons" ? keys.length : parse(people);
  const amount = parse(monthly);
  const onCostPercent = parse(onCost);
  const costKnown =
    Number.isInteger(count) &&
    count > 0 &&
    Number.isInteger(amount) &&
    amount > 0 &&
    onCostPercent >= 0 &&
    onCostPercent <= 100;
  const what = finding.otherJobName
    ? t("pairs.pairName", { job: finding.jobName, other: finding.otherJobName })
    : finding.jobName;
  const labels = {
    target: t("measure.target"),
    employeeKeys: t("measure.persons"),
    groupDescription: t("measure.group"),
    people: t("measure.people"),
    monthlyAdjustment: t("measure.monthly"),
    onCostPercent: t("measure.onCost"),
    deadline: t("measure.deadline"),
    responsibleTitle: t("measure.responsible"),
  };

  return (
    <ModalDialog wide title={t("measure.title", { what })} onClose={onClose}>
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          aria-label={t("measure.title", { what })}
          onSubmit={async () => {
            const deadlineIssue = deadline === "" ? "missing" : deadlineProblem(deadline, today);
            const errors = {
              employeeKeys:
                target === "persons" && keys.length === 0 && t("measure.personsMissing"),
              groupDescription: target === "group" && !group.trim() && t("measure.groupMissing"),
              people:
                target === "group" &&
                !(Number.isInteger(count) && count > 0) &&
                t("measure.peopleInvalid"),
              monthlyAdjustment:
                !(Number.isInteger(amount) && amount > 0 && amount <= 100_000) &&
                t("measure.monthlyInvalid"),
              onCostPercent:
                !(onCostPercent >= 0 && onCostPercent <= 100) && t("measure.onCostInvalid"),
              deadline:
                deadlineIssue === "missing"
                  ? t("measure.deadlineMissing")
                  : deadlineIssue === "past"
                    ? t("measure.deadlinePast")
                    : deadlineIssue === "tooLate" &&
                      t("measure.deadlineTooLate", { latest: format.date(latest) }),
              responsibleTitle: !responsible.trim() && t("measure.responsibleMissing"),
            };
            if (anyError(errors)) return errors;
            const created = await api<PayMeasure>(`${apiBase}/findings/${finding.id}/measures`, {
              method: "POST",
              body: {
                target,
                ...(target === "persons"
                  ? { employeeKeys: keys }
                  : { groupDescription: group.trim(), people: count }),
                monthlyAdjustment: amount,
                onCostPercent,
                deadline,
                responsibleTitle: responsible.trim(),
              },
            });
            onCreated(created);
          }}
        >
          <p>{t("measure.intro", { year: survey.year })}</p>
          {survey.access.individual ? (
            <RadioGroup
              name="target"
              label={labels.target}
              options={[
                { id: "persons", label: t("measure.targetPersons") },
                { id: "group", label: t("measure.targetGroup") },
              ]}
              value={target}
              onChange={setTarget}
            />
          ) : null}
          {target === "persons" ? (
            persons.error ? (
              <LoadError error={persons.error} onRetry={persons.reload} />
            ) : !persons.data ? (
              <Loading label={t("people.loading")} />
            ) : (
              <>
                <p className="muted">{t("people.logged")}</p>
                <CheckboxGroup
                  name="employeeKeys"
                  label={labels.employeeKeys}
                  description={t("measure.personsHelp", { job: finding.jobName })}
                  options={persons.data.people.map((p) => ({
                    id: p.key,
                    label: t("measure.personOption", {
                      key: p.key,
                      sex: p.sex === 1 ? t("sex.woman") : t("sex.man"),
                      pay: figures.money(p.pay),
                    }),
                  }))}
                  value={keys}
                  onChange={setKeys}
                />
              </>
            )
          ) : (
            <>
              <TextField
                name="groupDescription"
                label={labels.groupDescription}
                description={t("measure.groupHelp")}
                value={group}
                onChange={setGroup}
              />
              <TextField
                name="people"
                label={labels.people}
                inputMode="numeric"
                narrow
                value={people}
                onChange={setPeople}
              />
            </>
          )}
          <TextField
            name="monthlyAdjustment"
            label={labels.monthlyAdjustment}
            description={t("measure.monthlyHelp")}
            inputMode="numeric"
            narrow
            value={monthly}
            onChange={setMonthly}
          />
          <TextField
            name="onCostPercent"
            label={labels.onCostPercent}
            description={t("measure.onCostHelp", {
              default: format.number(DEFAULT_ON_COST_PERCENT),
            })}
            inputMode="decimal"
            narrow
            value={onCost}
            onChange={setOnCost}
          />
          <p role="status" className="comparisons-cost">
            {costKnown
              ? t("measure.cost", {
                  cost: figures.money(annualCost(count, amount, onCostPercent)),
                  people: count,
                  amount: figures.money(amount),
                  onCost: format.number(onCostPercent),
                })
              : t("measure.costUnknown")}
          </p>
          <DateField
            name="deadline"
            label={labels.deadline}
            description={t("measure.deadlineHelp", { latest: format.date(latest) })}
            value={deadline}
            onChange={setDeadline}
          />
          <TextField
            name="responsibleTitle"
            label={labels.responsibleTitle}
            description={t("measure.responsibleHelp")}
            value={responsible}
            onChange={setResponsible}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{tCommon("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("measure.save")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
