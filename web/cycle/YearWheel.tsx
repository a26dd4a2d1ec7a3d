import { Fragment, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { ConfirmDialog } from "../ui/Dialog.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useDay } from "./follow/shared.tsx";
import { useLabel } from "./labels.ts";
import {
  type CalendarFeed,
  STEP_MILESTONES,
  type StepMilestone,
  type WheelItem,
  type YearWheelData,
} from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (ISO days). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The year wheel: what is late, month by month, the continuous measures, calendar and reminders. */
export function YearWheel() {
  const { t } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const { workYear, apiBase } = useWorkYear();
  const wheel = useResource<YearWheelData>(`${apiBase}/wheel`);
  useDocumentTitle(t("wheel.title"), String(workYear.year), organisation.name);

  return (
    <>
      <PageHeading intro={t("wheel.intro")}>
        {t("wheel.title")} {workYear.year}
      </PageHeading>
      {wheel.error ? <LoadError error={wheel.error} onRetry={wheel.reload} /> : null}
      {!wheel.data && !wheel.error ? <Loading /> : null}
      {wheel.data ? (
        <>
          <Overdue wheel={wheel.data} />
          <Months wheel={wheel.data} />
          <Continuous wheel={wheel.data} />
        </>
      ) : null}
      <Subscription />
      <section className="section" aria-labelledby="paminnelser">
        <h2 id="paminnelser">{t("wheel.reminders.heading")}</h2>
        {wheel.data ? (
          <p>{t("wheel.reminders.text", { days: wheel.data.reminderDaysBefore })}</p>
        ) : null}
        <p>{t("wheel.reminders.noResponsible")}</p>
      </section>
    </>
  );
}

function ItemDetails({ item, showDate }: { item: WheelItem; showDate: "short" | "long" }) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const day = useDay();
  const format = useFormat();
  const { base } = useWorkYear();
  const shortDate = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "long" }),
    [format.locale],
  );
  return (
    <>
      <span className="wheel-item__date">
        {showDate === "short"
          ? shortDate.format(new Date(`${item.date}T12:00:00`))
          : day(item.date)}
      </span>
      <TextLink href={`${base}/atgarder/${item.measureId}`} className="wheel-item__title">
        {item.title}
      </TextLink>
      <span className="wheel-item__meta">
        <span className={item.kind === "due" ? "wheel-kind" : "wheel-kind wheel-kind--follow-up"}>
          {t(`wheel.kind.${item.kind}`)}
        </span>
        {" · "}
        {label(MEASURE_STATUS_LABELS[item.status])}
        {" · "}
        {item.responsible
          ? t("wheel.responsible", { name: item.responsible })
          : t("common.noResponsible")}
      </span>
    </>
  );
}

function Overdue({ wheel }: { wheel: YearWheelData }) {
  const { t } = useTranslation("cycleFollow");
  return (
    <section className="section wheel-overdue" aria-labelledby="forsenat">
      <h2 id="forsenat">{t("wheel.overdue.heading")}</h2>
      {wheel.overdue.length === 0 ? (
        <p>{t("wheel.overdue.none")}</p>
      ) : (
        <>
          <p>{t("wheel.overdue.intro", { count: wheel.overdue.length })}</p>
          <ul className="wheel-items wheel-items--overdue">
            {wheel.overdue.map((item) => {
              const late = daysBetween(item.date, wheel.today);
              return (
                <li key={`${item.measureId}-${item.kind}`} className="wheel-item">
                  <ItemDetails item={item} showDate="long" />
                  <strong className="wheel-item__late">
                    {t("wheel.overdue.daysLate", { count: late })}
                  </strong>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Whether a marker dated `date` already went before an earlier item of the month. */
function shownBefore(items: WheelItem[], item: WheelItem, date: string) {
  return items.slice(0, items.indexOf(item)).some((earlier) => date <= earlier.date);
}

/** A milestone of the year's time plan: when one of the four steps is to be done. */
function StepMarker({ step, date }: { step: StepMilestone; date: string }) {
  const { t } = useTranslation("cycleFollow");
  const format = useFormat();
  const shortDate = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { day: "numeric", month: "long" }),
    [format.locale],
  );
  return (
    <li className="wheel-item wheel-item--step">
      <span className="wheel-item__date">{shortDate.format(new Date(`${date}T12:00:00`))}</span>
      <span className="wheel-item__title">{t(`wheel.months.step.${step}`)}</span>
      <span className="wheel-item__meta">
        <span className="wheel-kind wheel-kind--step">{t("wheel.months.milestone")}</span>
      </span>
    </li>
  );
}

function Months({ wheel }: { wheel: YearWheelData }) {
  const { t } = useTranslation("cycleFollow");
  const { workYear } = useWorkYear();
  const format = useFormat();
  // The four steps' dates from the year's time plan, shown in their month among the measures.
  const steps = STEP_MILESTONES.flatMap((step) => {
    const date = workYear.stepDates[step];
    return date?.startsWith(`${wheel.year}-`) ? [{ step, date }] : [];
  });
  const monthName = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { month: "long" }),
    [format.locale],
  );
  const currentMonth = wheel.today.startsWith(`${wheel.year}-`)
    ? Number(wheel.today.slice(5, 7))
    : null;
  const name = (month: number) => {
    const text = monthName.format(new Date(wheel.year, month - 1, 15));
    return text.charAt(0).toLocaleUpperCase(format.locale) + text.slice(1);
  };

  return (
    <section className="section" aria-labelledby="manader">
      <h2 id="manader">{t("wheel.months.heading")}</h2>
      <p>{t("wheel.months.intro")}</p>
      {steps.length > 0 ? <p>{t("wheel.months.stepsFrom")}</p> : null}
      {currentMonth ? (
        <p>
          <a href={`#month-${currentMonth}`}>
            {t("wheel.months.jump", {
              month: monthName.format(new Date(wheel.year, currentMonth - 1, 15)),
            })}
          </a>
        </p>
      ) : null}
      <ol className="wheel-months">
        {wheel.months.map(({ month, items }) => {
          const current = month === currentMonth;
          const headingId = `month-${month}`;
          const milestones = steps.filter((s) => Number(s.date.slice(5, 7)) === month);
          return (
            <li
              key={month}
              className={current ? "wheel-month wheel-month--current" : "wheel-month"}
            >
              <h3 id={headingId} className="wheel-month__name">
                {name(month)}
                {current ? (
                  <span className="wheel-month__now"> {t("wheel.months.current")}</span>
                ) : null}
              </h3>
              {items.length === 0 && milestones.length === 0 ? (
                <p className="muted">{t("wheel.months.empty")}</p>
              ) : (
                <ul className="wheel-items">
                  {items.map((item) => (
                    <Fragment key={`${item.measureId}-${item.kind}-${item.date}`}>
                      {/* A step's marker comes before the measures of its day. */}
                      {milestones
                        .filter((m) => m.date <= item.date && !shownBefore(items, item, m.date))
                        .map(({ step, date }) => (
                          <StepMarker key={step} step={step} date={date} />
                        ))}
                      <li className="wheel-item">
                        <ItemDetails item={item} showDate="short" />
                      </li>
                    </Fragment>
                  ))}
                  {milestones
                    .filter((m) => !items.some((item) => m.date <= item.date))
                    .map(({ step, date }) => (
                      <StepMarker key={step} step={step} date={date} />
                    ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Continuous({ wheel }: { wheel: YearWheelData }) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const { base } = useWorkYear();
  return (
    <section className="section" aria-labelledby="lopande">
      <h2 id="lopande">{t("wheel.continuous.heading")}</h2>
      <p>{t("wheel.continuous.intro")}</p>
      {wheel.continuous.length === 0 ? (
        <p className="muted">{t("wheel.continuous.none")}</p>
      ) : (
        <ul className="wheel-items">
          {wheel.continuous.map((item) => (
            <li key={item.measureId} className="wheel-item">
              <TextLink href={`${base}/atgarder/${item.measureId}`} className="wheel-item__title">
                {item.title}
              </TextLink>
              <span className="wheel-item__meta">
                {label(MEASURE_STATUS_LABELS[item.status])}
                {" · "}
                {item.responsible
                  ? t("wheel.responsible", { name: item.responsible })
                  : t("common.noResponsible")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Subscription() {
  const { t } = useTranslation("cycleFollow");
  const day = useDay();
  const errorMessage = useErrorMessage();
  const { organisation } = useOrganisation();
  const path = orgPath(organisation.id, "calendar-feed");
  const feed = useResource<CalendarFeed>(path);
  const [url, setUrl] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlField = useRef<HTMLDivElement>(null);

  const subscribe = async () => {
    setPending(true);
    setError(null);
    setStatus(null);
    try {
      const created = await api<CalendarFeed>(path, { method: "POST" });
      feed.setData({ ...created, url: null });
      setUrl(created.url);
      setTimeout(() => urlField.current?.querySelector("input")?.focus(), 0);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("wheel.calendar.copied"));
    } catch {
      const input = urlField.current?.querySelector("input");
      input?.focus();
      input?.select();
      setStatus(t("wheel.calendar.copyManually"));
    }
  };

  return (
    <section className="section" aria-labelledby="kalender">
      <h2 id="kalender">{t("wheel.calendar.heading")}</h2>
      <p>{t("wheel.calendar.intro")}</p>
      <p>{t("wheel.calendar.personal")}</p>
      {feed.error ? <LoadError error={feed.error} onRetry={feed.reload} /> : null}
      {!feed.data && !feed.error ? <Loading /> : null}
      {error ? (
        <Alert tone="error" live="alert">
          {error}
        </Alert>
      ) : null}
      {url ? (
        <div className="card card--surface follow-calendar-url">
          <div ref={urlField}>
            <TextField
              label={t("wheel.calendar.urlLabel")}
              description={t("wheel.calendar.urlOnce")}
              value={url}
              isReadOnly
            />
          </div>
          <div className="cluster">
            <Button variant="primary" onPress={() => void copy()}>
              {t("wheel.calendar.copy")}
            </Button>
            <a className="button button--secondary" href={url.replace(/^https?:/, "webcal:")}>
              {t("wheel.calendar.open")}
            </a>
          </div>
          <p className="muted">{t("wheel.calendar.openHelp")}</p>
          <h3>{t("wheel.calendar.howTo")}</h3>
          <dl className="follow-answers">
            {(["outlook", "google", "apple"] as const).map((app) => (
              <div key={app}>
                <dt>{t(`wheel.calendar.apps.${app}.name`)}</dt>
                <dd>
                  <p>{t(`wheel.calendar.apps.${app}.steps`)}</p>
                </dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t("wheel.calendar.delay")}</p>
        </div>
      ) : null}
      <div role="status">{status ? <Alert tone="success">{status}</Alert> : null}</div>
      {feed.data ? (
        <>
          {feed.data.active && feed.data.createdAt && !url ? (
            <p>{t("wheel.calendar.active", { date: day(feed.data.createdAt) })}</p>
          ) : null}
          {!feed.data.active ? <p>{t("wheel.calendar.inactive")}</p> : null}
          <div className="cluster">
            {feed.data.active ? (
              <>
                <Button onPress={() => void subscribe()} isPending={pending}>
                  {t("wheel.calendar.newLink")}
                </Button>
                <Button onPress={() => setConfirmStop(true)}>{t("wheel.calendar.stop")}</Button>
              </>
            ) : (
              <Button variant="primary" onPress={() => void subscribe()} isPending={pending}>
                {t("wheel.calendar.subscribe")}
              </Button>
            )}
          </div>
          {feed.data.active ? <p className="muted">{t("wheel.calendar.newLinkHelp")}</p> : null}
        </>
      ) : null}
      {confirmStop ? (
        <ConfirmDialog
          title={t("wheel.calendar.stopTitle")}
          confirmLabel={t("wheel.calendar.stop")}
          action={() => api(path, { method: "DELETE" })}
          onDone={() => {
            setConfirmStop(false);
            setUrl(null);
            feed.setData({ active: false, createdAt: null, url: null });
            setStatus(t("wheel.calendar.stopped"));
          }}
          onCancel={() => setConfirmStop(false)}
        >
          <p>{t("wheel.calendar.stopText")}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
