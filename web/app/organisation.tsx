import { createContext, type ReactNode, useContext, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { orgPath } from "./api.ts";
import { can, canSee, type OrganisationSection, organisationSections } from "./navigation.ts";
import { LoadError, type Resource, useResource } from "./resource.tsx";
import { rememberOrganisation } from "./session.tsx";
import { useDocumentTitle } from "./title.ts";
import type { Organisation } from "./types.ts";

const OrganisationContext = createContext<Resource<Organisation> | null>(null);

/** Loads the organisation named in the URL, for the navigation and the pages below it. */
export function OrganisationProvider({
  organisationId,
  children,
}: {
  organisationId: string | undefined;
  children: ReactNode;
}) {
  const resource = useResource<Organisation>(organisationId ? orgPath(organisationId) : null);
  const current = resource.data && resource.data.id === organisationId ? resource : null;
  const value = organisationId ? (current ?? { ...resource, data: undefined }) : null;
  return <OrganisationContext.Provider value={value}>{children}</OrganisationContext.Provider>;
}

/** The organisation being viewed, if any and loaded (for the shell). */
export function useCurrentOrganisation(): Resource<Organisation> | null {
  return useContext(OrganisationContext);
}

/** The organisation of the page; only inside OrganisationGate, where it is loaded. */
export function useOrganisation(): {
  organisation: Organisation;
  reload: () => void;
  setOrganisation: (organisation: Organisation) => void;
} {
  const resource = useContext(OrganisationContext);
  if (!resource?.data) throw new Error("useOrganisation outside OrganisationGate");
  return {
    organisation: resource.data,
    reload: resource.reload,
    setOrganisation: resource.setData,
  };
}

/** Route element for /o/:organisationId: waits for the organisation, or explains why not. */
export function OrganisationGate() {
  const { t } = useTranslation();
  const resource = useContext(OrganisationContext);
  const organisationId = resource?.data?.id;
  useEffect(() => {
    if (organisationId) rememberOrganisation(organisationId);
  }, [organisationId]);

  if (resource?.data) return <Outlet />;
  if (resource?.error && !resource.loading) {
    return <OrganisationUnavailable error={resource.error} onRetry={resource.reload} />;
  }
  return <Loading label={t("organisation.loading")} />;
}

function OrganisationUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("organisation.unavailableTitle"));
  return (
    <>
      <PageHeading>{t("organisation.unavailableTitle")}</PageHeading>
      <LoadError error={error} onRetry={onRetry} />
    </>
  );
}

/** Shows the page only to members with a permission for it; others get an explanation. */
export function RequireSection({
  section,
  children,
}: {
  section: Pick<OrganisationSection, "anyOf">;
  children: ReactNode;
}) {
  const { organisation } = useOrganisation();
  if (canSee(organisation, section)) return <>{children}</>;
  return <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  useDocumentTitle(t("forbidden.title"), organisation.name);
  return (
    <>
      <PageHeading>{t("forbidden.title")}</PageHeading>
      <p>{t("forbidden.text", { role: t(`role.${organisation.myRole}`) })}</p>
    </>
  );
}

export function visibleSections(organisation: Organisation) {
  return organisationSections.filter((section) => canSee(organisation, section));
}

export { can };
