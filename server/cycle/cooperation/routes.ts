import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Selectable } from "kysely";
import { z } from "zod";
import { COOPERATION_FORUMS, POSITIONS } from "../../../core/cycle/vocabulary.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import type { CooperationMeetingsTable } from "../../platform/db/types.ts";
import { invalidField, notFound } from "../../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import {
  checkVersion,
  findWorkYear,
  isoDate,
  optionalText,
  versionSchema,
  yearParams,
} from "../common.ts";

const meetingSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    heldOn: z.string(),
    forum: z.enum(COOPERATION_FORUMS),
    forumOther: z.string().nullable(),
    participants: z.string(),
    topics: z.string(),
    informationGiven: z.string(),
    decisions: z.string(),
    version: z.number(),
  })
  .meta({ id: "CooperationMeeting" });

const positionSchema = z
  .object({
    membershipId: z.string(),
    name: z.string(),
    role: z.string(),
    unionName: z.string().nullable(),
    position: z.enum(POSITIONS),
    comment: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: "UnionPosition" });

/** A cooperation meeting (3 kap. 11–12 §§): who met, about what, what was informed and decided. */
const fields = {
  heldOn: isoDate,
  forum: z.enum(COOPERATION_FORUMS),
  forumOther: optionalText(200).nullable(),
  participants: optionalText(2000),
  topics: optionalText(),
  informationGiven: optionalText(),
  decisions: optionalText(),
};
const createBody = z.object({
  ...fields,
  forumOther: fields.forumOther.default(null),
  participants: fields.participants.default(""),
  topics: fields.topics.default(""),
  informationGiven: fields.informationGiven.default(""),
  decisions: fields.decisions.default(""),
});
const updateBody = z.object(fields).partial().extend({ version: versionSchema });
const params = organisationParams.extend({ meetingId: uuidSchema });

function present(row: Selectable<CooperationMeetingsTable>, year: number) {
  return {
    id: row.id,
    year,
    heldOn: row.held_on,
    forum: row.forum as (typeof COOPERATION_FORUMS)[number],
    forumOther: row.forum_other,
    participants: row.participants,
    topics: row.topics,
    informationGiven: row.information_given,
    decisions: row.decisions,
    version: row.version,
  };
}

function checkForum(forum: string, forumOther: string | null | undefined) {
  if (forum === "other" && !(forumOther ?? "").trim())
    throw invalidField("forumOther", "field.otherNameRequired");
}

async function lockMeeting(tenant: TenantDb, meetingId: string) {
  const row = await tenant
    .selectFrom("cooperation_meetings")
    .innerJoin("work_years", "work_years.id", "cooperation_meetings.work_year_id")
    .selectAll("cooperation_meetings")
    .select("work_years.year")
    .where("cooperation_meetings.id", "=", meetingId)
    .forUpdate("cooperation_meetings")
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export const cooperationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/meetings",
    {
      config: { access: read },
      schema: {
        operationId: "listCooperationMeetings",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: z.array(meetingSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      const rows = await request.tenant
        .selectFrom("cooperation_meetings")
        .selectAll("cooperation_meetings")
        .where("cooperation_meetings.work_year_id", "=", workYear.id)
        .orderBy("cooperation_meetings.held_on")
        .execute();
      return rows.map((row) => present(row, workYear.year));
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/meetings",
    {
      config: { access: manage },
      schema: {
        operationId: "createCooperationMeeting",
        tags: ["cycle"],
        params: yearParams,
        body: createBody,
        response: { 201: meetingSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      checkForum(body.forum, body.forumOther);
      const row = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        const created = await tenant
          .insertInto("cooperation_meetings")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            held_on: body.heldOn,
            forum: body.forum,
            forum_other: body.forum === "other" ? body.forumOther : null,
            participants: body.participants,
            topics: body.topics,
            information_given: body.informationGiven,
            decisions: body.decisions,
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "cooperation_meeting",
          entityId: created.id,
          after: present(created, year),
        });
        return created;
      });
      return reply.code(201).send(present(row, year));
    },
  );

  app.patch(
    "/organisations/:organisationId/meetings/:meetingId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateCooperationMeeting",
        tags: ["cycle"],
        params,
        body: updateBody,
        response: { 200: meetingSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, meetingId } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockMeeting(tenant, meetingId);
        checkVersion(before.version, body.version);
        const forum = body.forum ?? before.forum;
        const forumOther = body.forumOther !== undefined ? body.forumOther : before.forum_other;
        checkForum(forum, forumOther);
        const after = await tenant
          .updateTable("cooperation_meetings")
          .set({
            ...(body.heldOn !== undefined ? { held_on: body.heldOn } : {}),
            forum,
            forum_other: forum === "other" ? forumOther : null,
            ...(body.participants !== undefined ? { participants: body.participants } : {}),
            ...(body.topics !== undefined ? { topics: body.topics } : {}),
            ...(body.informationGiven !== undefined
              ? { information_given: body.informationGiven }
              : {}),
            ...(body.decisions !== undefined ? { decisions: body.decisions } : {}),
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("cooperation_meetings.id", "=", meetingId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "cooperation_meeting",
          entityId: meetingId,
          before: present(before, before.year),
          after: present(after, before.year),
        });
        return present(after, before.year);
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/meetings/:meetingId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteCooperationMeeting",
        tags: ["cycle"],
        params,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, meetingId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockMeeting(tenant, meetingId);
        await tenant
          .deleteFrom("cooperation_meetings")
          .where("cooperation_meetings.id", "=", meetingId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "cooperation_meeting",
          entityId: meetingId,
          before: present(before, before.year),
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/organisations/:organisationId/years/:year/positions",
    {
      config: { access: read },
      schema: {
        operationId: "listPositions",
        tags: ["cycle"],
        summary: "Union and safety representatives' positions on the year's documentation",
        params: yearParams,
        response: { 200: z.array(positionSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      return listPositions(request.tenant, workYear.id);
    },
  );

  app.put(
    "/organisations/:organisationId/years/:year/positions/mine",
    {
      config: { access: { scope: "organisation", permission: "cycle.recordPosition" } },
      schema: {
        operationId: "recordPosition",
        tags: ["cycle"],
        summary: "Records (or replaces) the signed-in representative's position",
        params: yearParams,
        body: z.object({ position: z.enum(POSITIONS), comment: optionalText().default("") }),
        response: { 200: positionSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      const membership = request.membership!;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        const own = await tenant
          .selectFrom("memberships")
          .select("memberships.union_name")
          .where("memberships.id", "=", membership.id)
          .executeTakeFirstOrThrow();
        const before = await tenant
          .selectFrom("union_positions")
          .select(["union_positions.position", "union_positions.comment"])
          .where("union_positions.work_year_id", "=", workYear.id)
          .where("union_positions.membership_id", "=", membership.id)
          .forUpdate()
          .executeTakeFirst();
        const values = {
          position: request.body.position,
          comment: request.body.comment,
          union_name: own.union_name,
          recorded_at: new Date(),
        };
        const row = await tenant
          .insertInto("union_positions")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            membership_id: membership.id,
            ...values,
          })
          .onConflict((oc) => oc.columns(["work_year_id", "membership_id"]).doUpdateSet(values))
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: before ? "update" : "create",
          entityType: "union_position",
          entityId: row.id,
          ...(before ? { before } : {}),
          after: { year, position: values.position, comment: values.comment },
        });
        const positions = await listPositions(tenant, workYear.id);
        return positions.find((p) => p.membershipId === membership.id)!;
      });
    },
  );
};

export async function listPositions(tenant: TenantDb, workYearId: string) {
  const rows = await tenant
    .selectFrom("union_positions")
    .innerJoin("memberships", "memberships.id", "union_positions.membership_id")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "union_positions.membership_id",
      "union_positions.union_name",
      "union_positions.position",
      "union_positions.comment",
      "union_positions.recorded_at",
      "users.name",
      "memberships.role",
    ])
    .where("union_positions.work_year_id", "=", workYearId)
    .orderBy("union_positions.recorded_at")
    .execute();
  return rows.map((row) => ({
    membershipId: row.membership_id,
    name: row.name,
    role: row.role,
    unionName: row.union_name,
    position: row.position as (typeof POSITIONS)[number],
    comment: row.comment,
    recordedAt: row.recorded_at.toISOString(),
  }));
}
