import { afterAll, beforeAll, expect, it } from "vitest";
import { can } from "../../core/platform/policies.ts";
import { ROLES } from "../../core/platform/roles.ts";
import type { Access } from "../platform/http/access.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";
import { cycleOrganisation } from "./fixtures.test-helper.ts";

/**
 * Every route of the yearly cycle and of the learning rooms, for every role: a role the policy does not grant the
 * route's permission is refused (403) before anything happens, and a role it grants is not.
 * Routes added later are covered without touching this test.
 */
let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  await org.hr.post(`${org.api}/years`, { year: 2026 });
  const post = async (path: string, body: unknown) =>
    (await org.hr.post(`${org.api}${path}`, body)).json.id;
  ids.investigationId = await post("/years/2026/investigations", {
    title: "Skyddsrond",
    method: "safety_round",
    heldOn: "2026-03-01",
  });
  ids.riskId = await post("/years/2026/risks", {
    title: "Risk",
    areas: ["working_conditions"],
    source: "other",
  });
  ids.measureId = await post("/years/2026/measures", {
    area: "working_conditions",
    title: "Åtgärd",
    responsibleTitle: "Chef",
    schedule: { kind: "continuous" },
  });
  ids.meetingId = await post("/years/2026/meetings", {
    heldOn: "2026-04-01",
    forum: "safety_committee",
  });
  ids.groupId = await post("/years/2026/gender-balance", {
    dimension: "work_type",
    label: "Vård",
    women: 8,
    men: 2,
  });
  ids.documentId = await post("/harassment-documents", {
    title: "Rutin",
    kind: "routines",
    body: "Text",
  });
  ids.roomId = "arbetsforhallanden";
  ids.stepId = "vad-ser-vi";
  ids.itemId = "q1";
  ids.sessionId = (
    await org.hr.post(`${org.api}/learning/sessions`, {
      roomId: ids.roomId,
      mode: "group",
      participantCount: 5,
    })
  ).json.id;
  ids.noteId = (
    await org.hr.put(
      `${org.api}/learning/sessions/${ids.sessionId}/notes/${ids.stepId}/${ids.itemId}`,
      { text: "Anteckning", version: null },
    )
  ).json.id;
  ids.questionId = await post(`/learning/rooms/${ids.roomId}/questions`, {
    stepId: ids.stepId,
    text: "Egen fråga",
    minutes: 2,
  });
  ids.runId = await post("/workbooks/runs", { workbookId: "kom-igang", title: "Start" });
  ids.partId = "arbetsgrupp";
  ids.id = "mandat";
  ids.contactId = (
    await org.members.admin.client.post(`${org.api}/support-contacts`, {
      name: "FHV",
      audience: "everyone",
    })
  ).json.id;
});
afterAll(() => t.close());

function routesTagged(...wanted: string[]) {
  return t.app.apiRoutes.filter((route) => {
    const tags = (route.schema as { tags?: string[] } | undefined)?.tags ?? [];
    const access = (route.config as { access: Access }).access;
    return (
      access.scope === "organisation" &&
      route.method !== "HEAD" &&
      tags.some((tag) => wanted.includes(tag))
    );
  });
}

/** Calls every route as every role; returns the calls made. */
async function tryEveryRole(routes: ReturnType<typeof routesTagged>) {
  const seen: string[] = [];
  for (const route of routes) {
    const { permission } = (route.config as { access: { permission: Parameters<typeof can>[1] } })
      .access;
    const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
      name === "organisationId" ? org.organisationId : name === "year" ? "2026" : ids[name]!,
    );
    for (const method of [route.method].flat()) {
      for (const role of ROLES) {
        // Only reads are tried for granted roles, so the fixtures survive the loop.
        if (can(role, permission) && method !== "GET") continue;
        const response = await org.members[role].client.request(
          method,
          url,
          method === "GET" ? undefined : {},
        );
        if (can(role, permission))
          expect(response.status, `${role} ${method} ${route.url}`).not.toBe(403);
        else expect(response.status, `${role} ${method} ${route.url}`).toBe(403);
        seen.push(`${role} ${method} ${route.url}`);
      }
    }
  }
  return seen;
}

it("refuses exactly the roles the policy does not grant, on every cycle route", async () => {
  const routes = routesTagged("cycle", "reports");
  expect(routes.length).toBeGreaterThan(30);
  const seen = await tryEveryRole(routes);
  // Participants are refused everywhere in the cycle.
  expect(seen.filter((s) => s.startsWith("participant")).length).toBe(
    routes.reduce((n, r) => n + [r.method].flat().length, 0),
  );
});

it("refuses exactly the roles the policy does not grant, on every learning and workbook route", async () => {
  const routes = routesTagged("learning", "workbooks");
  expect(routes.length).toBeGreaterThan(12);
  const seen = await tryEveryRole(routes);
  // Everyone takes rooms: participants are refused only adjusting rooms, drafting and evidence.
  expect(seen.filter((s) => s.startsWith("participant")).length).toBeGreaterThan(5);
});
