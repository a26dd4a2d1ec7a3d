import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePdfRenderer, pdfAvailable } from "../../reports/index.ts";
import { docxText, pdfInfo, pdfText } from "../../reports/test-extract.ts";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../../test/harness.ts";
import { cycleOrganisation } from "../fixtures.test-helper.ts";

// PDF needs Chromium. A developer machine without it skips these; CI must have it.
const skipPdf = !pdfAvailable() && process.env.CI !== "true";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const NBSP = "\u00A0";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
type Download = (
  url: string,
  language?: string,
) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  json: () => { detail: string; status: number };
}>;
/** Downloads as HR, reading the body as bytes (the shared test client reads text). */
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

/** Where each of `needles` first appears after the one before it; -1 when one is missing. */
function inOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

/** Fails with the missing needles named, rather than an index of -1. */
function expectInOrder(haystack: string, needles: string[]) {
  const order = inOrder(haystack, needles);
  expect(needles.filter((_, i) => order[i] === -1)).toEqual([]);
}

const SECTIONS_SV = [
  "Dokumentation av aktiva åtgärder 2026",
  "Om dokumentationen",
  "Så arbetar vi med aktiva åtgärder",
  "De fem områdena",
  "Arbetsförhållanden",
  "Löner och andra anställningsvillkor",
  "Rekrytering och befordran",
  "Utbildning och övrig kompetensutveckling",
  "Möjligheter att förena förvärvsarbete och föräldraskap",
  "Riktlinjer och rutiner mot trakasserier och repressalier",
  "Jämn könsfördelning",
  "Lönekartläggning",
  "Utvärdering av förra årets åtgärder",
  "Uppföljning och utvärdering",
  "Samverkan",
  "Arbetstagarorganisationernas ställningstagande",
  "Checklista",
];

const COOPERATION_STATEMENT =
  "Arbetet har skett i samverkan med Kommunal och Vision i den centrala samverkansgruppen. Parterna fick underlaget två veckor före varje möte.";
const UNION_COMMENT = "Vi saknar en tidsplan för arbetet med heltid i vården.";

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  const { hr, api, members } = org;
  const ok = async (response: Promise<{ status: number; json: { id: string } }>, status = 201) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.json)).toBe(status);
    return r.json;
  };

  // Last year: three measures done and evaluated, one still going (carried over), one cancelled.
  await ok(hr.post(`${api}/years`, { year: 2025 }));
  const measure2025 = (body: Record<string, unknown>) =>
    ok(
      hr.post(`${api}/years/2025/measures`, {
        responsibleTitle: "HR-chef",
        schedule: { kind: "date", dueOn: "2025-10-31" },
        ...body,
      }),
    );
  const evaluate = (id: string, status: string, evaluation?: { effect: string; comment: string }) =>
    ok(hr.patch(`${api}/measures/${id}`, { version: 1, status, evaluation }), 200);
  const training = await measure2025({
    area: "training_and_development",
    title: "Chefsutbildning i likabehandling",
  });
  const meetings = await measure2025({
    area: "parenthood_and_work",
    title: "Flytta APT till före kl. 16",
  });
  const contact = await measure2025({
    area: "parenthood_and_work",
    title: "Kontaktrutin för föräldralediga",
  });
  const recruiting = await measure2025({
    area: "recruitment_and_promotion",
    title: "Kompetensbaserad rekrytering för chefer",
  });
  const mentors = await measure2025({
    area: "training_and_development",
    title: "Mentorprogram för nyanställda",
  });
  await evaluate(training.id, "done", { effect: "yes", comment: "Alla 24 chefer deltog." });
  await evaluate(meetings.id, "done", {
    effect: "partly",
    comment: "Fler kan delta, men inte nattpersonalen.",
  });
  await evaluate(recruiting.id, "done", { effect: "too_early", comment: "" });
  await evaluate(contact.id, "in_progress");
  await evaluate(mentors.id, "cancelled");

  // This year, with the unfinished measure carried over.
  const year = await ok(hr.post(`${api}/years`, { year: 2026, carryOverMeasureIds: [contact.id] }));
  await ok(
    hr.post(`${api}/years/2026/investigations`, {
      title: "Medarbetarenkät 2026",
      method: "employee_survey",
      heldOn: "2026-03-10",
      participants: "Alla medarbetare, svarsfrekvens 78 %",
      areas: ["working_conditions", "training_and_development", "harassment"],
      findings: "Medarbetare i vården uppger oftare än andra att de inte får gå utbildningar.",
    }),
  );
  await ok(
    hr.post(`${api}/years/2026/investigations`, {
      title: "Genomgång av lönepolicy och rekryteringsrutin",
      method: "policy_review",
      heldOn: "2026-02-12",
      participants: "HR-chef, två chefer, Kommunal och Vision",
      areas: ["pay_and_terms", "recruitment_and_promotion", "parenthood_and_work"],
      findings: "Inga skillnader i villkor kopplade till någon diskrimineringsgrund.",
    }),
  );
  const risk = await ok(
    hr.post(`${api}/years/2026/risks`, {
      title: "Utbildning beviljas olika i vården",
      areas: ["training_and_development"],
      grounds: ["sex", "age"],
      source: "investigation",
      causes: "Schemat i vården lämnar inte utrymme för utbildning på arbetstid.",
      status: "analysed",
    }),
  );
  const measure2026 = (body: Record<string, unknown>) =>
    ok(hr.post(`${api}/years/2026/measures`, body));
  await measure2026({
    area: "working_conditions",
    title: "Skyddsrond med frågor om social arbetsmiljö",
    responsibleMemberId: members.manager.membershipId,
    responsibleTitle: "Enhetschef",
    schedule: { kind: "yearly", month: 3 },
    followUpMethod: "Redovisas i LSG",
    followUpOn: "2026-04-30",
  });
  await measure2026({
    area: "training_and_development",
    title: "Utbildningsplan för vårdens medarbetare",
    responsibleTitle: "Sektorchef vård",
    schedule: { kind: "date", dueOn: "2026-09-30" },
    startOn: "2026-02-01",
    riskIds: [risk.id],
    followUpMethod: "Uppföljning i VSG",
  });
  await measure2026({
    area: "harassment",
    title: "Rutinen mot trakasserier på APT",
    responsibleTitle: "Enhetschef",
    schedule: { kind: "times_per_year", times: 2 },
  });
  await measure2026({
    area: "pay_survey",
    title: "Lönejustering för undersköterskor",
    responsibleTitle: "Personalchef",
    schedule: { kind: "date", dueOn: "2027-04-30" },
    costEstimate: 48600,
  });
  await measure2026({
    area: "gender_balance",
    title: "Fler män till förskolan",
    responsibleTitle: "Rektor",
    schedule: { kind: "continuous" },
  });
  const cancelled = await measure2026({
    area: "recruitment_and_promotion",
    title: "Anonyma ansökningar",
    responsibleTitle: "HR-chef",
    schedule: { kind: "continuous" },
  });
  await evaluate(cancelled.id, "cancelled");
  await ok(
    hr.patch(`${api}/years/2026`, {
      version: 1,
      followUp: {
        working_method: "Ja, arbetet följer nu samma årshjul som arbetsmiljöarbetet.",
        cooperation: "Bra, men facket vill ha underlagen tidigare.",
      },
      areaNotes: {
        pay_and_terms: "Genomgången av lönepolicyn visade inga risker inom området.",
      },
      cooperationStatement: COOPERATION_STATEMENT,
      paySurveySummary:
        "Kartläggningen omfattar 40 anställda.\n\nEn osaklig skillnad hittades mellan undersköterskor och vaktmästare.",
    }),
    200,
  );

  // Written directly while their routes are being built.
  const ids = { organisation_id: org.organisationId, work_year_id: year.id };
  await t.db
    .insertInto("cooperation_meetings")
    .values([
      {
        ...ids,
        held_on: "2026-02-20",
        forum: "central_cooperation_group",
        participants: "HR-chef, Kommunal, Vision",
        topics: "Årets undersökningar och risker",
        information_given: "Resultatet av medarbetarenkäten",
        decisions: "Parterna tar fram åtgärder för vården tillsammans",
      },
      {
        ...ids,
        held_on: "2026-05-14",
        forum: "other",
        forum_other: "Arbetsgrupp för lönekartläggning",
        participants: "Personalchef, Kommunal",
        topics: "Lönekartläggningen",
      },
    ])
    .execute();
  await t.db
    .insertInto("union_positions")
    .values({
      ...ids,
      membership_id: members.union_rep.membershipId,
      union_name: "Kommunal",
      position: "partly_agree",
      comment: UNION_COMMENT,
    })
    .execute();
  const document = await t.db
    .insertInto("harassment_documents")
    .values({
      organisation_id: org.organisationId,
      title: "Riktlinjer mot kränkningar",
      kind: "guidelines_and_routines",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("harassment_document_versions")
    .values({
      organisation_id: org.organisationId,
      document_id: document.id,
      version_no: 1,
      body: "…",
      adopted_on: "2025-01-15",
      next_review_on: "2027-01-15",
      covers: ["not_accepted", "whom_to_turn_to", "employer_actions"],
    })
    .execute();
  await t.db
    .insertInto("gender_balance_groups")
    .values([
      { ...ids, dimension: "work_type", label: "Förskollärare", women: 46, men: 4 },
      { ...ids, dimension: "work_type", label: "Vaktmästare", women: 3, men: 9 },
      { ...ids, dimension: "management_level", label: "Chefer", women: 11, men: 9 },
    ])
    .execute();

  asHr = await downloader(members.hr.email);
});

afterAll(async () => {
  await closePdfRenderer();
  await t.close();
});

const url = (path: string) => `${org.api}/years/2026/${path}`;

describe("the year's documentation", () => {
  it("downloads as Word with a UTF-8 file name, not to be cached", async () => {
    const response = await asHr(url("documentation.docx"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(DOCX);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="Aktiva atgarder 2026 _ Cykelkommunen.docx"; filename*=UTF-8''${encodeURIComponent("Aktiva åtgärder 2026 – Cykelkommunen.docx")}`,
    );
  });

  it("follows the law's order and documents each area's four steps, § 6, § 7 and the pay survey", async () => {
    const text = docxText((await asHr(url("documentation.docx"))).rawPayload);
    expectInOrder(text, SECTIONS_SV);
    expectInOrder(text, [
      "Antal anställda vid årets början:\t40",
      "Krav på skriftlig dokumentation:\tJa, för allt arbete med aktiva åtgärder",
      // Arbetsförhållanden: investigated, no risks, the measure with responsible and schedule.
      "Undersökningar: Arbetsförhållanden",
      "Medarbetarenkät 2026 | 10 mars 2026 | Medarbetarenkät | Alla medarbetare, svarsfrekvens 78 %",
      "Vi har inte hittat några risker eller hinder inom området.",
      "Aktivitet | Ansvarig | Tidsplan | Uppföljning | Status",
      "Skyddsrond med frågor om social arbetsmiljö | Test manager, Enhetschef | Årligen i mars | Redovisas i LSG / Senast 30 april 2026 | Planerad",
      // Pay and terms: no risks, so the conclusion documents the analysis.
      "Slutsats: Genomgången av lönepolicyn visade inga risker inom området.",
      "Anonyma ansökningar | HR-chef | Löpande | Inte bestämt | Avbruten",
      "Risk/hinder | Diskrimineringsgrunder | Orsaker | Status",
      "Utbildning beviljas olika i vården | Kön, Ålder | Schemat i vården lämnar inte utrymme för utbildning på arbetstid. | Analyserad",
      "Utbildningsplan för vårdens medarbetare | Sektorchef vård | Från 1 februari 2026, senast 30 september 2026 | Uppföljning i VSG | Planerad",
      "Kontaktrutin för föräldralediga / Överförd från 2025 | HR-chef | Senast 31 oktober 2025",
      // § 6
      "Riktlinjer mot kränkningar | Riktlinjer och rutiner | 1 | 15 januari 2025 | 15 januari 2027",
      "Att det gäller även praktikanter, inhyrd och inlånad personal | – | Riktlinjer mot kränkningar",
      "Rutinen mot trakasserier på APT | Enhetschef | 2 gånger per år",
      // § 7
      "Grupp | Kvinnor | Män | Andel kvinnor | Inom 40–60 %",
      `Förskollärare | 46 | 4 | 92${NBSP}% | Nej`,
      `Chefer | 11 | 9 | 55${NBSP}% | Ja`,
      "Fler män till förskolan | Rektor | Löpande",
      // §§ 8–10
      "Kartläggningen omfattar 40 anställda.",
      "En osaklig skillnad hittades mellan undersköterskor och vaktmästare.",
      `Lönejustering för undersköterskor | Personalchef | Senast 30 april 2027 | 48${NBSP}600${NBSP}kr`,
      `Sammanlagd beräknad kostnad:\t48${NBSP}600${NBSP}kr`,
    ]);
  });

  it("evaluates last year's measures, shows the follow-up, cooperation, the unions' positions and the checklist", async () => {
    const text = docxText((await asHr(url("documentation.docx"))).rawPayload);
    expectInOrder(text, [
      "Utvärdering av förra årets åtgärder",
      "2025 fanns 5 åtgärder. 3 har genomförts och 3 har utvärderats.",
      "Åtgärd | Område | Status | Effekt | Kommentar",
      "Chefsutbildning i likabehandling | Utbildning och övrig kompetensutveckling | Genomförd | Ja | Alla 24 chefer deltog.",
      "Flytta APT till före kl. 16 | Möjligheter att förena förvärvsarbete och föräldraskap | Genomförd | Delvis | Fler kan delta, men inte nattpersonalen.",
      "Kontaktrutin för föräldralediga | Möjligheter att förena förvärvsarbete och föräldraskap | Pågår / Överförd till 2026 | Inte utvärderad",
      "Mentorprogram för nyanställda | Utbildning och övrig kompetensutveckling | Avbruten | Inte utvärderad",
      "Uppföljning och utvärdering",
      "Har vi hittat ett arbetssätt som främjar lika rättigheter och möjligheter? | Ja, arbetet följer nu samma årshjul som arbetsmiljöarbetet.",
      "Behöver undersökningsmetoden kompletteras eller ändras? | Inte besvarat",
      "Har riskerna och hindren undanröjts? | Inte besvarat",
      "Samverkan",
      COOPERATION_STATEMENT,
      "Datum | Forum | Deltagare | Ämnen | Information och beslut",
      "20 februari 2026 | Central samverkansgrupp (CSG) | HR-chef, Kommunal, Vision | Årets undersökningar och risker | Information: Resultatet av medarbetarenkäten / Beslut: Parterna tar fram åtgärder för vården tillsammans",
      "14 maj 2026 | Arbetsgrupp för lönekartläggning",
      "Arbetstagarorganisationernas ställningstagande",
      "Namn | Organisation | Ställningstagande | Kommentar | Datum",
      `Test union_rep | Kommunal | Instämmer delvis | ${UNION_COMMENT}`,
      "Checklista",
      "Punkt | Lagrum | Status",
      "Arbetsförhållanden: undersökt | 3 kap. 2 § 1 | Klar",
      "Löner och andra anställningsvillkor: orsaker analyserade (eller slutsats om att risker saknas) | 3 kap. 2 § 2 | Klar",
      "Riktlinjerna och rutinerna innehåller allt som krävs | 3 kap. 6 § | Saknas",
      "Utvärdering av förra årets åtgärder | 3 kap. 13 § 3 | Saknas",
    ]);
  });

  it("says so when there was no previous year in Aktiva", async () => {
    const fresh = await t.db
      .insertInto("work_years")
      .values({ organisation_id: org.organisationId, year: 2030 })
      .returning("id")
      .executeTakeFirstOrThrow();
    try {
      const text = docxText((await asHr(`${org.api}/years/2030/documentation.docx`)).rawPayload);
      expect(text).toContain(
        "Det finns inget verksamhetsår 2029 i Aktiva, så här finns inga åtgärder från förra året att utvärdera.",
      );
      expect(text).toContain(
        "Ingen företrädare för arbetstagarna har lämnat något ställningstagande till årets dokumentation i Aktiva.",
      );
      expect(text).toContain("Antal anställda vid årets början:\tInte angivet");
    } finally {
      await t.db.deleteFrom("work_years").where("id", "=", fresh.id).execute();
    }
  });

  it("describes how the work is organised when the getting-started workbook filled it in", async () => {
    const filled = await t.db
      .insertInto("work_years")
      .values({
        organisation_id: org.organisationId,
        year: 2031,
        working_group: JSON.stringify([
          { person: "HR-chef", represents: "Arbetsgivaren", task: "Sammankallande" },
          { person: "Huvudskyddsombud", represents: "Skyddsombuden", task: "" },
        ]),
        planned_methods: JSON.stringify(["employee_survey", "safety_round"]),
        step_dates: JSON.stringify({ investigate: "2031-03-31", follow_up: "2031-11-30" }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    try {
      const text = docxText((await asHr(`${org.api}/years/2031/documentation.docx`)).rawPayload);
      expectInOrder(text, [
        "Så arbetar vi med aktiva åtgärder",
        "Så är arbetet organiserat 2031",
        "Namn eller roll | Företräder | Uppgift i gruppen",
        "HR-chef | Arbetsgivaren | Sammankallande",
        "Huvudskyddsombud | Skyddsombuden",
        "Vi undersöker med hjälp av:",
        "Medarbetarenkät",
        "Skyddsrond",
        "Milstolpe | Datum",
        "Undersökningen klar | 31 mars 2031",
        "Analysen klar | Inget datum",
        "Uppföljning och utvärdering klar | 30 november 2031",
        "De fem områdena",
      ]);
      // A year without it says nothing about it.
      const plain = docxText((await asHr(url("documentation.docx"))).rawPayload);
      expect(plain).not.toContain("Så är arbetet organiserat");
    } finally {
      await t.db.deleteFrom("work_years").where("id", "=", filled.id).execute();
    }
  });

  it("is in English with ?locale=en or an English browser", async () => {
    for (const [path, language] of [
      ["documentation.docx?locale=en", "sv"],
      ["documentation.docx", "en-GB,en;q=0.9"],
    ] as const) {
      const response = await asHr(url(path), language);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-disposition"]).toContain(
        `filename*=UTF-8''${encodeURIComponent("Active measures 2026 – Cykelkommunen.docx")}`,
      );
      const text = docxText(response.rawPayload);
      expectInOrder(text, [
        "Documentation of active measures 2026",
        "About this documentation",
        "The five areas",
        "Working conditions",
        "Activity | Responsible | Timetable | Follow-up | Status",
        "Skyddsrond med frågor om social arbetsmiljö | Test manager, Enhetschef | Yearly in March | Redovisas i LSG / By 30 April 2026 | Planned",
        "Guidelines and routines against harassment and reprisals",
        "Gender balance",
        "Pay survey",
        "Evaluation of last year's measures",
        "Follow-up and evaluation",
        "Cooperation",
        "The employee organisations' positions",
        "Checklist",
        "Working conditions: investigated | Ch. 3 s. 2(1) | Done",
      ]);
      expect(text).not.toContain("Aktivitet | Ansvarig");
    }
    expect((await asHr(url("documentation.docx?locale=de"))).statusCode).toBe(422);
  });

  it.skipIf(skipPdf)("downloads as a tagged PDF with the same content", async () => {
    const response = await asHr(url("documentation.pdf"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Aktiva åtgärder 2026 – Cykelkommunen.pdf")}`,
    );
    const info = await pdfInfo(response.rawPayload);
    expect(info.Tagged).toBe("yes");
    expect(info.Title).toBe("Dokumentation av aktiva åtgärder 2026");
    const text = await pdfText(response.rawPayload);
    expectInOrder(text, SECTIONS_SV);
    expect(text).toMatch(/Aktivitet\s+Ansvarig\s+Tidsplan\s+Uppföljning\s+Status/);
    expect(text).toMatch(/Test union_rep\s+Kommunal\s+Instämmer/);
    // Short needles: a table cell may wrap anywhere in the PDF's layout text.
    for (const needle of [
      "Årligen i mars",
      "Test manager,",
      "Alla 24 chefer",
      "Kontaktrutin för",
      "Vi saknar en tidsplan för",
      "Arbetsförhållanden: undersökt",
    ]) {
      expect(text).toContain(needle);
    }
  });
});

describe("the board summary", () => {
  const summary = () => url("summary.docx?distribution=HR-chef&distribution=Sektorchefer");

  it("sums up last year's evaluation, lists this year's new measures and the distribution list", async () => {
    const response = await asHr(summary());
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(DOCX);
    expect(response.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Aktiva åtgärder 2026, sammanfattning – Cykelkommunen.docx")}`,
    );
    const text = docxText(response.rawPayload);
    expectInOrder(text, [
      "Aktiva åtgärder 2026",
      "Sammanfattning för styrelse eller nämnd",
      "Bakgrund",
      "Utvärdering av 2025",
      "Åtgärder:\t5",
      "Genomförda:\t3",
      "Utvärderade:\t3",
      "Fick avsedd effekt:\t1",
      "Fick delvis avsedd effekt:\t1",
      "Fick inte avsedd effekt:\t0",
      "För tidigt att säga:\t1",
      "Åtgärder som inte genomfördes",
      "Kontaktrutin för föräldralediga (Möjligheter att förena förvärvsarbete och föräldraskap) – pågår – överförd till 2026",
      "Mentorprogram för nyanställda (Utbildning och övrig kompetensutveckling) – avbruten",
      "Nya åtgärder 2026",
      "Skyddsrond med frågor om social arbetsmiljö (Arbetsförhållanden)",
      "Lönejustering för undersköterskor (Lönekartläggning)",
      "Dessutom fortsätter 1 åtgärd från 2025.",
      "Arbetstagarorganisationernas ställningstagande",
      `Test union_rep, Kommunal: Instämmer delvis. ${UNION_COMMENT}`,
      "Sändlista",
      "HR-chef",
      "Sektorchefer",
    ]);
    const newMeasures = text.slice(text.indexOf("Nya åtgärder 2026"), text.indexOf("Dessutom"));
    expect(newMeasures).not.toContain("Kontaktrutin för föräldralediga");
    expect(newMeasures).not.toContain("Anonyma ansökningar");
  });

  it("takes a single recipient, and leaves the list out when there is none", async () => {
    const one = docxText((await asHr(url("summary.docx?distribution=Kommundirektör"))).rawPayload);
    expectInOrder(one, ["Sändlista", "Kommundirektör"]);
    const none = docxText((await asHr(url("summary.docx"))).rawPayload);
    expect(none).not.toContain("Sändlista");
  });

  it("is in English with ?locale=en", async () => {
    const text = docxText((await asHr(`${summary()}&locale=en`)).rawPayload);
    expectInOrder(text, [
      "Active measures 2026",
      "Background",
      "Evaluation of 2025",
      "Had the intended effect:\t1",
      "Measures not carried out",
      "New measures 2026",
      "In addition, 1 measure continues from 2025.",
      "Distribution list",
      "Sektorchefer",
    ]);
  });

  it.skipIf(skipPdf)("fits on at most two PDF pages", async () => {
    const response = await asHr(
      url("summary.pdf?distribution=HR-chef&distribution=Sektorchefer&distribution=Kommundirektör"),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const info = await pdfInfo(response.rawPayload);
    expect(Number(info.Pages)).toBeLessThanOrEqual(2);
    const text = await pdfText(response.rawPayload);
    expectInOrder(text, [
      "Utvärdering av 2025",
      "Nya åtgärder 2026",
      "Sändlista",
      "Kommundirektör",
    ]);
  });
});

describe("who may download", () => {
  it("lets representatives read, refuses participants and answers 404 for a year that does not exist", async () => {
    const union = await downloader(org.members.union_rep.email);
    expect((await union(url("summary.docx"))).statusCode).toBe(200);
    const participant = await downloader(org.members.participant.email);
    for (const path of ["documentation.docx", "documentation.pdf", "summary.docx", "summary.pdf"]) {
      expect((await participant(url(path))).statusCode, path).toBe(403);
    }
    const missing = await asHr(`${org.api}/years/2031/documentation.docx`);
    expect(missing.statusCode).toBe(404);
    expect((await asHr(`${org.api}/years/2031/summary.pdf`)).statusCode).toBe(404);
  });

  it("answers 503 with a reason for PDF when there is no Chromium, while Word still works", async () => {
    await closePdfRenderer();
    const configured = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const pdf = await asHr(url("documentation.pdf"));
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json()).toMatchObject({
        status: 503,
        detail: expect.stringMatching(/Chromium saknas/),
      });
      expect((await asHr(url("documentation.docx"))).statusCode).toBe(200);
    } finally {
      if (configured === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = configured;
    }
  });
});
