import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { orgPath, query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { AuditEvent, AuditFacets, AuditPage, Unit } from "../app/types.ts";
import { Button } from "../ui/Button.tsx";
import { DateField } from "../ui/DateField.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { useRoleLabel } from "./labels.ts";

const ALL = "__all__";

interface Filters {
  actorId: string;
  entityType: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actorId: ALL, entityType: ALL, from: "", to: "" };

function filterParams(filters: Filters) {
  return {
    actorId: filters.actorId === ALL ? undefined : filters.actorId,
    entityType: filters.entityType === ALL ? undefined : filters.entityType,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
}

export function AuditTrail() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const format = useFormat();
  // Everyone in the trail, also people who have left, and every type of change in it.
  const facets = useResource<AuditFacets>(orgPath(organisation.id, "audit-events", "facets"));
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const events = useResource<AuditPage>(
    orgPath(organisation.id, "audit-events") + query({ ...filterParams(filters), page }),
  );
  useDocumentTitle(t("nav.audit"), organisation.name);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const csvHref = orgPath(organisation.id, "audit-events.csv") + query(filterParams(filters));
  const collator = new Intl.Collator(format.locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);
  const actorOptions = [
    { id: ALL, label: t("audit.allPeople") },
    ...(facets.data?.actors ?? []).map((a) => ({ id: a.id, label: a.name })).sort(byLabel),
  ];
  // Types the app knows by name are translated; a new type shows as the server names it.
  const typeOptions = [
    { id: ALL, label: t("audit.allTypes") },
    ...(facets.data?.entityTypes ?? [])
      .map((type) => ({ id: type, label: t(`audit.entityType.${type}`, { defaultValue: type }) }))
      .sort(byLabel),
  ];
  const data = events.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;

  return (
    <>
      <PageHeading intro={t("audit.intro")}>{t("nav.audit")}</PageHeading>

      <section aria-labelledby="audit-filter-heading" className="filters">
        <h2 id="audit-filter-heading" className="filters__heading">
          {t("audit.filterHeading")}
        </h2>
        <form className="filters__form" onSubmit={apply} aria-labelledby="audit-filter-heading">
          <Select
            name="actorId"
            label={t("audit.person")}
            options={actorOptions}
            value={draft.actorId}
            onChange={(actorId) => setDraft({ ...draft, actorId })}
          />
          <Select
            name="entityType"
            label={t("audit.type")}
            options={typeOptions}
            value={draft.entityType}
            onChange={(entityType) => setDraft({ ...draft, entityType })}
          />
          <DateField
            name="from"
            label={t("audit.from")}
            value={draft.from}
            onChange={(from) => setDraft({ ...draft, from })}
          />
          <DateField
            name="to"
            label={t("audit.to")}
            value={draft.to}
            onChange={(to) => setDraft({ ...draft, to })}
          />
          <div className="form__actions filters__actions">
            <Button type="submit" variant="primary">
              {t("audit.applyFilters")}
            </Button>
            <Button
              onPress={() => {
                setDraft(NO_FILTERS);
                setFilters(NO_FILTERS);
                setPage(1);
              }}
            >
              {t("audit.clearFilters")}
            </Button>
          </div>
        </form>
      </section>

      <section className="section" aria-labelledby="audit-results-heading">
        <div className="results-header">
          <h2 id="audit-results-heading">
            {data ? t("audit.count", { count: data.total }) : t("audit.resultsHeading")}
          </h2>
          <a className="button button--secondary" href={csvHref} download>
            {t("audit.exportCsv")}
          </a>
        </div>
        <div role="status" className="visually-hidden">
          {data && !events.loading ? t("audit.count", { count: data.total }) : ""}
        </div>
        {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
        {data ? (
          data.events.length === 0 ? (
            <p>{t("audit.none")}</p>
          ) : (
            <>
              <EventTable events={data.events} units={units.data ?? []} />
              {pages > 1 ? (
                <nav className="pagination" aria-label={t("audit.pagination")}>
                  <Button isDisabled={page <= 1} onPress={() => setPage(page - 1)}>
                    {t("audit.previous")}
                  </Button>
                  <span>{t("audit.pageOf", { page, pages })}</span>
                  <Button isDisabled={page >= pages} onPress={() => setPage(page + 1)}>
                    {t("audit.next")}
                  </Button>
                </nav>
              ) : null}
            </>
          )
        ) : events.error ? null : (
          <Loading />
        )}
      </section>
    </>
  );
}

function EventTable({ events, units }: { events: AuditEvent[]; units: Unit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table
      caption={t("audit.caption")}
      hideCaption
      className="audit-table"
      columns={[
        { key: "at", label: t("audit.when") },
        { key: "actor", label: t("audit.who") },
        { key: "what", label: t("audit.what") },
        { key: "changes", label: t("audit.changes") },
      ]}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <Cell label={t("audit.when")}>{format.dateTime(event.at)}</Cell>
          <Cell label={t("audit.who")}>{event.actor?.name ?? t("audit.system")}</Cell>
          <Cell label={t("audit.what")}>
            <EventSummary event={event} />
          </Cell>
          <Cell label={t("audit.changes")}>
            <Changes event={event} units={units} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

/** The before/after object of an event as a record (every writer uses camelCase keys). */
function asRecord(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return value as Record<string, unknown>;
}

function EventSummary({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const entity = t(`audit.entity.${event.entityType}`, { defaultValue: event.entityType });
  const subject = asRecord(event.after ?? event.before);
  const name = subject.name ?? subject.email ?? subject.year;
  return (
    <>
      {t(`audit.action.${event.action}`, { entity })}
      {typeof name === "string" || typeof name === "number" ? (
        <>
          <br />
          <strong>{String(name)}</strong>
        </>
      ) : null}
    </>
  );
}

/** Fields that say nothing to a reader of the trail. */
const HIDDEN_FIELDS = new Set([
  "id",
  "organisationId",
  "userId",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "passwordHash",
  "tokenHash",
]);

function Changes({ event, units }: { event: AuditEvent; units: Unit[] }) {
  const { t } = useTranslation();
  const formatValue = useValueFormatter(units);
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !HIDDEN_FIELDS.has(key),
  );
  const changed = keys.filter((key) => {
    if (event.action === "create") return after[key] !== undefined && after[key] !== null;
    if (event.action === "delete") return before[key] !== undefined && before[key] !== null;
    return JSON.stringify(before[key]) !== JSON.stringify(after[key]);
  });
  if (changed.length === 0) return <span className="muted">{t("audit.noDetails")}</span>;
  return (
    <dl className="diff">
      {changed.map((key) => (
        <div key={key} className="diff__row">
          <dt>{t(`audit.field.${key}`, { defaultValue: key })}</dt>
          <dd>
            {event.action === "update" ? (
              <>
                <span className="visually-hidden">{t("audit.changedFrom")} </span>
                <del className="diff__before">{formatValue(key, before[key])}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t("audit.changedTo")} </span>
                <ins className="diff__after">{formatValue(key, after[key])}</ins>
              </>
            ) : event.action === "create" ? (
              formatValue(key, after[key])
            ) : (
              <del className="diff__before">{formatValue(key, before[key])}</del>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function useValueFormatter(units: Unit[]) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const one = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("audit.empty");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "number") return key === "year" ? String(value) : format.number(value);
    if (typeof value === "string") {
      if (key === "role") return roleLabel(value as Parameters<typeof roleLabel>[0]);
      if (key === "sector") return t(`sector.${value}`, { defaultValue: value });
      if (key === "locale") return t(`language.name.${value}`, { defaultValue: value });
      if (key === "parentId" || key === "unitId") return unitNames.get(value) ?? value;
      if (ISO_DATE_TIME.test(value)) return format.dateTime(value);
      return value;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return t("audit.empty");
      return format.list(
        value.map((item) => (key === "unitIds" ? one("unitId", item) : one(key, item))),
      );
    }
    return JSON.stringify(value);
  };
  return one;
}
