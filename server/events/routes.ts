import ExcelJS from "exceljs";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { summariseEvaluations } from "../../core/events/evaluation.ts";
import {
  attendanceByOrganisation,
  neutraliseCell,
  type Participant,
  participantRows,
} from "../../core/events/participants.ts";
import { TRANSITIONS } from "../../core/events/state.ts";
import { toCsv } from "../../core/platform/csv.ts";
import { WrittenProblems } from "../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../platform/http/schemas.ts";
import { contentDisposition } from "../reports/index.ts";
import {
  changeStatus,
  checkIn,
  createEvent,
  deleteEvent,
  EVENT_NOT_FOUND,
  type EventsResult,
  linkMeasure,
  messageRegistered,
  updateEvent,
} from "./events.ts";
import { addFile, listFiles, MAX_FILE_BYTES, removeFile } from "./files.ts";
import { eventLinks } from "./links.ts";
import { cancelRegistration } from "./registrations.ts";
import {
  EVENT_COLUMNS,
  eventsContext,
  findEvent,
  NO_SEATS,
  type SeatCounts,
  type StoredEvent,
  seatCounts,
  stateOf,
  toStoredEvent,
} from "./stored.ts";

/**
 * The organiser's API: events, their registrations, check-in, exports, messages and the
 * evaluation's totals. Only organisers, HR and admins (events.manage) reach any of it, as the
 * lists hold participants' personal data.
 */
const manage = { scope: "organisation", permission: "events.manage" } as const;
const eventParams = organisationParams.extend({ eventId: uuidSchema });
const registrationParams = eventParams.extend({ registrationId: uuidSchema });

const countsSchema = z.object({
  confirmed: z.number(),
  waitlisted: z.number(),
  unconfirmed: z.number(),
  cancelled: z.number(),
  checkedIn: z.number(),
});

const stateSchema = z.object({
  kind: z.enum(["draft", "notYetOpen", "open", "fullyBooked", "closed", "cancelled", "held"]),
  seatsLeft: z.number().optional(),
  opensAt: z.string().optional(),
});

const eventSchema = z
  .object({
    id: z.string(),
    status: z.enum(["draft", "published", "cancelled", "held"]),
    /** The organiser's form as saved (core/events/event.ts EventDraft). */
    details: z.record(z.string(), z.unknown()),
    state: stateSchema,
    counts: countsSchema,
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    measure: z.object({ id: z.string(), title: z.string(), year: z.number() }).nullable(),
    publicUrl: z.string(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: "TrainingEvent" });

const registrationSchema = z
  .object({
    id: z.string(),
    status: z.enum(["unconfirmed", "confirmed", "waitlisted", "cancelled"]),
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    role: z.string(),
    diet: z.string(),
    accessibility: z.string(),
    answers: z.record(z.string(), z.string()),
    registeredAt: z.string(),
    checkedInAt: z.string().nullable(),
    waitlistPosition: z.number().nullable(),
  })
  .meta({ id: "EventRegistration" });

/** The result of a service, or its problems as the HTTP answer. */
function unwrap<T>(result: EventsResult<T>): T {
  if (!result.ok) throw new WrittenProblems(result.status, result.problems);
  return result.value;
}

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  // Pre-reading and homework come as the file itself, named in the x-file-name header.
  app.addContentTypeParser(
    "application/octet-stream",
    { parseAs: "buffer", bodyLimit: MAX_FILE_BYTES + 1024 },
    (_request, body, done) => done(null, body),
  );
  const links = eventLinks(config.publicUrl, config.secret);
  const context = eventsContext(config);

  async function view(
    tenant: Parameters<typeof findEvent>[0],
    event: StoredEvent,
    counts?: SeatCounts,
  ) {
    const seats = counts ?? (await seatCounts(tenant, [event.id])).get(event.id) ?? NO_SEATS;
    const state = stateOf(event, seats.confirmed, new Date());
    const measure = event.measureId
      ? await tenant
          .selectFrom("measures")
          .innerJoin("work_years", "work_years.id", "measures.work_year_id")
          .select(["measures.id", "measures.title", "work_years.year"])
          .where("measures.id", "=", event.measureId)
          .executeTakeFirst()
      : undefined;
    return {
      id: event.id,
      status: event.status,
      details: event.details as unknown as Record<string, unknown>,
      state: {
        kind: state.kind,
        ...(state.kind === "open" ? { seatsLeft: state.seatsLeft } : {}),
        ...(state.kind === "notYetOpen" ? { opensAt: state.opensAt.toISOString() } : {}),
      },
      counts: seats,
      startsAt: event.startsAt?.toISOString() ?? null,
      endsAt: event.endsAt?.toISOString() ?? null,
      measure: measure ? { id: measure.id, title: measure.title, year: measure.year } : null,
      publicUrl: links.event(event.id),
      version: event.version,
      updatedAt: event.updatedAt.toISOString(),
    };
  }

  async function eventOr404(tenant: Parameters<typeof findEvent>[0], eventId: string) {
    const event = await findEvent(tenant, eventId);
    if (!event) unwrap(EVENT_NOT_FOUND());
    return event!;
  }

  app.get(
    "/organisations/:organisationId/events",
    {
      config: { access: manage },
      schema: {
        operationId: "listEvents",
        tags: ["events"],
        summary: "The organisation's training events, the next first",
        params: organisationParams,
        response: { 200: z.object({ events: z.array(eventSchema) }), ...problems },
      },
    },
    async (request) => {
      // One read of every event, not one per event.
      const rows = await request.tenant
        .selectFrom("events")
        .select([...EVENT_COLUMNS])
        .orderBy("events.starts_at", "desc")
        .orderBy("events.created_at", "desc")
        .execute();
      const stored = rows.map((row) => toStoredEvent(row as Parameters<typeof toStoredEvent>[0]));
      const counts = await seatCounts(
        request.tenant,
        stored.map((e) => e.id),
      );
      const events = [];
      for (const event of stored)
        events.push(await view(request.tenant, event, counts.get(event.id) ?? NO_SEATS));
      return { events };
    },
  );

  app.post(
    "/organisations/:organisationId/events",
    {
      config: { access: manage },
      schema: {
        operationId: "createEvent",
        tags: ["events"],
        summary: "Creates an event as a draft",
        params: organisationParams,
        body: z.object({ details: z.record(z.string(), z.unknown()) }),
        response: { 201: eventSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = unwrap(
        await createEvent(
          db,
          { organisationId: request.params.organisationId, userId: request.user!.id },
          request.body.details,
        ),
      );
      return reply.code(201).send(await view(request.tenant, created));
    },
  );

  app.get(
    "/organisations/:organisationId/events/:eventId",
    {
      config: { access: manage },
      schema: {
        operationId: "getEvent",
        tags: ["events"],
        params: eventParams,
        response: { 200: eventSchema, ...problems },
      },
    },
    async (request) =>
      view(request.tenant, await eventOr404(request.tenant, request.params.eventId)),
  );

  app.put(
    "/organisations/:organisationId/events/:eventId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateEvent",
        tags: ["events"],
        summary:
          "Changes an event; those registered get the new place or times with an updated invite",
        params: eventParams,
        body: z.object({ version: z.number().int(), details: z.record(z.string(), z.unknown()) }),
        response: { 200: eventSchema, ...problems },
      },
    },
    async (request) => {
      const updated = unwrap(
        await updateEvent(
          db,
          context(),
          { organisationId: request.params.organisationId, userId: request.user!.id },
          { eventId: request.params.eventId, ...request.body },
        ),
      );
      return view(request.tenant, updated);
    },
  );

  app.post(
    "/organisations/:organisationId/events/:eventId/status",
    {
      config: { access: manage },
      schema: {
        operationId: "changeEventStatus",
        tags: ["events"],
        summary: "Publishes, cancels, marks as held or turns back into a draft",
        params: eventParams,
        body: z.object({
          version: z.number().int(),
          action: z.enum(TRANSITIONS),
          message: z.string().trim().max(5000).optional(),
        }),
        response: { 200: eventSchema, ...problems },
      },
    },
    async (request) => {
      const updated = unwrap(
        await changeStatus(
          db,
          context(),
          { organisationId: request.params.organisationId, userId: request.user!.id },
          { eventId: request.params.eventId, ...request.body },
        ),
      );
      return view(request.tenant, updated);
    },
  );

  app.delete(
    "/organisations/:organisationId/events/:eventId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteEvent",
        tags: ["events"],
        summary: "Deletes a draft",
        params: eventParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      unwrap(
        await deleteEvent(
          db,
          { organisationId: request.params.organisationId, userId: request.user!.id },
          request.params.eventId,
        ),
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/organisations/:organisationId/events/:eventId/measure",
    {
      config: { access: manage },
      schema: {
        operationId: "linkEventMeasure",
        tags: ["events"],
        summary: "Links the event to a measure of the yearly plan, as evidence it was carried out",
        params: eventParams,
        body: z.object({ measureId: uuidSchema.nullable() }),
        response: { 200: eventSchema, ...problems },
      },
    },
    async (request) => {
      const updated = unwrap(
        await linkMeasure(
          db,
          { organisationId: request.params.organisationId, userId: request.user!.id },
          { eventId: request.params.eventId, measureId: request.body.measureId },
        ),
      );
      return view(request.tenant, updated);
    },
  );

  app.get(
    "/organisations/:organisationId/events/measure-options",
    {
      config: { access: manage },
      schema: {
        operationId: "listEventMeasureOptions",
        tags: ["events"],
        summary: "The measures of the plan an event can be linked to, the latest year first",
        params: organisationParams,
        response: {
          200: z.object({
            measures: z.array(z.object({ id: z.string(), title: z.string(), year: z.number() })),
          }),
          ...problems,
        },
      },
    },
    async (request) => ({
      measures: await request.tenant
        .selectFrom("measures")
        .innerJoin("work_years", "work_years.id", "measures.work_year_id")
        .select(["measures.id", "measures.title", "work_years.year"])
        .orderBy("work_years.year", "desc")
        .orderBy("measures.title")
        .execute(),
    }),
  );

  async function registrations(tenant: Parameters<typeof findEvent>[0], eventId: string) {
    const rows = await tenant
      .selectFrom("event_registrations")
      .selectAll("event_registrations")
      .where("event_registrations.event_id", "=", eventId)
      .orderBy("event_registrations.queued_at")
      .orderBy("event_registrations.created_at")
      .execute();
    let position = 0;
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      name: r.name,
      email: r.email,
      organisation: r.participant_organisation,
      role: r.participant_role,
      diet: r.diet,
      accessibility: r.accessibility,
      answers: (r.answers ?? {}) as Record<string, string>,
      registeredAt: (r.queued_at ?? r.created_at).toISOString(),
      checkedInAt: r.checked_in_at?.toISOString() ?? null,
      waitlistPosition: r.status === "waitlisted" ? ++position : null,
    }));
  }

  app.get(
    "/organisations/:organisationId/events/:eventId/registrations",
    {
      config: { access: manage },
      schema: {
        operationId: "listEventRegistrations",
        tags: ["events"],
        summary: "Everyone who registered, seats first, then the waitlist in order",
        params: eventParams,
        response: {
          200: z.object({
            registrations: z.array(registrationSchema),
            attendance: z.array(
              z.object({ organisation: z.string(), registered: z.number(), attended: z.number() }),
            ),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      await eventOr404(request.tenant, request.params.eventId);
      const list = await registrations(request.tenant, request.params.eventId);
      return {
        registrations: list,
        attendance: attendanceByOrganisation(
          list.map((r) => ({
            organisation: r.organisation,
            status: r.status === "unconfirmed" ? "cancelled" : r.status,
            checkedInAt: r.checkedInAt ? new Date(r.checkedInAt) : null,
          })),
        ),
      };
    },
  );

  app.put(
    "/organisations/:organisationId/events/:eventId/registrations/:registrationId/check-in",
    {
      config: { access: manage },
      schema: {
        operationId: "checkInRegistration",
        tags: ["events"],
        summary: "Marks a participant as present on the day, or takes it back",
        params: registrationParams,
        body: z.object({ present: z.boolean() }),
        response: { 200: z.object({ checkedInAt: z.string().nullable() }), ...problems },
      },
    },
    async (request) => {
      const result = unwrap(
        await checkIn(
          db,
          context(),
          { organisationId: request.params.organisationId, userId: request.user!.id },
          { ...request.params, present: request.body.present },
        ),
      );
      return { checkedInAt: result.checkedInAt?.toISOString() ?? null };
    },
  );

  app.post(
    "/organisations/:organisationId/events/:eventId/registrations/:registrationId/cancel",
    {
      config: { access: manage },
      schema: {
        operationId: "cancelEventRegistration",
        tags: ["events"],
        summary: "Cancels a registration for the participant; the seat goes to the waitlist",
        params: registrationParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const event = await eventOr404(request.tenant, request.params.eventId);
      const owned = await request.tenant
        .selectFrom("event_registrations")
        .select("event_registrations.id")
        .where("event_registrations.id", "=", request.params.registrationId)
        .where("event_registrations.event_id", "=", event.id)
        .executeTakeFirst();
      if (!owned)
        throw new WrittenProblems(404, [
          {
            field: "",
            message: { sv: "Anmälan finns inte.", en: "The registration does not exist." },
          },
        ]);
      const result = await cancelRegistration(db, context(), {
        registrationId: owned.id,
        byUserId: request.user!.id,
      });
      if (result.kind === "refused")
        throw new WrittenProblems(409, [{ field: "", message: result.reason }]);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/organisations/:organisationId/events/:eventId/messages",
    {
      config: { access: manage },
      schema: {
        operationId: "messageEventRegistrations",
        tags: ["events"],
        summary: "Sends the organiser's message to everyone with a seat (and the waitlist)",
        params: eventParams,
        body: z.object({
          subject: requiredText(200),
          body: z.string().trim().min(1).max(10_000),
          waitlist: z.boolean().default(false),
        }),
        response: { 200: z.object({ sent: z.number() }), ...problems },
      },
    },
    async (request) =>
      unwrap(
        await messageRegistered(
          db,
          context(),
          {
            organisationId: request.params.organisationId,
            userId: request.user!.id,
            name: request.user!.name,
          },
          { eventId: request.params.eventId, ...request.body },
        ),
      ),
  );

  app.get(
    "/organisations/:organisationId/events/:eventId/participants",
    {
      config: { access: manage },
      schema: {
        operationId: "exportEventParticipants",
        tags: ["events"],
        summary:
          "The participant list as CSV or XLSX (cells that could run as formulas neutralised)",
        params: eventParams,
        querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      const event = await eventOr404(request.tenant, request.params.eventId);
      const list = (await registrations(request.tenant, event.id)).filter(
        (r) => r.status !== "unconfirmed",
      );
      const participants: Participant[] = list.map((r) => ({
        name: r.name,
        email: r.email,
        organisation: r.organisation,
        role: r.role,
        status: r.status as Participant["status"],
        registeredAt: new Date(r.registeredAt),
        checkedInAt: r.checkedInAt ? new Date(r.checkedInAt) : null,
        answers: r.answers,
        diet: r.diet,
        accessibility: r.accessibility,
      }));
      const rows = participantRows(participants, event.details.questions, {
        locale: request.locale,
      });
      const name = `${request.locale === "sv" ? "Deltagare" : "Participants"} ${event.details.title}`;
      if (request.query.format === "csv")
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", contentDisposition(`${name}.csv`))
          .send(toCsv(rows));
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(request.locale === "sv" ? "Deltagare" : "Participants");
      for (const row of rows) sheet.addRow(row.map(neutraliseCell));
      sheet.getRow(1).font = { bold: true };
      sheet.columns.forEach((column) => {
        column.width = 24;
      });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", contentDisposition(`${name}.xlsx`))
        .send(Buffer.from(await workbook.xlsx.writeBuffer()));
    },
  );

  app.get(
    "/organisations/:organisationId/events/:eventId/evaluation",
    {
      config: { access: manage },
      schema: {
        operationId: "getEventEvaluation",
        tags: ["events"],
        summary: "The evaluation's totals: grades per question and unsigned comments",
        params: eventParams,
        response: {
          200: z.object({
            responses: z.number(),
            questions: z.array(z.record(z.string(), z.unknown())),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const event = await eventOr404(request.tenant, request.params.eventId);
      const answers = await request.tenant
        .selectFrom("event_evaluations")
        .select("event_evaluations.answers")
        .where("event_evaluations.event_id", "=", event.id)
        .execute();
      const summary = summariseEvaluations(
        answers.map((a) => a.answers as Record<string, number | string>),
      );
      return {
        responses: summary.responses,
        questions: summary.questions as unknown as Record<string, unknown>[],
      };
    },
  );

  const fileSchema = z
    .object({
      id: z.string(),
      kind: z.enum(["preReading", "homework"]),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number(),
    })
    .meta({ id: "EventFile" });

  app.get(
    "/organisations/:organisationId/events/:eventId/files",
    {
      config: { access: manage },
      schema: {
        operationId: "listEventFiles",
        tags: ["events"],
        summary: "The event's pre-reading and homework files",
        params: eventParams,
        response: { 200: z.object({ files: z.array(fileSchema) }), ...problems },
      },
    },
    async (request) => {
      await eventOr404(request.tenant, request.params.eventId);
      return { files: await listFiles(request.tenant, request.params.eventId) };
    },
  );

  app.post(
    "/organisations/:organisationId/events/:eventId/files",
    {
      config: { access: manage },
      bodyLimit: MAX_FILE_BYTES + 1024,
      schema: {
        operationId: "addEventFile",
        tags: ["events"],
        summary:
          "Adds a pre-reading or homework file (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text; at most 10 MB), shown on the public page",
        params: eventParams,
        querystring: z.object({ kind: z.enum(["preReading", "homework"]) }),
        response: { 201: fileSchema, ...problems },
      },
    },
    async (request, reply) => {
      const rawName = String(request.headers["x-file-name"] ?? "");
      let fileName = "";
      try {
        fileName = decodeURIComponent(rawName).trim().slice(0, 200);
      } catch {
        fileName = "";
      }
      const result = await addFile(
        db,
        { organisationId: request.params.organisationId, userId: request.user!.id },
        {
          eventId: request.params.eventId,
          kind: request.query.kind,
          fileName: fileName || "fil",
          data: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        },
      );
      if (!result.ok)
        throw new WrittenProblems(result.status, [{ field: "file", message: result.message }]);
      return reply.code(201).send(result.file);
    },
  );

  app.delete(
    "/organisations/:organisationId/events/:eventId/files/:fileId",
    {
      config: { access: manage },
      schema: {
        operationId: "removeEventFile",
        tags: ["events"],
        params: eventParams.extend({ fileId: uuidSchema }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const removed = await removeFile(
        db,
        { organisationId: request.params.organisationId, userId: request.user!.id },
        request.params,
      );
      if (!removed) unwrap(EVENT_NOT_FOUND());
      return reply.code(204).send(null);
    },
  );
};
