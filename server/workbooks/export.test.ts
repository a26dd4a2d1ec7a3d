import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { swedishToday } from "../cycle/years/service.ts";
import { closePdfRenderer, pdfAvailable } from "../reports/index.ts";
import { docxText, pdfInfo, pdfText } from "../reports/test-extract.ts";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../test/harness.ts";

// PDF needs Chromium. A developer machine without it skips these; CI must have it.
const skipPdf = !pdfAvailable() && process.env.CI !== "true";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let other: Awaited<ReturnType<typeof cycleOrganisation>>;
let runId: string;
let startRunId: string;
const year = Number(swedishToday().slice(0, 4));

type Download = (
  url: string,
  language?: string,
) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  json: () => { detail: string; status: number };
}>;
let asHr: Download;

/** Signs in through the API and returns a getter that keeps the body as bytes. */
async function downloader(email: string): Promise<Download> {
  const jar = new Map<string, string>();
  const keep = (response: { cookies: { name: string; value: string }[] }) => {
    for (const c of response.cookies) jar.set(c.name, c.value);
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await t.app.inject({ method: "GET", url: "/api/csrf-token" });
  keep(csrf);
  const signIn = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    headers: { cookie: cookie(), "x-csrf-token": csrf.json().token },
    payload: { email, password: TEST_PASSWORD },
  });
  expect(signIn.statusCode).toBe(200);
  keep(signIn);
  return (url, language = "sv") =>
    t.app.inject({
      method: "GET",
      url,
      headers: { cookie: cookie(), "accept-language": language },
    });
}

/** Fails with the missing needles named, each looked for after the one before it. */
function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  const missing = needles.filter((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at < 0;
  });
  expect(missing).toEqual([]);
}

const plan = (id = runId) => `${org.api}/workbooks/runs/${id}/plan`;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  other = await cycleOrganisation(t);
  const runs = `${org.api}/workbooks/runs`;
  const start = async (workbookId: string, title: string) => {
    const run = await org.hr.post(runs, { workbookId, title });
    expect(run.status).toBe(201);
    return run.json.id as string;
  };
  runId = await start("vald-i-nara-relationer", "Hela kommunen 2026");
  startRunId = await start("kom-igang", "Året som kommer");
  const save = async (run: string, key: string, value: unknown) => {
    const saved = await org.hr.put(`${runs}/${run}/answers/${key}`, { value, version: null });
    expect(saved.status, `${key}: ${JSON.stringify(saved.json)}`).toBe(200);
  };
  // Earlier answers the plan is filled from, and plan answers of its own.
  await save(runId, "steg-1/mal-kort", ["Alla chefer vet vart de hänvisar"]);
  await save(runId, "steg-2/aktiviteter-kort", [
    {
      id: "r1",
      cells: {
        aktivitet: "Webbkurs för chefer",
        berorda: "Chefer",
        ansvarig: "HR-chefen",
        datum: "2026-03-01",
      },
    },
  ]);
  await save(runId, "genomforandeplan/plan-mal-lang", ["Frågan finns i skyddsronden"]);
  await save(runId, "genomforandeplan/plan-resurser", ["Fyra möten à två timmar"]);
  await save(runId, "tidplan/beslut", "2026-02-02");
  await save(runId, "tidplan/steg-1", "2026-04-20");
  // One activity becomes a measure, already under way.
  expect((await org.hr.post(`${org.api}/years`, { year })).status).toBe(201);
  const made = await org.hr.post(`${runs}/${runId}/activities`, {
    item: "genomforandeplan/plan-uppfoljning",
    rowId: "aktiviteter-kort-r1",
    area: "working_conditions",
  });
  expect(made.status).toBe(201);
  await org.hr.patch(`${org.api}/measures/${made.json.measureId}`, {
    status: "in_progress",
    version: 1,
  });

  await save(startRunId, "arbetsgrupp/arbetsgrupp-medlemmar", [
    { id: "p1", cells: { person: "Kim Berg", foretrader: "Arbetsgivaren", uppgift: "Leder" } },
  ]);
  await save(startRunId, "tidplan/investigate", "2026-05-15");

  asHr = await downloader(org.members.hr.email);
});
afterAll(async () => {
  await closePdfRenderer();
  await t.close();
});

describe("the implementation plan as Word", () => {
  it("has the plan's answers and pre-fill, the time plan and the measures, marked as a draft", async () => {
    const response = await asHr(`${plan()}.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(DOCX);
    expect(response.headers["content-disposition"]).toContain(
      "filename*=UTF-8''Genomf%C3%B6randeplan%20%E2%80%93%20Hela%20kommunen%202026.docx",
    );
    const text = docxText(response.rawPayload);
    expectInOrder(text, [
      "Cykelkommunen",
      "Genomförandeplan",
      "Hela kommunen 2026",
      "Utkast – arbetsboken är inte klar",
      "Våld i nära relationer – en del av arbetsmiljöarbetet",
      "Mål på kort sikt",
      "Alla chefer vet vart de hänvisar",
      "Mål på lång sikt",
      "Frågan finns i skyddsronden",
      "Det här vill vi se på kort sikt",
      "Inget svar ännu.",
      "Resurser som behövs",
      "Fyra möten à två timmar",
      "Så följer vi upp och mäter arbetet",
      "Aktivitet | Ansvarig | Datum",
      "Webbkurs för chefer | HR-chefen | 1 mars 2026",
      "Tidplan",
      "Milstolpe | Datum",
      "Beslut fattat och arbetsgrupp utsedd | 2 februari 2026",
      "Webbkursen genomförd | Inget datum",
      "Möte om steg 1 – syfte och mål | 20 april 2026",
      "Aktiviteter som har blivit åtgärder",
      `Webbkurs för chefer | ${year} | Pågår`,
    ]);
    expect(text).toMatch(/Org\.nr \d{6}-\d{4}/);
  });

  it("is in English for an English reader", async () => {
    const text = docxText((await asHr(`${plan()}.docx`, "en")).rawPayload);
    expectInOrder(text, [
      "Implementation plan",
      "Hela kommunen 2026",
      "Draft – the workbook is not finished",
      "Decision taken and working group appointed | 2 February 2026",
      "No date",
      `Webbkurs för chefer | ${year} | In progress`,
    ]);
  });

  it("gives the getting-started summary and time plan, without the draft note once finished", async () => {
    await t.db
      .updateTable("workbook_runs")
      .set({ status: "finished", finished_at: new Date("2026-06-01T10:00:00Z") })
      .where("id", "=", startRunId)
      .execute();
    const text = docxText((await asHr(`${plan(startRunId)}.docx`)).rawPayload);
    expect(text).not.toContain("Utkast");
    expectInOrder(text, [
      "Året som kommer",
      "Klar 1 juni 2026",
      "Årets arbetsgrupp",
      "Kim Berg | Arbetsgivaren | Leder",
      "Tidplan för året",
      "Beslut och start | Inget datum",
      "Undersökningen klar | 15 maj 2026",
    ]);
  });
});

describe("the implementation plan as PDF", () => {
  it.skipIf(skipPdf)("is a tagged PDF with the same content", async () => {
    const response = await asHr(`${plan()}.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain(".pdf");
    const info = await pdfInfo(response.rawPayload);
    expect(info.Tagged).toBe("yes");
    expect(info.Title).toContain("Genomförandeplan");
    const text = await pdfText(response.rawPayload);
    expectInOrder(text, [
      "Genomförandeplan",
      "Alla chefer vet vart de hänvisar",
      "Webbkurs för chefer",
      "Beslut fattat och arbetsgrupp utsedd",
      "2 februari 2026",
      "Pågår",
    ]);
  });

  it("answers 503 with a reason when there is no Chromium, while Word still works", async () => {
    await closePdfRenderer();
    const configured = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const pdf = await asHr(`${plan()}.pdf`);
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json().detail).toMatch(/Chromium saknas/);
      expect((await asHr(`${plan()}.docx`)).statusCode).toBe(200);
    } finally {
      if (configured === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = configured;
    }
  });
});

describe("who may download", () => {
  it("lets the working group read, refuses participants and hides other organisations' runs", async () => {
    const union = await downloader(org.members.union_rep.email);
    expect((await union(`${plan()}.docx`)).statusCode).toBe(200);
    const participant = await downloader(org.members.participant.email);
    for (const format of ["docx", "pdf"])
      expect((await participant(`${plan()}.${format}`)).statusCode, format).toBe(403);
    // Another organisation's HR asks for this run under their own organisation, and under ours
    // (where they are not a member, so the organisation is not shown to exist either).
    const stranger = await downloader(other.members.hr.email);
    for (const format of ["docx", "pdf"]) {
      expect(
        (await stranger(`${other.api}/workbooks/runs/${runId}/plan.${format}`)).statusCode,
      ).toBe(404);
      expect((await stranger(`${plan()}.${format}`)).statusCode).toBe(404);
    }
  });
});
