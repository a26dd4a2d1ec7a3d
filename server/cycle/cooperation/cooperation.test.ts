import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import { cycleOrganisation } from "../fixtures.test-helper.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  await org.hr.post(`${org.api}/years`, { year: 2026 });
});
afterAll(() => t.close());

describe("cooperation meetings", () => {
  it("logs a meeting with forum, participants, information and decisions; an own forum needs a name", async () => {
    const created = await org.hr.post(`${org.api}/years/2026/meetings`, {
      heldOn: "2026-03-12",
      forum: "central_cooperation_group",
      participants: "HR-chef, Kommunal, Vision, skyddsombud",
      topics: "Årets undersökningar",
      informationGiven: "Resultat av medarbetarenkäten",
      decisions: "Gemensam skyddsrond om OSA i april",
    });
    expect(created.status).toBe(201);
    const other = await org.hr.post(`${org.api}/years/2026/meetings`, {
      heldOn: "2026-04-01",
      forum: "other",
    });
    expect(other.status).toBe(422);
    expect(other.json.errors[0]).toEqual({
      path: "forumOther",
      message: "Skriv vad det var för forum eller metod när du valt Annat.",
    });
    const badDate = await org.hr.post(`${org.api}/years/2026/meetings`, {
      heldOn: "2026-13-01",
      forum: "safety_committee",
    });
    expect(badDate.json.errors[0].path).toBe("heldOn");
    const stale = await org.hr.patch(`${org.api}/meetings/${created.json.id}`, {
      version: 2,
      topics: "x",
    });
    expect(stale.status).toBe(409);
    const union = org.members.union_rep.client;
    expect((await union.get(`${org.api}/years/2026/meetings`)).json).toHaveLength(1);
    expect(
      (
        await union.post(`${org.api}/years/2026/meetings`, {
          heldOn: "2026-04-01",
          forum: "safety_committee",
        })
      ).status,
    ).toBe(403);
  });
});

describe("the representatives' positions on the documentation", () => {
  it("records one position per representative, replaced when recorded again, and audited", async () => {
    const union = org.members.union_rep;
    const first = await union.client.put(`${org.api}/years/2026/positions/mine`, {
      position: "partly_agree",
      comment: "Analysen av rekrytering behöver fördjupas.",
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      position: "partly_agree",
      unionName: "Testfacket",
      name: "Test union_rep",
    });
    const second = await union.client.put(`${org.api}/years/2026/positions/mine`, {
      position: "agree",
    });
    expect(second.json).toMatchObject({ position: "agree", comment: "" });
    await org.members.safety_rep.client.put(`${org.api}/years/2026/positions/mine`, {
      position: "disagree",
      comment: "OSA saknas.",
    });

    const positions = (await org.hr.get(`${org.api}/years/2026/positions`)).json;
    expect(positions.map((p: { role: string; position: string }) => [p.role, p.position])).toEqual([
      ["union_rep", "agree"],
      ["safety_rep", "disagree"],
    ]);
    const audit = await t.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "union_position")
      .where("organisation_id", "=", org.organisationId)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "create"]);
    for (const role of ["hr", "admin", "manager", "participant"] as const) {
      const refused = await org.members[role].client.put(`${org.api}/years/2026/positions/mine`, {
        position: "agree",
      });
      expect(refused.status, role).toBe(403);
    }
  });
});

describe("§ 6 harassment guidelines and routines", () => {
  it("keeps every version and shows what the current one does not yet state", async () => {
    const created = await org.hr.post(`${org.api}/harassment-documents`, {
      title: "Rutin mot trakasserier",
      kind: "guidelines_and_routines",
      body: "Trakasserier accepteras inte. Kontakta din chef eller HR.",
      adoptedOn: "2026-01-15",
      nextReviewOn: "2099-01-15",
      covers: ["not_accepted", "whom_to_turn_to"],
    });
    expect(created.status).toBe(201);
    expect(created.json.missing).toEqual([
      "covers_trainees_and_hired_staff",
      "employer_actions",
      "who_investigates",
    ]);
    const badReview = await org.hr.post(
      `${org.api}/harassment-documents/${created.json.id}/versions`,
      {
        body: "Ny text",
        adoptedOn: "2026-06-01",
        nextReviewOn: "2026-05-01",
      },
    );
    expect(badReview.status).toBe(422);
    expect(badReview.json.errors[0]).toEqual({
      path: "nextReviewOn",
      message: "Datumet för nästa översyn måste ligga efter datumet då dokumentet antogs.",
    });
    const v2 = await org.hr.post(`${org.api}/harassment-documents/${created.json.id}/versions`, {
      body: "Gäller även praktikanter och inhyrda. HR utreder. Arbetsgivaren agerar direkt.",
      adoptedOn: "2026-06-01",
      nextReviewOn: "2099-06-01",
      covers: [
        "not_accepted",
        "covers_trainees_and_hired_staff",
        "whom_to_turn_to",
        "employer_actions",
        "who_investigates",
      ],
    });
    expect(v2.json).toMatchObject({ missing: [], reviewOverdue: false, current: { versionNo: 2 } });
    expect(v2.json.versions.map((v: { versionNo: number; body: string }) => v.versionNo)).toEqual([
      2, 1,
    ]);
    expect(v2.json.versions[1].body).toBe(
      "Trakasserier accepteras inte. Kontakta din chef eller HR.",
    );
    const checklist = (await org.hr.get(`${org.api}/years/2026`)).json.checklist.items;
    const item = (key: string) => checklist.find((i: { key: string }) => i.key === key).done;
    expect([
      item("harassment.documents"),
      item("harassment.contents"),
      item("harassment.reviewed"),
    ]).toEqual([true, true, true]);
    expect(
      (await org.members.safety_rep.client.post(`${org.api}/harassment-documents`, {})).status,
    ).toBe(403);
  });
});

describe("§ 7 gender balance", () => {
  it("shows the share of women and whether it is within 40–60 %, and links measures", async () => {
    const nurses = await org.hr.post(`${org.api}/years/2026/gender-balance`, {
      dimension: "work_type",
      label: "Undersköterskor",
      women: 88,
      men: 12,
    });
    expect(nurses.json).toMatchObject({ shareWomen: 88, balanced: false });
    const leaders = await org.hr.post(`${org.api}/years/2026/gender-balance`, {
      dimension: "management_level",
      label: "Ledningsgrupp",
      women: 4,
      men: 6,
    });
    expect(leaders.json).toMatchObject({ shareWomen: 40, balanced: true });
    const negative = await org.hr.post(`${org.api}/years/2026/gender-balance`, {
      dimension: "work_type",
      label: "X",
      women: -1,
      men: 2,
    });
    expect(negative.json.errors[0].path).toBe("women");
    const measure = await org.hr.post(`${org.api}/years/2026/measures`, {
      area: "gender_balance",
      title: "Visa upp undersköterskeyrket för män",
      responsibleTitle: "HR-chef",
      schedule: { kind: "yearly", month: 10 },
      genderBalanceGroupId: nurses.json.id,
    });
    expect(measure.status).toBe(201);
    const groups = (await org.hr.get(`${org.api}/years/2026/gender-balance`)).json;
    expect(groups.find((g: { label: string }) => g.label === "Undersköterskor").measureIds).toEqual(
      [measure.json.id],
    );
  });
});
