import type { Organisation } from "./types.ts";

/**
 * The pages of one organisation, in navigation order. The shell's navigation, the overview's
 * shortcuts and the router are all driven by this list; a capability (cycle, learning, …)
 * adds its pages here and its components in router.tsx.
 */
export interface OrganisationSection {
  /** Path below /o/:organisationId ("" is the overview). */
  path: string;
  /** i18n key of the navigation label and page title. */
  labelKey: string;
  /** i18n key of the one-sentence description on the overview. */
  descriptionKey: string;
  /** The user needs at least one of these permissions; empty means every member. */
  anyOf: string[];
}

export const organisationSections = [
  { path: "", labelKey: "nav.overview", descriptionKey: "overview.description", anyOf: [] },
  {
    path: "aktiva-atgarder",
    labelKey: "nav.cycle",
    descriptionKey: "cycle.description",
    anyOf: ["cycle.read"],
  },
  {
    path: "larande",
    labelKey: "nav.learning",
    descriptionKey: "learning.description",
    anyOf: ["learning.take"],
  },
  {
    path: "arbetsbocker",
    labelKey: "nav.workbooks",
    descriptionKey: "workbooks.description",
    anyOf: ["workbooks.edit"],
  },
  {
    path: "lonekartlaggning",
    labelKey: "nav.pay",
    descriptionKey: "pay.description",
    anyOf: ["pay.readAggregate"],
  },
  {
    path: "utbildningar",
    labelKey: "nav.events",
    descriptionKey: "events.description",
    anyOf: ["events.manage"],
  },
  {
    path: "stod",
    labelKey: "nav.support",
    descriptionKey: "support.description",
    anyOf: [],
  },
  {
    path: "medlemmar",
    labelKey: "nav.members",
    descriptionKey: "members.description",
    anyOf: ["members.read"],
  },
  {
    path: "enheter",
    labelKey: "nav.units",
    descriptionKey: "units.description",
    anyOf: ["units.read"],
  },
  {
    path: "installningar",
    labelKey: "nav.settings",
    descriptionKey: "settings.description",
    anyOf: ["organisation.update", "headcount.update"],
  },
  {
    path: "handelselogg",
    labelKey: "nav.audit",
    descriptionKey: "audit.description",
    anyOf: ["audit.read"],
  },
  {
    path: "utgaende-epost",
    labelKey: "nav.outbox",
    descriptionKey: "outbox.description",
    anyOf: ["outbox.read"],
  },
] as const satisfies readonly OrganisationSection[];

export type OrganisationSectionPath = (typeof organisationSections)[number]["path"];

export function can(organisation: Pick<Organisation, "permissions">, permission: string): boolean {
  return organisation.permissions.includes(permission);
}

export function canSee(
  organisation: Pick<Organisation, "permissions">,
  section: Pick<OrganisationSection, "anyOf">,
): boolean {
  return section.anyOf.length === 0 || section.anyOf.some((p) => can(organisation, p));
}

export function sectionHref(organisationId: string, path: string): string {
  return path ? `/o/${organisationId}/${path}` : `/o/${organisationId}`;
}
