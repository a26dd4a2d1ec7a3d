import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE } from "../../core/pay/job-evaluation.ts";
import { ROLES } from "../../core/platform/roles.ts";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../test/harness.ts";
import { TENANT_TABLES } from "./db/tenant.ts";
import type { Access } from "./http/access.ts";

/**
 * Proves that no role of organisation A can read or change organisation B's data, for every
 * API route the server registers — a route added later is covered without touching this test.
 */
const accessOf = (route: { config?: unknown }) => (route.config as { access: Access }).access;

let t: TestApp;
const A: Record<string, string> = {};
const B: Record<string, string> = {};
const clients = new Map<string, TestClient>();

beforeAll(async () => {
  t = await startTestApp();
  for (const [org, ids] of [
    ["A", A],
    ["B", B],
  ] as const) {
    ids.organisationId = (await createOrganisation(t.db, `Organisation ${org}`)).id;
    ids.unitId = (
      await t.db
        .insertInto("units")
        .values({ organisation_id: ids.organisationId, name: `Enhet ${org}` })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    for (const role of ROLES) {
      const member = await createMember(t.db, ids.organisationId, role, `${role} ${org}`);
      if (role === "participant") ids.membershipId = member.membershipId;
      if (org === "A") clients.set(role, await signedInClient(t.app, member.email));
    }
    ids.invitationId = (
      await t.db
        .insertInto("invitations")
        .values({
          organisation_id: ids.organisationId,
          email: `inbjuden-${org}@test.example`,
          role: "participant",
          token_hash: `hash-${org}`,
          expires_at: new Date(Date.now() + 86_400_000),
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .insertInto("organisation_headcounts")
      .values({ organisation_id: ids.organisationId, year: 2026, headcount: 40 })
      .execute();
    await addCycleFixtures(ids);
  }
});
afterAll(() => t.close());

/** One of everything in the yearly cycle, so every cycle route has a resource to aim at. */
/** Rows of every organisation-owned resource that has its own id in a path. */
async function addCycleFixtures(ids: Record<string, string>) {
  const organisation_id = ids.organisationId!;
  const insert = async <
    T extends
      | "work_years"
      | "investigations"
      | "risks"
      | "measures"
      | "cooperation_meetings"
      | "gender_balance_groups"
      | "harassment_documents"
      | "learning_sessions"
      | "learning_notes"
      | "learning_own_questions"
      | "workbook_runs"
      | "support_contacts",
  >(
    table: T,
    values: Record<string, unknown>,
  ) =>
    (
      await t.db
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: fixture rows of several tables
        .values({ organisation_id, ...values } as any)
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id as string;
  const work_year_id = await insert("work_years", { year: 2026 });
  ids.investigationId = await insert("investigations", {
    work_year_id,
    title: "Skyddsrond",
    method: "safety_round",
    held_on: "2026-03-01",
  });
  ids.riskId = await insert("risks", {
    work_year_id,
    title: "Risk",
    areas: ["working_conditions"],
    source: "investigation",
  });
  ids.measureId = await insert("measures", {
    work_year_id,
    area: "working_conditions",
    title: "Åtgärd",
    responsible_title: "Chef",
    schedule_kind: "continuous",
  });
  ids.meetingId = await insert("cooperation_meetings", {
    work_year_id,
    held_on: "2026-04-01",
    forum: "central_cooperation_group",
  });
  ids.groupId = await insert("gender_balance_groups", {
    work_year_id,
    dimension: "work_type",
    label: "Undersköterskor",
    women: 80,
    men: 20,
  });
  ids.documentId = await insert("harassment_documents", { title: "Rutin", kind: "routines" });
  await t.db
    .insertInto("harassment_document_versions")
    .values({ organisation_id, document_id: ids.documentId, version_no: 1, body: "Text" })
    .execute();
  // Learning rooms: the rooms are shared files; sessions, notes and own questions are not.
  ids.roomId = "arbetsforhallanden";
  ids.stepId = "vad-ser-vi";
  ids.itemId = "q1";
  ids.sessionId = await insert("learning_sessions", {
    room_id: ids.roomId,
    mode: "group",
    participant_count: 5,
  });
  ids.noteId = await insert("learning_notes", {
    session_id: ids.sessionId,
    step_id: ids.stepId,
    item_id: ids.itemId,
    prompt: "Fråga",
    text: "Anteckning",
  });
  ids.questionId = await insert("learning_own_questions", {
    room_id: ids.roomId,
    step_id: ids.stepId,
    text: "Egen fråga",
    minutes: 2,
  });
  // Workbooks: a run with an answer, and a support contact.
  ids.runId = await insert("workbook_runs", {
    workbook_id: "vald-i-nara-relationer",
    title: "Run",
  });
  ids.partId = "steg-1";
  ids.id = "varfor-inkludera";
  ids.contactId = await insert("support_contacts", { name: "FHV", audience: "everyone" });
  // Pay survey: a survey of 2026 with a job, a saved mapping; uploads and imports live in
  // memory, so any id stands for "someone else's".
  const survey = await t.db
    .insertInto("pay_surveys")
    .values({
      organisation_id,
      year: 2026,
      snapshot_date: "2026-09-30",
      evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  ids.jobId = (
    await t.db
      .insertInto("pay_jobs")
      .values({ organisation_id, survey_id: survey.id, name: "Undersköterska" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.findingId = (
    await t.db
      .insertInto("pay_findings")
      .values({ organisation_id, survey_id: survey.id, kind: "equal_work", job_id: ids.jobId })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.templateId = (
    await t.db
      .insertInto("pay_import_templates")
      .values({ organisation_id, name: "Lönesystemet", mapping: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.uploadId = crypto.randomUUID();
  ids.importId = crypto.randomUUID();
  // Training events: a published event with one registration.
  ids.eventId = (
    await t.db
      .insertInto("events")
      .values({
        organisation_id,
        status: "published",
        title: "Utbildning",
        details: JSON.stringify({ title: "Utbildning", days: [], questions: [] }),
        capacity: 10,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.registrationId = (
    await t.db
      .insertInto("event_registrations")
      .values({
        organisation_id,
        event_id: ids.eventId,
        status: "confirmed",
        name: "Deltagare",
        email: "deltagare@example.se",
        email_key: "deltagare@example.se",
        answers: "{}",
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.fileId = (
    await t.db
      .insertInto("event_files")
      .values({
        organisation_id,
        event_id: ids.eventId,
        kind: "preReading",
        file_name: "läsning.txt",
        content_type: "text/plain; charset=utf-8",
        size: 8,
        data: Buffer.from("Läsning"),
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

/** Everything stored about organisation B. */
async function snapshotOfB() {
  const tables = await Promise.all(
    TENANT_TABLES.map((table) =>
      t.db
        .selectFrom(table)
        .selectAll()
        .where("organisation_id", "=", B.organisationId!)
        .execute()
        .then((rows) => JSON.stringify(rows)),
    ),
  );
  const org = await t.db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", B.organisationId!)
    .execute();
  return JSON.stringify([tables, org]);
}

function fill(url: string, ids: Record<string, string>, organisationId: string) {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === "organisationId") return organisationId;
    if (name === "year") return "2026";
    const value = ids[name];
    if (!value)
      throw new Error(
        `tenant-isolation.test.ts has no fixture for :${name} in ${url}; add one to organisation A and B`,
      );
    return value;
  });
}

it("refuses every role of A on every organisation route of B, and B's data stays as it was", async () => {
  // Fastify registers a HEAD twin of every GET; the GET covers it.
  const routes = t.app.apiRoutes.filter(
    (r) => accessOf(r).scope === "organisation" && r.method !== "HEAD",
  );
  expect(routes.length).toBeGreaterThan(10);
  const before = await snapshotOfB();
  const tried: string[] = [];
  for (const route of routes) {
    for (const method of [route.method].flat()) {
      for (const role of ROLES) {
        const client = clients.get(role)!;
        // B's organisation in the path: A's members are not members there.
        const foreign = await client.request(
          method,
          fill(route.url, B, B.organisationId!),
          method === "GET" ? undefined : {},
        );
        expect(foreign.status, `${role} ${method} ${route.url} on B`).toBe(404);
        // A's own organisation in the path, but B's resources: must not be found either.
        if (
          /:(unitId|membershipId|invitationId|investigationId|riskId|measureId|sessionId|noteId|questionId|runId|contactId|jobId|findingId|templateId|uploadId|importId)/.test(
            route.url,
          )
        ) {
          const mixed = await client.request(
            method,
            fill(route.url, B, A.organisationId!),
            method === "GET" ? undefined : { name: "Kapad", role: "admin" },
          );
          expect([403, 404, 422], `${role} ${method} ${route.url} with B's ids`).toContain(
            mixed.status,
          );
          expect(mixed.body).not.toContain(B.organisationId);
        }
        tried.push(`${role} ${method} ${route.url}`);
      }
    }
  }
  expect(await snapshotOfB()).toBe(before);
  expect(tried.length).toBe(routes.length * ROLES.length);
});

it("declares who may call every API route", () => {
  for (const route of t.app.apiRoutes) {
    expect(["public", "user", "organisation"], `${route.method} ${route.url}`).toContain(
      accessOf(route).scope,
    );
  }
});
