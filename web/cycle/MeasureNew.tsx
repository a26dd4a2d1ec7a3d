import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { MeasureForm } from "./plan/MeasureForm.tsx";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

/** A new measure in the year's plan; from a risk ("Planera åtgärd") it answers that risk. */
export function MeasureNew() {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const { workYear, base, reload } = useWorkYear();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const riskId = params.get("risk");
  useDocumentTitle(t("new.title"), String(workYear.year), organisation.name);

  if (!can(organisation, "cycle.manage")) {
    return (
      <>
        <PageHeading>{t("new.title")}</PageHeading>
        <p>{t("new.notAllowed")}</p>
        <p>
          <TextLink href={`${base}/atgarder`}>{t("new.back", { year: workYear.year })}</TextLink>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading intro={t("new.intro")}>
        <span id="new-measure-heading">{t("new.title")}</span>
      </PageHeading>
      <MeasureForm
        year={workYear.year}
        measure={null}
        riskId={riskId}
        labelledBy="new-measure-heading"
        onSaved={(measure) => {
          reload();
          navigate(`${base}/atgarder/${measure.id}`, {
            state: { message: t("new.created", { title: measure.title }) },
          });
        }}
        onCancel={() => navigate(riskId ? `${base}/risker` : `${base}/atgarder`)}
      />
    </>
  );
}
