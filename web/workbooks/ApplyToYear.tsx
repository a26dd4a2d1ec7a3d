import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, orgPath } from "../app/api.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useErrorMessage } from "../app/resource.tsx";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { Select } from "../ui/Select.tsx";

/** The year the answers were put into, as POST …/runs/:runId/year answers. */
interface FilledYear {
  year: number;
  created: boolean;
}

const thisYear = () =>
  Number(new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 4));

/**
 * Fills in this year's (or next year's) work in the yearly cycle from the run's answers:
 * working group, cooperation, investigation methods and the dates of the four steps. The
 * year is started if it is not there. What is missing is listed with links to the parts.
 */
export function ApplyToYear({ runId, onApplied }: { runId: string; onApplied?: () => void }) {
  const { t } = useTranslation("workbooks");
  const errorMessage = useErrorMessage();
  const { organisation } = useOrganisation();
  const current = thisYear();
  const [year, setYear] = useState(current);
  const [pending, setPending] = useState(false);
  const [filled, setFilled] = useState<FilledYear | null>(null);
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  if (!can(organisation, "cycle.manage")) return <p>{t("applyToYear.onlyManagers")}</p>;

  const apply = async () => {
    setPending(true);
    setFilled(null);
    setProblems([]);
    setError(null);
    try {
      const result = await api<FilledYear>(
        orgPath(organisation.id, "workbooks", "runs", runId, "year"),
        { method: "POST", body: { year } },
      );
      setFilled(result);
      onApplied?.();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422 && failure.errors.length > 0)
        setProblems(failure.errors);
      else setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const runBase = `/o/${organisation.id}/arbetsbocker/korningar/${runId}`;
  return (
    <div>
      <div className="cluster" style={{ alignItems: "end" }}>
        <Select
          label={t("applyToYear.yearLabel")}
          options={[current, current + 1].map((y) => ({ id: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
        />
        <Button variant="primary" onPress={() => void apply()} isPending={pending}>
          {t("applyToYear.button", { year })}
        </Button>
      </div>
      <div role="status">
        {filled ? (
          <Alert tone="success">
            <p>
              {filled.created
                ? t("applyToYear.created", { year: filled.year })
                : t("applyToYear.filled", { year: filled.year })}
            </p>
            <p>
              <TextLink href={`/o/${organisation.id}/aktiva-atgarder/${filled.year}`}>
                {t("applyToYear.toYear", { year: filled.year })}
              </TextLink>
            </p>
          </Alert>
        ) : null}
      </div>
      {problems.length > 0 ? (
        <Alert tone="error" live="alert">
          <p>
            <strong>{t("applyToYear.problems", { year, count: problems.length })}</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.path}-${problem.message}`}>
                <TextLink href={`${runBase}/${problem.path.split("/")[0]}`}>
                  {problem.message}
                </TextLink>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" live="alert">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
