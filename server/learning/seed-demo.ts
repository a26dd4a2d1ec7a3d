import { addDays } from "../../core/cycle/year-wheel.ts";
import { adaptRoom, type NoteItem, noteItems } from "../../core/learning/adapt.ts";
import type { Room } from "../../core/learning/room.ts";
import type { StepTimer } from "../../core/learning/timer.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { type RoomLibrary, roomLibrary } from "./content.ts";

/**
 * The demo organisation's learning rooms this year: the introduction taken by the central
 * cooperation group, two focus areas taken by units, one room paused half-way and one taken
 * alone by a manager. The notes are what a scribe would type in a municipality's home care,
 * street department and offices; they describe conditions and groups, never a person. No risks
 * or measures are made from them: turning notes into drafts is left for the demo to show.
 */

export type LearningDemoRole = "hr" | "manager" | "union_rep" | "safety_rep";

export interface LearningDemoInput {
  organisationId: string;
  /** ISO date, today in Sweden. */
  today: string;
  members: Record<LearningDemoRole, { membershipId: string; userId: string }>;
  /** The demo organisation's units; the sessions use named ones when they exist. */
  unitIds: string[];
}

interface FeedbackPlan {
  rating: number;
  comment?: string;
}

export interface LearningSessionPlan {
  key: string;
  roomId: string;
  mode: "group" | "individual";
  /** Preferred unit names, first match wins; the organisation as a whole when empty. */
  units: string[];
  groupName: string;
  participantCount: number;
  status: "completed" | "paused";
  /** The day it was held. */
  on: string;
  /** Minutes after 08:00 UTC (mid-morning in Sweden) that it started. */
  startMinute: number;
  /** Who started it and wrote its notes. */
  by: LearningDemoRole;
  /** The last step reached; for a completed session its last step. */
  stopAfter?: string;
  /** Per step, how the time went: share of the suggested minutes used, and minutes added. */
  pace: Record<string, { share: number; extra?: number }>;
  /** Notes by "step/item". */
  notes: Record<string, string>;
  feedback: FeedbackPlan[];
}

/** How many days before `today` each session was held, when the year is long enough. */
const DAYS_AGO = {
  introduction: 78,
  workingConditions: 48,
  recruitment: 27,
  pay: 11,
  parenthood: 5,
} as const;

/** The date itself on a weekday, else the Friday before, but never before `floor`. */
function weekday(date: string, floor: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const friday = day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
  return friday < floor ? date : friday;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The day a session `daysAgo` before today was held: this year, and before today unless today
 * is the year's first day. Early in the year the sessions move closer together, in order.
 */
export function sessionDay(today: string, daysAgo: number): string {
  const first = `${today.slice(0, 4)}-01-01`;
  const latest = today > first ? addDays(today, -1) : today;
  const span = daysBetween(first, latest);
  const longest = DAYS_AGO.introduction - 1;
  const back = daysAgo - 1;
  const days = span >= longest ? back : Math.round((back / longest) * span);
  return weekday(addDays(latest, -days), first);
}

/** The whole demo of the learning rooms, as seen on `today`. Pure: no database. */
export function learningDemoPlan(today: string): LearningSessionPlan[] {
  const day = (daysAgo: number) => sessionDay(today, daysAgo);
  return [
    {
      key: "introduction",
      roomId: "introduktion",
      mode: "group",
      units: [],
      groupName: "Centrala samverkansgruppen",
      participantCount: 14,
      status: "completed",
      on: day(DAYS_AGO.introduction),
      startMinute: 30,
      by: "hr",
      pace: {
        scen: { share: 1.1 },
        "vad-ar-diskriminering": { share: 0.9 },
        vardagsbilder: { share: 1.2 },
        "aktiva-atgarder": { share: 1 },
        samtal: { share: 1.15, extra: 2 },
        sammanfattning: { share: 0.8 },
        uppgift: { share: 1 },
      },
      notes: {
        "samtal/kanner-igen":
          "Annonsen: vi har själva skrivit ”ungt och drivet team” i annonser för hemtjänsten. Trappan: personalrummet i stadshuset ligger en halvtrappa upp och hissen går bara till entréplan. Skämten känner flera igen från fikarummen.",
        "samtal/gor-redan":
          "Skyddsronder två gånger om året, medarbetarenkät vartannat år, lönekartläggning varje vår och introduktionsdagar för nyanställda i vården. Inget av det frågar i dag efter diskriminering.",
        "samtal/samverkan":
          "Vi tar det i centrala samverkansgruppen, som redan träffas en gång i månaden. Kommunal, Vision och huvudskyddsombudet är med. Aktiva åtgärder blir en stående punkt fyra gånger om året. Förvaltningarna tar sina rum i sina egna samverkansgrupper.",
        "samtal/alla-roster":
          "Nattpersonalen i äldreomsorgen, timavlönade i hemtjänsten och säsongsanställda på gata och park. De är sällan med på APT. Förslag: en kort anonym enkät i mobilen och att skyddsombuden frågar dem vid skyddsronden.",
        "uppgift/risk":
          "Timavlönade och nattpersonal får sällan samma information som andra och har svårare att påverka sina villkor.",
        "uppgift/measure":
          "Varje förvaltning går igenom rummet Arbetsförhållanden i sin samverkansgrupp. Minnesanteckningar från APT skickas till alla, också timavlönade.",
        "uppgift/who": "HR-strateg tillsammans med förvaltningscheferna",
        "uppgift/when": "Före sommaren",
      },
      feedback: [
        { rating: 5, comment: "Bra att vi äntligen pratade om hur samverkan ska gå till." },
        { rating: 4 },
        { rating: 4, comment: "Mycket text att läsa högt, men scenen kändes igen." },
        { rating: 5 },
        { rating: 3, comment: "Hade behövt mer tid till samtalet." },
        { rating: 4 },
        { rating: 5 },
        { rating: 4 },
        { rating: 4 },
      ],
    },
    {
      key: "working-conditions",
      roomId: "arbetsforhallanden",
      mode: "group",
      units: ["Hemtjänsten"],
      groupName: "Hemtjänsten, APT-grupp Norr",
      participantCount: 8,
      status: "completed",
      on: day(DAYS_AGO.workingConditions),
      startMinute: 0,
      by: "safety_rep",
      pace: {
        scen: { share: 1 },
        "situation-1": { share: 1.2 },
        "situation-2": { share: 0.9 },
        "vad-ser-vi": { share: 1.1 },
        fakta: { share: 1 },
        "hos-oss": { share: 1.2, extra: 4 },
        reflektion: { share: 1 },
        sammanfattning: { share: 0.7 },
        uppgift: { share: 1.1, extra: 2 },
      },
      notes: {
        "vad-ser-vi/q1":
          "Omklädningsrummet och de delade passen syns direkt. Lättare att missa: att de timavlönade aldrig är med på APT och därför inte får höra om nya rutiner.",
        "vad-ser-vi/q2":
          "Den som tar anteckningar och ordnar fika får inga synliga uppdrag. När någon slutar ställa frågor tolkas det som att allt är bra.",
        "hos-oss/q3":
          "Lokalen på Norrgatan har ett omklädningsrum för alla, och ingen plats att vila eller be. Planeringsappen har liten text och fungerar dåligt för den som har svårt att läsa.",
        "hos-oss/q4":
          "Nyanställda och timavlönade får oftast de delade turerna och helgerna. Planeraren fördelar, men ingen har skrivit ner hur. Den som har fast tur byter sällan.",
        "hos-oss/q5":
          "Byten av pass sker i en chattgrupp där inte alla är med. Skämt om hur folk pratar svenska förekommer, mest i bilarna mellan besöken.",
        "hos-oss/q6":
          "Skyddsronden tittar på bilar, lyft och hot. Två nya frågor: Hur fördelas delade turer mellan fast anställda och timavlönade? Får alla information om nya rutiner?",
        "uppgift/risk":
          "Delade turer och helgpass hamnar oftare hos nyanställda och timavlönade, och ingen följer upp fördelningen.",
        "uppgift/atgard":
          "Skriv ner hur turer fördelas och följ upp fördelningen på APT varje kvartal. Byten av pass görs i schemasystemet i stället för i chattgruppen.",
        "uppgift/ansvarig": "Enhetschef i hemtjänsten, med skyddsombudet",
        "uppgift/nar": "Principerna klara efter sommaren, första uppföljning i oktober",
      },
      feedback: [
        { rating: 4, comment: "Frågan om turerna borde vi ha tagit upp för länge sedan." },
        { rating: 5 },
        { rating: 3, comment: "Tiden räckte inte till uppgiften." },
        { rating: 4 },
        { rating: 5 },
      ],
    },
    {
      key: "recruitment",
      roomId: "rekrytering-och-befordran",
      mode: "group",
      units: ["Gata och park"],
      groupName: "Gata och park, arbetsledare och skyddsombud",
      participantCount: 6,
      status: "completed",
      on: day(DAYS_AGO.recruitment),
      startMinute: 60,
      by: "manager",
      pace: {
        scen: { share: 0.9 },
        "situation-1": { share: 1 },
        "situation-2": { share: 1.1 },
        "vad-ser-vi": { share: 1 },
        fakta: { share: 1.1 },
        "hos-oss": { share: 1.1, extra: 2 },
        reflektion: { share: 0.8 },
        sammanfattning: { share: 1 },
        uppgift: { share: 1 },
      },
      notes: {
        "vad-ser-vi/q1":
          "Kravet på svenska som modersmål och att bara de första ansökningarna lästes. Det sorterar bort äldre sökande och den som har utbildning från ett annat land.",
        "vad-ser-vi/q2":
          "Hos oss blir man arbetsledare för att chefen frågar. Den som fikar med rätt personer syns mer.",
        "hos-oss/q3":
          "Annonsen för parkarbetare i våras krävde C-körkort, fast bara två av tio tjänster kör lastbil. ”Du är stark och tålig” kan skrämma bort många som skulle klara jobbet.",
        "hos-oss/q4":
          "Vi gör ingen kravprofil före annonsen. Oftast intervjuar en person ensam, och referenser tas muntligt från någon man känner.",
        "hos-oss/q5":
          "Tillförordnade arbetsledare utses utan att uppdraget utlyses. Alla fem arbetsledare är män. Säsongsanställda blir aldrig tillfrågade.",
        "hos-oss/q6":
          "1. Kravprofil och samma frågor till alla, med två som intervjuar. 2. Utlys tillförordnade uppdrag internt. Avdelningschefen kan besluta om båda.",
        "uppgift/risk":
          "Körkortskrav och ord i annonserna sorterar bort sökande som skulle klara jobbet, särskilt kvinnor.",
        "uppgift/atgard":
          "En mall för kravprofil och annons som HR går igenom innan annonsen publiceras. Körkort krävs bara där tjänsten behöver det.",
        "uppgift/ansvarig": "Avdelningschef gata och park, med stöd av HR",
        "uppgift/nar": "Före rekryteringen av säsongsanställda",
      },
      feedback: [
        { rating: 4, comment: "Nyttigt att granska vår egen annons." },
        { rating: 3 },
        { rating: 4 },
        { rating: 5 },
      ],
    },
    {
      key: "pay",
      roomId: "loner-och-villkor",
      mode: "group",
      units: ["Kommunledningsförvaltningen", "Ekonomiavdelningen", "HR-avdelningen"],
      groupName: "Kommunledningsförvaltningen, samverkansgrupp",
      participantCount: 7,
      status: "paused",
      on: day(DAYS_AGO.pay),
      startMinute: 45,
      by: "union_rep",
      stopAfter: "hos-oss",
      pace: {
        scen: { share: 1 },
        "situation-1": { share: 1 },
        "situation-2": { share: 1.1 },
        "vad-ser-vi": { share: 1.2, extra: 2 },
        fakta: { share: 1.3, extra: 2 },
        "hos-oss": { share: 0.9 },
      },
      notes: {
        "vad-ser-vi/q1":
          "Kocken har ansvar för specialkost och ett tungt jobb. Att det är ”marknaden” som avgör håller inte om ingen kan visa det.",
        "vad-ser-vi/q2":
          "Tillägg för resor och kvällsmöten gynnar den som inte hämtar på förskolan. Den som förhandlar hårt får mer, och det är inte alla som vågar.",
        "hos-oss/q3":
          "Lönekriterierna finns på intranätet, men få har läst dem. ”Driver utveckling” bedöms olika av olika chefer.",
        "hos-oss/q4":
          "Mobiltelefon får handläggare men inte administratörer. Friskvårdsbidraget räknas ner för deltid. Visstidsanställda får det först efter ett halvår.",
      },
      feedback: [],
    },
    {
      key: "parenthood",
      roomId: "foraldraskap-och-arbete",
      mode: "individual",
      units: [],
      groupName: "",
      participantCount: 1,
      status: "completed",
      on: day(DAYS_AGO.parenthood),
      startMinute: 330,
      by: "manager",
      pace: {
        scen: { share: 1 },
        forskolan: { share: 0.8 },
        kontoret: { share: 0.8 },
        "samtal-situationer": { share: 0.7 },
        fakta: { share: 1 },
        "samtal-hos-oss": { share: 0.9 },
        eftertanke: { share: 1 },
        sammanfattning: { share: 0.7 },
        uppgift: { share: 1.2 },
      },
      notes: {
        "samtal-situationer/fore-under-efter":
          "Före: prata om hur hon vill ha kontakt. Under: bjuda in till APT och personaldagar. Efter: en riktig introduktion och lönesamtal i samma omgång som alla andra.",
        "samtal-hos-oss/motestider":
          "Vår APT ligger kl. 17–19 en gång i månaden, och planeringsdagarna på kvällstid. De som hämtar egna barn går ofta före beslutspunkterna.",
        "samtal-hos-oss/kontakt-under-ledighet":
          "Ingen rutin. Det hänger på om kollegorna hör av sig. Den som är ledig får sällan veta när löneöversynen sker.",
        "samtal-hos-oss/aterkomst-och-lon":
          "Vet inte. Be HR jämföra löneutvecklingen för dem som har varit föräldralediga med övriga på förskolorna.",
        "eftertanke/reflection":
          "Jag har lagt mötena när det passar mig. Nästa termin frågar jag gruppen först.",
        "uppgift/risk":
          "APT och planeringsdagar på kvällstid gör att föräldrar med små barn missar information och beslut.",
        "uppgift/atgard":
          "Flytta APT till arbetstid, kl. 14–16, och skicka minnesanteckningar till alla, också till den som är föräldraledig.",
        "uppgift/ansvarig": "Förskolechef",
        "uppgift/nar": "Från nästa termin",
      },
      feedback: [],
    },
  ];
}

/** A point in time on an ISO date: `minute` minutes after 08:00 UTC, mid-morning in Sweden. */
const at = (date: string, minute: number) =>
  new Date(Date.parse(`${date}T08:00:00Z`) + minute * 60_000);

/**
 * The steps' clocks as a session left them: each stopped, with the time used and any minutes
 * added, and when the group moved on. Returns the clocks and when each step ended.
 */
function sessionTimers(room: Room, plan: LearningSessionPlan, start: Date) {
  const timers: Record<string, StepTimer> = {};
  const endedAt = new Map<string, Date>();
  let clock = start.getTime();
  for (const step of room.steps) {
    const pace = plan.pace[step.id] ?? { share: 1 };
    const elapsedSeconds = Math.round(step.minutes * 60 * pace.share);
    // A few seconds between steps while someone turns the page.
    clock += (elapsedSeconds + 20) * 1000;
    const savedAt = new Date(clock);
    timers[step.id] = {
      elapsedSeconds,
      running: false,
      extraMinutes: pace.extra ?? 0,
      savedAt: savedAt.toISOString(),
    };
    endedAt.set(step.id, savedAt);
    if (step.id === plan.stopAfter) break;
  }
  return { timers, endedAt, end: new Date(clock) };
}

function unitFor(
  plan: LearningSessionPlan,
  units: Map<string, string>,
  ids: string[],
  index: number,
) {
  if (plan.mode === "individual" || plan.units.length === 0) return null;
  for (const name of plan.units) {
    const id = units.get(name);
    if (id) return id;
  }
  // An organisation without the named units: one of its own, so the group still has a unit.
  return ids[index % Math.max(1, ids.length)] ?? null;
}

export async function seedLearningDemo(
  trx: Db,
  input: LearningDemoInput,
  library: RoomLibrary = roomLibrary(),
): Promise<{ events: number }> {
  const { organisationId, members } = input;
  const tenant = forOrganisation(trx, organisationId);
  const units = new Map<string, string>();
  if (input.unitIds.length > 0) {
    const rows = await tenant
      .selectFrom("units")
      .select(["units.id", "units.name"])
      .where("units.id", "in", input.unitIds)
      .execute();
    for (const row of rows) units.set(row.name, row.id);
  }

  let events = 0;
  let unitIndex = 0;
  for (const plan of learningDemoPlan(input.today)) {
    const files = library.get(plan.roomId);
    // A room removed from the content is left out of the demo rather than failing it.
    if (!files) continue;
    const room = files.sv;
    const items = new Map<string, NoteItem>(
      noteItems(adaptRoom(room, { hiddenSteps: [], ownQuestions: [] })).map((item) => [
        `${item.stepId}/${item.itemId}`,
        item,
      ]),
    );
    const author = members[plan.by].userId;
    const start = at(plan.on, plan.startMinute);
    const { timers, endedAt, end } = sessionTimers(room, plan, start);
    const completed = plan.status === "completed";
    const unitId = unitFor(plan, units, input.unitIds, unitIndex);
    if (unitId) unitIndex++;
    const lastStep = plan.stopAfter
      ? room.steps[room.steps.findIndex((s) => s.id === plan.stopAfter) + 1]?.id
      : room.steps.at(-1)?.id;

    const session = await tenant
      .insertInto("learning_sessions")
      .values({
        organisation_id: organisationId,
        room_id: plan.roomId,
        mode: plan.mode,
        unit_id: unitId,
        group_name: plan.groupName,
        participant_count: plan.participantCount,
        locale: "sv",
        current_step: lastStep ?? null,
        timers: JSON.stringify(timers),
        status: plan.status,
        started_by: author,
        started_at: start,
        completed_at: completed ? end : null,
        updated_at: end,
      })
      .returning(["id", "room_id", "mode", "unit_id", "group_name", "participant_count"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      organisationId,
      actorUserId: null,
      action: "create",
      entityType: "learning_session",
      entityId: session.id,
      after: {
        roomId: session.room_id,
        mode: session.mode,
        unitId: session.unit_id,
        groupName: session.group_name,
        participantCount: session.participant_count,
      },
    });
    events++;

    const notes = Object.entries(plan.notes).map(([key, text]) => {
      const item = items.get(key);
      if (!item) throw new Error(`The learning demo writes on ${key}, not in ${plan.roomId}`);
      const written = endedAt.get(item.stepId);
      if (!written) throw new Error(`The learning demo's ${plan.key} stops before ${key}`);
      return {
        organisation_id: organisationId,
        session_id: session.id,
        step_id: item.stepId,
        item_id: item.itemId,
        prompt: item.prompt,
        text,
        updated_by: author,
        created_at: written,
        updated_at: written,
      };
    });
    if (notes.length > 0) await tenant.insertInto("learning_notes").values(notes).execute();

    if (completed && plan.feedback.length > 0)
      await tenant
        .insertInto("learning_feedback")
        .values(
          plan.feedback.map((f) => ({
            organisation_id: organisationId,
            session_id: session.id,
            room_id: plan.roomId,
            rating: f.rating,
            comment: f.comment ?? "",
            given_on: plan.on,
          })),
        )
        .execute();
  }
  return { events };
}
