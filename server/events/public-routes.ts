import formbody from "@fastify/formbody";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { calendarInvite } from "../../core/events/calendar.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import type { Locale } from "../platform/i18n.ts";
import { contentDisposition } from "../reports/index.ts";
import { listFiles, publicFile } from "./files.ts";
import { EVENTS_PATH, eventLinks, registrationIdOf } from "./links.ts";
import { renderEvaluationForm } from "./pages/evaluation-page.ts";
import { renderEventPage } from "./pages/event-page.ts";
import { postedRegistration } from "./pages/form.ts";
import { PAGE_STYLE_HASH } from "./pages/layout.ts";
import { renderEventList } from "./pages/list-page.ts";
import {
  NOTICES,
  renderConfirm,
  renderMyRegistration,
  renderNotice,
  renderRegistered,
} from "./pages/notice-pages.ts";
import type { FormState, PageContext } from "./pages/views.ts";
import {
  cancelRegistration,
  confirmRegistration,
  evaluationRefusal,
  findRegistration,
  register,
  submitEvaluation,
} from "./registrations.ts";
import {
  EVENT_COLUMNS,
  eventsContext,
  findPublicEvent,
  NO_SEATS,
  type StoredEvent,
  seatCounts,
  stateOf,
  toStoredEvent,
} from "./stored.ts";

/**
 * The public pages of training events: server-rendered HTML that works without JavaScript
 * (pages/ renders them), with plain form posts. No sign-in: a registrant's own pages are
 * reached through the signed link in their mails. The pages show no participant data.
 */
export const publicEventRoutes: FastifyPluginAsync = async (app) => {
  const { db, config } = app.ctx;
  const links = eventLinks(config.publicUrl, config.secret);
  const context = eventsContext(config);
  // Relative paths in pages, so they work behind any host name.
  const path = (url: string) => url.slice(config.publicUrl.length);
  const scoped = (organisationId: string) => forOrganisation(db, organisationId);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  // Pages, not API: left out of the OpenAPI document.
  app.addHook("onRoute", (route) => {
    route.schema = { ...route.schema, hide: true };
  });

  /** ?lang=en or ?lang=sv chooses the language; otherwise the browser's. */
  function localeOf(request: FastifyRequest): Locale {
    const lang = (request.query as { lang?: string } | undefined)?.lang;
    return lang === "en" || lang === "sv" ? lang : request.locale;
  }

  async function pageContext(
    request: FastifyRequest,
    organisationId: string,
  ): Promise<PageContext> {
    const locale = localeOf(request);
    const organisation = await db
      .selectFrom("organisations")
      .select("organisations.name")
      .where("organisations.id", "=", organisationId)
      .executeTakeFirstOrThrow();
    const url = new URL(request.url, "http://x");
    url.searchParams.set("lang", locale === "sv" ? "en" : "sv");
    return {
      locale,
      organisation: { name: organisation.name, eventsUrl: path(links.list(organisationId)) },
      languageUrl: `${url.pathname}${url.search}`,
    };
  }

  /** The page as HTML, its inline style allowed by hash, never cached (it shows live seats). */
  function send(reply: FastifyReply, page: string, status = 200) {
    const csp = String(reply.getHeader("content-security-policy") ?? "");
    return reply
      .code(status)
      .header(
        "content-security-policy",
        csp.replace("style-src 'self'", `style-src 'self' ${PAGE_STYLE_HASH}`),
      )
      .header("cache-control", "no-store")
      .type("text/html; charset=utf-8")
      .send(page);
  }

  async function invalidLink(request: FastifyRequest, reply: FastifyReply) {
    const locale = localeOf(request);
    return send(
      reply,
      renderNotice({
        locale,
        organisation: { name: "Aktiva", eventsUrl: "/" },
        languageUrl: `${request.url.split("?")[0]}?lang=${locale === "sv" ? "en" : "sv"}`,
        ...NOTICES.invalidLink,
      }),
      404,
    );
  }

  const publicEvent = (event: StoredEvent) => ({ ...event.details, id: event.id });

  async function eventPage(
    request: FastifyRequest,
    reply: FastifyReply,
    event: StoredEvent,
    form?: FormState,
    status = 200,
  ) {
    const counts =
      (await seatCounts(scoped(event.organisationId), [event.id])).get(event.id) ?? NO_SEATS;
    const now = new Date();
    return send(
      reply,
      renderEventPage({
        ...(await pageContext(request, event.organisationId)),
        event: publicEvent(event),
        state: stateOf(event, counts.confirmed, now),
        closesAt: event.closesAt ?? event.startsAt ?? now,
        ...(form ? { form } : {}),
        files: await fileLinks(event),
        actions: { register: path(`${links.event(event.id)}/anmalan`) },
      }),
      status,
    );
  }

  app.get<{ Params: { organisationId: string } }>(
    `${EVENTS_PATH}/arrangor/:organisationId`,
    async (request, reply) => {
      const { organisationId } = request.params;
      if (!UUID.test(organisationId)) return invalidLink(request, reply);
      const exists = await db
        .selectFrom("organisations")
        .select("organisations.id")
        .where("organisations.id", "=", organisationId)
        .executeTakeFirst();
      if (!exists) return invalidLink(request, reply);
      const now = new Date();
      const tenant = scoped(organisationId);
      const rows = await tenant
        .selectFrom("events")
        .select([...EVENT_COLUMNS])
        .where("events.status", "in", ["published", "cancelled"])
        .where("events.ends_at", ">", now)
        .orderBy("events.starts_at")
        .execute();
      const events = rows.map((row) => toStoredEvent(row as Parameters<typeof toStoredEvent>[0]));
      const counts = await seatCounts(
        scoped(organisationId),
        events.map((e) => e.id),
      );
      return send(
        reply,
        renderEventList({
          ...(await pageContext(request, organisationId)),
          events: events.map((event) => ({
            event: publicEvent(event),
            state: stateOf(event, counts.get(event.id)?.confirmed ?? 0, now),
            closesAt: event.closesAt ?? event.startsAt ?? now,
            url: path(links.event(event.id)),
          })),
        }),
      );
    },
  );

  /** A published, cancelled or held event; a draft is not public. */
  async function visibleEvent(eventId: string): Promise<StoredEvent | null> {
    if (!UUID.test(eventId)) return null;
    const found = await findPublicEvent(db, eventId);
    return found && found.event.status !== "draft" ? found.event : null;
  }

  /** The event's files as links on its page, with size and format in the text. */
  async function fileLinks(event: StoredEvent) {
    const files = await listFiles(scoped(event.organisationId), event.id);
    const link = (f: (typeof files)[number]) => ({
      href: path(`${links.event(event.id)}/filer/${f.id}`),
      text: `${f.fileName} (${Math.max(1, Math.round(f.size / 1024))} kB)`,
    });
    return {
      preReading: files.filter((f) => f.kind === "preReading").map(link),
      homework: files.filter((f) => f.kind === "homework").map(link),
    };
  }

  app.get<{ Params: { eventId: string; fileId: string } }>(
    `${EVENTS_PATH}/:eventId/filer/:fileId`,
    async (request, reply) => {
      const { eventId, fileId } = request.params;
      const event = UUID.test(fileId) ? await visibleEvent(eventId) : null;
      const file = event ? await publicFile(scoped(event.organisationId), eventId, fileId) : null;
      if (!file) return invalidLink(request, reply);
      return reply
        .type(file.content_type)
        .header("content-disposition", contentDisposition(file.file_name))
        .header("x-content-type-options", "nosniff")
        .send(file.data);
    },
  );

  app.get<{ Params: { eventId: string } }>(`${EVENTS_PATH}/:eventId`, async (request, reply) => {
    const event = await visibleEvent(request.params.eventId);
    if (!event) return invalidLink(request, reply);
    return eventPage(request, reply, event);
  });

  app.post<{ Params: { eventId: string }; Body: Record<string, unknown> }>(
    `${EVENTS_PATH}/:eventId/anmalan`,
    {
      config: {
        rateLimit: { max: config.eventRegistrationsPerMinute, timeWindow: "1 minute" },
      },
    },
    async (request, reply) => {
      const event = await visibleEvent(request.params.eventId);
      if (!event) return invalidLink(request, reply);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const form = postedRegistration(body);
      const locale = localeOf(request);
      const result = await register(db, context(), { event, form, locale });
      switch (result.kind) {
        case "invalid":
          return eventPage(
            request,
            reply,
            event,
            { values: form as never, problems: result.problems },
            422,
          );
        case "refused":
          return eventPage(
            request,
            reply,
            event,
            { values: form as never, problems: [{ field: "", message: result.reason }] },
            409,
          );
        case "bot":
        case "registered":
        case "resent":
          return send(
            reply,
            renderRegistered({
              ...(await pageContext(request, event.organisationId)),
              event: publicEvent(event),
              email: result.kind === "bot" ? String(body.email ?? "") : result.email,
              actions: { event: path(links.event(event.id)) },
            }),
          );
      }
    },
  );

  /** The registration behind a personal link, or null for a forged or outdated one. */
  async function ownRegistration(token: string) {
    const id = registrationIdOf(config.secret, token);
    if (!id) return null;
    const found = await findRegistration(db, id);
    return found && !found.registration.anonymised ? found : null;
  }

  const OWN = `${EVENTS_PATH}/anmalan/:token`;
  type Own = { Params: { token: string }; Body: Record<string, unknown> };

  async function myPage(request: FastifyRequest, reply: FastifyReply, token: string) {
    const found = await ownRegistration(token);
    if (!found) return invalidLink(request, reply);
    const { registration, event } = found;
    if (registration.status === "unconfirmed")
      return reply.redirect(path(links.confirm(registration.id)), 303);
    const tenant = scoped(event.organisationId);
    const row = await tenant
      .selectFrom("event_registrations")
      .select([
        "event_registrations.diet",
        "event_registrations.accessibility",
        "event_registrations.answers",
      ])
      .where("event_registrations.id", "=", registration.id)
      .executeTakeFirstOrThrow();
    const counts = (await seatCounts(scoped(event.organisationId), [event.id])).get(event.id);
    const now = new Date();
    return send(
      reply,
      renderMyRegistration({
        ...(await pageContext(request, event.organisationId)),
        event: publicEvent(event),
        state: stateOf(event, counts?.confirmed ?? 0, now),
        registration: {
          name: registration.name,
          email: registration.email,
          organisation: registration.organisation,
          role: registration.role,
          diet: row.diet,
          accessibility: row.accessibility,
          answers: (row.answers ?? {}) as Record<string, string>,
          status: registration.status as "confirmed" | "waitlisted" | "cancelled",
          waitlistPosition: registration.waitlistPosition,
        },
        eventOver: event.endsAt !== null && now >= event.endsAt,
        actions: {
          cancel: path(`${links.registration(registration.id)}/avboka`),
          event: path(links.event(event.id)),
          ...(registration.status === "confirmed"
            ? { calendar: path(`${links.registration(registration.id)}/kalender.ics`) }
            : {}),
        },
      }),
    );
  }

  app.get<Own>(OWN, async (request, reply) => myPage(request, reply, request.params.token));

  app.get<Own>(`${OWN}/bekrafta`, async (request, reply) => {
    const found = await ownRegistration(request.params.token);
    if (!found) return invalidLink(request, reply);
    if (found.registration.status !== "unconfirmed")
      return reply.redirect(path(links.registration(found.registration.id)), 303);
    return send(
      reply,
      renderConfirm({
        ...(await pageContext(request, found.event.organisationId)),
        event: publicEvent(found.event),
        email: found.registration.email,
        actions: {
          confirm: path(links.confirm(found.registration.id)),
          event: path(links.event(found.event.id)),
        },
      }),
    );
  });

  app.post<Own>(`${OWN}/bekrafta`, async (request, reply) => {
    const found = await ownRegistration(request.params.token);
    if (!found) return invalidLink(request, reply);
    const result = await confirmRegistration(db, context(), found.registration.id);
    const ctx = await pageContext(request, found.event.organisationId);
    const onward = {
      href: path(links.registration(found.registration.id)),
      text: { sv: "Se din anmälan", en: "See your registration" },
    };
    switch (result.kind) {
      case "confirmed":
        return send(reply, renderNotice({ ...ctx, ...NOTICES.confirmed, link: onward }));
      case "waitlisted":
        return send(reply, renderNotice({ ...ctx, ...NOTICES.confirmedWaitlist, link: onward }));
      case "already":
        return reply.redirect(path(links.registration(found.registration.id)), 303);
      case "refused":
        return send(
          reply,
          renderNotice({
            ...ctx,
            title: {
              sv: "Anmälan kunde inte bekräftas",
              en: "The registration could not be confirmed",
            },
            message: result.reason,
            tone: "warning",
            link: {
              href: path(links.event(found.event.id)),
              text: { sv: "Till utbildningen", en: "To the event" },
            },
          }),
          409,
        );
    }
  });

  app.post<Own>(`${OWN}/avboka`, async (request, reply) => {
    const found = await ownRegistration(request.params.token);
    if (!found) return invalidLink(request, reply);
    const result = await cancelRegistration(db, context(), {
      registrationId: found.registration.id,
    });
    const ctx = await pageContext(request, found.event.organisationId);
    if (result.kind === "refused")
      return send(
        reply,
        renderNotice({
          ...ctx,
          title: {
            sv: "Anmälan kunde inte avbokas",
            en: "The registration could not be cancelled",
          },
          message: result.reason,
          tone: "warning",
        }),
        409,
      );
    return send(
      reply,
      renderNotice({
        ...ctx,
        ...NOTICES.cancelled,
        link: {
          href: path(links.event(found.event.id)),
          text: { sv: "Till utbildningen", en: "To the event" },
        },
      }),
    );
  });

  app.get<Own>(`${OWN}/kalender.ics`, async (request, reply) => {
    const found = await ownRegistration(request.params.token);
    if (found?.registration.status !== "confirmed") return invalidLink(request, reply);
    const { event, registration } = found;
    const ctx = context();
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", 'attachment; filename="utbildning.ics"')
      .send(
        calendarInvite({
          method: "request",
          event: publicEvent(event),
          url: links.event(event.id),
          domain: ctx.domain,
          sequence: event.calendarSequence,
          attendee: { name: registration.name, email: registration.email },
          registrationUrl: links.registration(registration.id),
          now: ctx.now,
          locale: localeOf(request),
        }),
      );
  });

  async function evaluationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    form?: FormState,
  ) {
    const found = await ownRegistration(token);
    if (!found) return invalidLink(request, reply);
    const ctx = await pageContext(request, found.event.organisationId);
    const refusal = evaluationRefusal(found.registration, found.event, new Date());
    if (refusal)
      return send(
        reply,
        renderNotice({
          ...ctx,
          ...(found.registration.evaluated
            ? NOTICES.evaluationAlreadySent
            : { title: { sv: "Utvärdering", en: "Evaluation" }, message: refusal, tone: "info" }),
        }),
        found.registration.evaluated ? 200 : 409,
      );
    return send(
      reply,
      renderEvaluationForm({
        ...ctx,
        event: publicEvent(found.event),
        ...(form ? { form } : {}),
        actions: { submit: path(links.evaluation(found.registration.id)) },
      }),
      form ? 422 : 200,
    );
  }

  app.get<Own>(`${OWN}/utvardering`, async (request, reply) =>
    evaluationPage(request, reply, request.params.token),
  );

  app.post<Own>(`${OWN}/utvardering`, async (request, reply) => {
    const found = await ownRegistration(request.params.token);
    if (!found) return invalidLink(request, reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const result = await submitEvaluation(db, context(), {
      registrationId: found.registration.id,
      form: body,
    });
    if (result.kind === "invalid")
      return evaluationPage(request, reply, request.params.token, {
        values: body as never,
        problems: result.problems,
      });
    const ctx = await pageContext(request, found.event.organisationId);
    if (result.kind === "refused")
      return send(
        reply,
        renderNotice({
          ...ctx,
          title: { sv: "Utvärdering", en: "Evaluation" },
          message: result.reason,
          tone: "info",
        }),
        409,
      );
    return send(reply, renderNotice({ ...ctx, ...NOTICES.evaluationThanks }));
  });
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
