import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_EVALUATION_TEMPLATE } from "../../../core/pay/job-evaluation.ts";
import { annualCost } from "../../../core/pay/pay-measures.ts";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import { swedishToday } from "../../cycle/years/service.ts";
import { closePdfRenderer, formatAmount, pdfAvailable } from "../../reports/index.ts";
import { docxText, pdfInfo, pdfText } from "../../reports/test-extract.ts";
import { createMember, startTestApp, TEST_PASSWORD, type TestApp } from "../../test/harness.ts";
import { saveEmployees } from "../employees.ts";
import { syncJobs } from "../jobs/service.ts";
import { jobIds, seedSurveys } from "../test-helpers.ts";

// PDF needs Chromium. A developer machine without it skips these; CI must have it.
const skipPdf = !pdfAvailable() && process.env.CI !== "true";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const NBSP = "\u00A0";
const kr = (amount: number) => formatAmount(amount, "sv");

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let jobs: Record<string, string>;
type Download = (url: string) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}>;
let asHr: Download;
let asDesignated: Download;

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
  return (url) =>
    t.app.inject({ method: "GET", url, headers: { cookie: cookie(), "accept-language": "sv" } });
}

/** Fails with the missing needles named, rather than an index of -1. */
function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  const missing = needles.filter((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return true;
    from = at + needle.length;
    return false;
  });
  expect(missing).toEqual([]);
}

/** pdftotext -layout spreads a table row over the width: one space is as good as many. */
const squeeze = (text: string) => text.replace(/[ \u00A0]+/g, " ");

const report = (year: number, format: "docx" | "pdf", query = "") =>
  `${org.api}/pay/surveys/${year}/report.${format}${query}`;
const indicatorReport = (year: number, format: "docx" | "pdf", query = "") =>
  `${org.api}/pay/surveys/${year}/indicator-report.${format}${query}`;

const MEASURE = { monthlyAdjustment: 1_200, people: 6, onCostPercent: 31.42 };
const MEASURE_COST = annualCost(MEASURE.people, MEASURE.monthlyAdjustment, MEASURE.onCostPercent);
const EXPLANATION =
  "Förskollärarna har samma krav som mannen i samma arbete men lägre lön, utan att lönekriterierna förklarar det.";

const SECTIONS = [
  "Lönekartläggning och analys 2021",
  "Om lönekartläggningen",
  "Sammanfattning",
  "Så har kartläggningen gjorts och samverkan gått till",
  "Metod",
  "Arbetsvärdering",
  "Personalstatistik",
  "(a) Lika arbete",
  "(b) Likvärdigt arbete",
  "(c) Lägre krav men högre lön",
  "Lönejusteringar och åtgärder",
  "Utvärdering av förra årets lönejusteringar",
  "Kompletterande analys: regression",
];

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  const surveys = await seedSurveys(t, org);
  jobs = await jobIds(t, surveys[2021]!);
  asHr = await downloader(org.members.hr.email);

  // A union representative designated for the pay survey, named in the report.
  const designated = await createMember(
    t.db,
    org.organisationId,
    "union_rep",
    "Facklig Företrädare",
  );
  await t.db
    .updateTable("memberships")
    .set({ pay_survey_access: true, union_name: "Kommunal" })
    .where("id", "=", designated.membershipId) // tenant-checked: a test fixture
    .execute();
  asDesignated = await downloader(designated.email);

  // The analysis of Förskollärare's difference, and the pay adjustment it leads to.
  expect((await org.hr.post(`${org.api}/years`, { year: 2021 })).status).toBe(201);
  const finding = await org.hr.put(`${org.api}/pay/surveys/2021/findings`, {
    kind: "equal_work",
    jobId: jobs.Förskollärare,
    otherJobId: null,
    explanation: EXPLANATION,
    classification: "unjustified",
    version: null,
  });
  expect(finding.status, JSON.stringify(finding.json)).toBe(200);
  const today = swedishToday();
  const deadline = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 8)}01`;
  const measure = await org.hr.post(
    `${org.api}/pay/surveys/2021/findings/${finding.json.id}/measures`,
    {
      target: "group",
      groupDescription: "alla kvinnliga förskollärare",
      people: MEASURE.people,
      monthlyAdjustment: MEASURE.monthlyAdjustment,
      onCostPercent: MEASURE.onCostPercent,
      deadline,
      responsibleTitle: "HR-chef",
    },
  );
  expect(measure.status, JSON.stringify(measure.json)).toBe(201);
  expect(measure.json.annualCost).toBe(MEASURE_COST);
});

afterAll(async () => {
  await closePdfRenderer();
  await t.close();
});

describe("the pay survey report", () => {
  let text: string;
  beforeAll(async () => {
    const response = await asHr(report(2021, "docx"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(DOCX);
    expect(response.headers["content-disposition"]).toContain(
      "filename*=UTF-8''L%C3%B6nekartl%C3%A4ggning%202021%20%E2%80%93%20Cykelkommunen.docx",
    );
    text = docxText(response.rawPayload);
  });

  it("follows DL 3:13–14: about, cooperation, method, job evaluation, statistics, the three comparisons, measures, last year, regression", () => {
    expectInOrder(text, SECTIONS);
  });

  it("says who took part: the designated union representative, who analysed, and what Aktiva does not record", () => {
    expectInOrder(text, [
      "Fackliga företrädare utsedda för lönekartläggningen",
      "Facklig Företrädare | Kommunal",
      "Aktiva registrerar inte vilka av mötena",
    ]);
    expect(text).toMatch(/Skillnaderna analyserades .* av Test hr\./);
    expect(text).toContain("Inga samverkansmöten är registrerade för 2021.");
  });

  it("states the method: pay concept, k and the women-dominated threshold", () => {
    expect(text).toContain("(grundlön + fasta tillägg) × 100 / sysselsättningsgrad");
    expect(text).toContain("Minsta gruppstorlek:\t5 personer. Siffror om färre än 5 kvinnor");
    expect(text).toContain(
      `Minst 60${NBSP}% kvinnor, eller markerat som traditionellt kvinnligt arbete.`,
    );
  });

  it("lists the criteria with weights and each job's value with its justification", () => {
    expectInOrder(text, [
      "Kriterier och vikter",
      `Kunskaper och färdigheter | 35${NBSP}%`,
      "Arbetenas värde",
      `Lärare | 88,5 | 80–90 | 5 / 5 | Nej | Värderat i testet.`,
      "Arbeten som inte är värderade",
      "Undersköterska | 6 | 0",
    ]);
  });

  it("shows equal work per job with the key numbers, and the analysis with its classification", () => {
    // Lärare: women 30 000, 31 000 (half time), 32 000, 33 000, 34 000; men 33 000 … 37 000.
    expect(text).toContain(
      `Lärare | 5 | ${kr(32_000)} | 5 | ${kr(35_000)} | ${kr(3_000)} / (8,6${NBSP}%)`,
    );
    expectInOrder(text, ["Analys: (a) Lika arbete", `Förskollärare`, "Osaklig", EXPLANATION]);
    expect(text).toContain(`Lärare / ${kr(3_000)} / (8,6${NBSP}%) | Inte analyserad`);
  });

  it("does not show the numbers of groups smaller than k, nor individual pay or keys", () => {
    // Förskollärare has one man at 36 000; Kock one woman and one man at 45 000.
    expect(text).not.toContain(kr(36_000));
    expect(text).not.toContain(kr(45_000));
    expect(text).toMatch(/Förskollärare \| 6 \| [^|]+ \| 1 \| dold \(färre än 5\)/);
    expect(text).toMatch(/Kock \| 1 \| dold \(färre än 5\) \| 1 \| dold \(färre än 5\) \| Dold/);
    expect(text).not.toMatch(/e2021-\d+/);
  });

  it("shows the pay adjustment made through the API with its cost, deadline and a timetable", () => {
    expectInOrder(text, [
      "Lönejusteringar med kostnad",
      `Förskollärare (lika arbete) / Ansvarig: HR-chef | alla kvinnliga förskollärare (6 personer) | ${kr(1_200)} | ${kr(MEASURE_COST)}`,
      `Sammanlagd kostnad per år: ${kr(MEASURE_COST)}.`,
      "Tidsplan",
      "Senast ",
    ]);
    expect(text).toContain(`Sammanlagd kostnad per år:\t${kr(MEASURE_COST)}`);
  });

  it("draws its charts as pictures with alt text, each followed by a table of the same numbers", () => {
    expectInOrder(text, [
      "Figur 1. Andel kvinnor och män per arbete",
      "Tabell",
      "Figur 2. Skillnad i medellön mellan kvinnor och män per arbete",
      "Lika arbete: månadslön omräknad till heltid",
      "Figur 3. Arbetenas värde och medellön",
    ]);
  });

  it("compares last year's survey: 2020 led to no pay adjustments", () => {
    expect(text).toContain("Kartläggningen 2020 ledde inte till några lönejusteringar.");
  });

  it.skipIf(skipPdf)(
    "is a tagged PDF with the same sections, numbers, measure and figures with alt text",
    async () => {
      const response = await asHr(report(2021, "pdf"));
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      const pdf = response.rawPayload;
      const info = await pdfInfo(pdf);
      expect(info.Tagged).toBe("yes");
      expect(info.Title).toBe("Lönekartläggning och analys 2021");
      const pdfString = squeeze(await pdfText(pdf));
      expectInOrder(pdfString, SECTIONS);
      expect(pdfString).toMatch(/Lärare 5 32 000 kr 5 35 000 kr 3 000 kr/);
      expect(pdfString).toContain(squeeze(kr(MEASURE_COST)));
      expect(pdfString).not.toContain(squeeze(kr(36_000)));
      const alts = [...pdf.toString("latin1").matchAll(/\/S \/Figure\s*\/Alt <FEFF([0-9A-F]*)>/gi)];
      expect(alts.length).toBe(3);
    },
  );

  it("speaks English when asked", async () => {
    const response = await asHr(report(2021, "docx", "?locale=en"));
    expect(response.statusCode).toBe(200);
    const english = docxText(response.rawPayload);
    expectInOrder(english, [
      "Pay survey and analysis 2021",
      "Method",
      "(a) Equal work",
      "Pay adjustments and measures",
    ]);
    expect(response.headers["content-disposition"]).toContain("Pay%20survey%202021");
  });

  it("is for admin, HR and designated union representatives only; others get 403", async () => {
    expect((await asDesignated(report(2021, "docx"))).statusCode).toBe(200);
    for (const role of ["manager", "union_rep", "safety_rep", "participant"] as const) {
      const client = org.members[role].client;
      expect((await client.get(report(2021, "docx"))).status, role).toBe(403);
      expect((await client.get(indicatorReport(2021, "docx"))).status, role).toBe(403);
    }
    expect((await org.members.admin.client.get(report(2021, "docx"))).status).toBe(200);
    expect((await org.hr.get(report(2030, "docx"))).status).toBe(404);
  });

  it("says so, instead of failing, for a survey where no job is evaluated", async () => {
    const { id } = await t.db
      .insertInto("pay_surveys")
      .values({
        organisation_id: org.organisationId,
        year: 2019,
        snapshot_date: "2019-09-30",
        evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await saveEmployees(
      t.db,
      org.organisationId,
      id,
      [FEMALE, FEMALE, FEMALE, MALE, MALE, MALE].map((sex, i) => ({
        key: `e2019-${i}`,
        sex,
        unit: "",
        unitId: org.units.school,
        job: "Lärare",
        extent: 100,
        baseSalary: 30_000 + i * 500,
        fixedSupplements: 0,
      })),
    );
    await t.db.transaction().execute((trx) => syncJobs(trx, org.organisationId, id));
    const response = await asHr(report(2019, "docx"));
    expect(response.statusCode).toBe(200);
    const none = docxText(response.rawPayload);
    expect(none).toContain("Inget arbete är värderat ännu.");
    expect(none).toContain("Det finns ingen tidigare lönekartläggning i Aktiva att utvärdera.");
    expect(none).toContain("Modellen kunde inte skattas:");
  });
});

describe("the EU indicator report", () => {
  it("has the indicators a–g, the reporting duty, and flags the category with a gap of 5 % or more", async () => {
    const response = await asHr(indicatorReport(2021, "docx"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain("L%C3%B6netransparens%202021");
    const text = docxText(response.rawPayload);
    expectInOrder(text, [
      "Lönetransparens: indikatorer 2021",
      "Vem ska rapportera och när",
      "ingen skyldighet att rapportera",
      "Löneskillnader och rörlig lön (a–e)",
      "(a) Löneskillnad, medel",
      "Kvinnor och män i lönekvartilerna (f)",
      "Figur 1. Kvinnor och män per lönekvartil, årslön",
      "Löneskillnad per kategori av arbetstagare (g)",
      "gemensam lönebedömning",
      "Utveckling över åren",
    ]);
    // Lärare is alone in the value band 80–90: hourly, women 32 000 and men 35 000 a month
    // full time, 8.6 %; annual pay is not made full time, so the half-time teacher counts as
    // half. Its counts are hidden to protect the small groups in the other bands.
    const pct = (text: string) => text.replaceAll(" %", `${NBSP}%`);
    expect(text).toContain(
      pct(
        "Värde 80–90 | Dold | Dold | 17,4 % / 17,4 % / Ingen har rörlig lön | 8,6 % / 8,6 % / Ingen har rörlig lön | Ja – gemensam lönebedömning kan krävas (årslön, timlön)",
      ),
    );
    // Förskollärare and Vaktmästare share the band 60–70: 7 women, 6 men, 8.0 %.
    expect(text).toContain(pct("Värde 60–70 | 7 | 6 | 8,0 % / 8,0 %"));
    expect(text).toContain(pct("2 kategorier har en skillnad på 5 % eller mer."));
    // Kock (one woman, one man) is a band of its own: nothing about it is shown.
    expect(text).toContain(
      "Värde 20–30 | Dold | Dold | Dold / Dold / Ingen har rörlig lön | Dold / Dold / Ingen har rörlig lön | Dold",
    );
    expect(text).toMatch(/\n2020 \| 5 \| 5 \| /);
  });

  it.skipIf(skipPdf)("is a tagged PDF with the flag", async () => {
    const response = await asHr(indicatorReport(2021, "pdf"));
    expect(response.statusCode).toBe(200);
    expect((await pdfInfo(response.rawPayload)).Tagged).toBe("yes");
    const text = squeeze(await pdfText(response.rawPayload));
    expect(text).toContain("Lönetransparens: indikatorer 2021");
    expect(text).toContain("Ja – gemensam");
  });
});
