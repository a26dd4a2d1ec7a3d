import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { lastOrganisation, useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { LinkButton } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";

/** "/": the last used organisation, the first one, or a welcome for someone with none. */
export function Start() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t("start.title"));
  const organisations = session.organisations;
  if (organisations.length > 0) {
    const last = lastOrganisation();
    const target = organisations.find((o) => o.id === last) ?? organisations[0];
    if (target) return <Navigate to={`/o/${target.id}`} replace />;
  }
  return (
    <>
      <PageHeading intro={t("start.intro")}>
        {t("start.heading", { name: session.user?.name ?? "" })}
      </PageHeading>
      <p>{t("start.invitationHint")}</p>
      <p>{t("start.createHint")}</p>
      <LinkButton variant="primary" href="/ny-organisation">
        {t("nav.newOrganisation")}
      </LinkButton>
    </>
  );
}
