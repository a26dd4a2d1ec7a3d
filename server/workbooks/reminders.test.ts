import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../core/platform/format.ts";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { swedishToday } from "../cycle/years/service.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";
import { queueWorkbookReminders } from "./reminders.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let other: Awaited<ReturnType<typeof cycleOrganisation>>;
let runId: string;
let otherRunId: string;

const today = swedishToday();
const iso = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const options = { today, daysBefore: 14, publicUrl: "http://aktiva.test" };

async function start(o: typeof org, title: string) {
  const run = await o.hr.post(`${o.api}/workbooks/runs`, {
    workbookId: "vald-i-nara-relationer",
    title,
  });
  expect(run.status).toBe(201);
  return run.json.id as string;
}

const save = (
  client: typeof org.hr,
  o: typeof org,
  run: string,
  key: string,
  value: unknown,
  version: number | null = null,
) =>
  client
    .put(`${o.api}/workbooks/runs/${run}/answers/${key}`, { value, version })
    .then((r) => expect(r.status, JSON.stringify(r.json)).toBe(200));

const mailTo = (organisationId: string) =>
  t.db
    .selectFrom("outbox_emails")
    .select(["to_address", "subject", "text_body"])
    .where("organisation_id", "=", organisationId)
    .execute();

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  other = await cycleOrganisation(t);
  runId = await start(org, "Hela kommunen");
  otherRunId = await start(other, "Andra kommunen");
  // The working group: HR started the run; the union rep and the safety rep saved answers,
  // the safety rep's answer was later changed by the manager (so only the audit trail has it).
  await save(org.members.union_rep.client, org, runId, "steg-1/varfor-inkludera", "Därför.");
  await save(org.members.safety_rep.client, org, runId, "steg-1/kompetens", "Webbkurs.");
  await save(org.members.manager.client, org, runId, "steg-1/kompetens", "Webbkurs för alla.", 1);
  await save(org.hr, org, runId, "tidplan/beslut", iso(-30));
  await save(org.hr, org, runId, "tidplan/webbkurs", iso(-1));
  await save(org.hr, org, runId, "tidplan/uppstart", iso(3));
  await save(org.hr, org, runId, "tidplan/steg-1", iso(14));
  await save(org.hr, org, runId, "tidplan/steg-2", iso(15));
  await save(other.hr, other, otherRunId, "tidplan/beslut", iso(2));
  await t.db
    .updateTable("users")
    .set({ locale: "en" })
    .where("email", "=", org.members.union_rep.email)
    .execute();
});
afterAll(() => t.close());

describe("time-plan reminders", () => {
  it("reach the working group once for each milestone within the days before, in their language", async () => {
    // Admin is a member who never touched the run; the participant is not one of the group.
    const queued = await queueWorkbookReminders(t.db, options);
    const mail = await mailTo(org.organisationId);
    const group = ["hr", "union_rep", "safety_rep", "manager"] as const;
    expect(mail.map((m) => m.to_address).sort()).toEqual(
      group.flatMap((role) => [org.members[role].email, org.members[role].email]).sort(),
    );
    const hrMail = mail.filter((m) => m.to_address === org.members.hr.email);
    const [uppstart, steg1] = [iso(3), iso(14)].map((d) => formatDate(d, "sv"));
    expect(hrMail.map((m) => m.subject).sort()).toEqual([
      `Påminnelse: Informationsmöte och uppstart den ${uppstart} (Hela kommunen)`,
      `Påminnelse: Möte om steg 1 – syfte och mål den ${steg1} (Hela kommunen)`,
    ]);
    expect(hrMail[0]!.text_body).toContain(
      `http://aktiva.test/o/${org.organisationId}/arbetsbocker/korningar/${runId}/tidplan`,
    );
    const english = mail.filter((m) => m.to_address === org.members.union_rep.email);
    expect(english.map((m) => m.subject)).toContainEqual(
      expect.stringMatching(/^Reminder: Information meeting .* on \d+ [A-Z][a-z]+ \d{4}/),
    );
    expect(mail.some((m) => /Webbkurs|Beslut|steg 2/.test(m.subject))).toBe(false);

    // Recorded: running again queues nothing more.
    expect(await queueWorkbookReminders(t.db, options)).toBe(0);
    expect(await mailTo(org.organisationId)).toHaveLength(mail.length);
    expect(queued).toBe(mail.length + 1); // and one to the other organisation
    const recorded = await t.db
      .selectFrom("workbook_reminders")
      .select(["milestone", "due_on"])
      .where("run_id", "=", runId)
      .orderBy("due_on")
      .execute();
    expect(recorded.map((r) => r.milestone)).toEqual(["uppstart", "steg-1"]);
  });

  it("leave each organisation's runs to its own working group", async () => {
    const mail = await mailTo(other.organisationId);
    expect(mail.map((m) => m.to_address)).toEqual([other.members.hr.email]);
    expect(mail[0]!.subject).toContain("Andra kommunen");
    expect(mail[0]!.text_body).toContain(`/o/${other.organisationId}/arbetsbocker/`);
  });

  it("go on after the run is finished, and skip people no longer in the group", async () => {
    await t.db
      .updateTable("workbook_runs")
      .set({ status: "finished", finished_at: new Date() })
      .where("id", "=", runId)
      .execute();
    await t.db
      .updateTable("memberships")
      .set({ role: "participant" })
      .where("id", "=", org.members.manager.membershipId)
      .execute();
    await t.db
      .deleteFrom("memberships")
      .where("id", "=", org.members.safety_rep.membershipId)
      .execute();
    const before = (await mailTo(org.organisationId)).length;
    // Tomorrow, steg-2 (15 days away today) comes within the 14 days.
    expect(await queueWorkbookReminders(t.db, { ...options, today: iso(1) })).toBe(2);
    const mail = await mailTo(org.organisationId);
    expect(mail).toHaveLength(before + 2);
    const fresh = mail.filter((m) => /steg 2|step 2/.test(m.subject));
    expect(fresh.map((m) => m.to_address).sort()).toEqual(
      [org.members.hr.email, org.members.union_rep.email].sort(),
    );
  });
});
