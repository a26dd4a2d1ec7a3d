import { type EventInput, validateEvent } from "../../core/events/event.ts";
import { addDays } from "../../core/events/time.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { eventColumns } from "./stored.ts";

/**
 * The demo's training events, so every events page has content: two days for managers and
 * HR coming up (seats left), a half day on harassment for workplace representatives that is
 * fully booked with a waitlist, and last autumn's manager training, held, with attendance and
 * evaluations, linked to the plan's training measure as evidence.
 */
export async function seedEventsDemo(
  trx: Db,
  options: { organisationId: string; today: string; organiserUserId: string },
) {
  const { organisationId, today } = options;
  const tenant = forOrganisation(trx, organisationId);
  const measure = await tenant
    .selectFrom("measures")
    .innerJoin("work_years", "work_years.id", "measures.work_year_id")
    .select(["measures.id"])
    .where("measures.library_key", "in", [
      "harassment-training-managers",
      "manager-training-competence-recruitment",
    ])
    .orderBy("work_years.year", "desc")
    .executeTakeFirst();

  const contact = {
    name: "Ari Arrangör",
    email: "arrangor@exempelkommunen.se",
    phone: "0123-456 78",
  };
  const consentText =
    "Exempelkommunen sparar dina uppgifter för att ordna utbildningen och följa upp vilka som deltog. Uppgifter om kost och tillgänglighet tas bort dagen efter utbildningen, och resten avidentifieras sex månader efter den sista dagen.";

  const twoDays: EventInput = {
    title: "Aktiva åtgärder i praktiken – två dagar för chefer och HR",
    description:
      "Under två dagar går vi igenom hur arbetet med aktiva åtgärder hänger ihop: undersöka, analysera, åtgärda och följa upp. Vi arbetar med exempel från kommunens egna verksamheter och avslutar med en plan för det egna arbetet.\n\nMellan dagarna provar du en del av arbetet på din arbetsplats.",
    audience: "Chefer, HR-strateger och fackliga företrädare i Exempelkommunen.",
    days: [
      {
        date: addDays(today, 42),
        start: "08:30",
        end: "16:00",
        programme: [
          { start: "08:30", end: "09:00", title: "Kaffe och registrering", kind: "break" },
          {
            start: "09:00",
            end: "10:00",
            title: "Vad lagen kräver av arbetsgivaren",
            speaker: "Hedvig HR-strateg",
          },
          { start: "10:00", end: "10:15", title: "Paus", kind: "break" },
          {
            start: "10:15",
            end: "12:00",
            title: "Att undersöka: statistik, samtal och enkäter",
            speaker: "Hedvig HR-strateg",
          },
          { start: "12:00", end: "13:00", title: "Lunch", kind: "break" },
          {
            start: "13:00",
            end: "15:30",
            title: "Övning: från risk till åtgärd",
            speaker: "Frans Facklig, Kommunal",
          },
          { start: "15:30", end: "16:00", title: "Hemuppgift inför dag två" },
        ],
      },
      {
        date: addDays(today, 70),
        start: "08:30",
        end: "15:00",
        programme: [
          { start: "08:30", end: "10:00", title: "Vi går igenom hemuppgifterna" },
          { start: "10:00", end: "10:15", title: "Paus", kind: "break" },
          { start: "10:15", end: "12:00", title: "Lönekartläggningen och jämställda löner" },
          { start: "12:00", end: "13:00", title: "Lunch", kind: "break" },
          { start: "13:00", end: "15:00", title: "Att följa upp och dokumentera" },
        ],
      },
    ],
    place: "Stadshuset",
    placeLater: true,
    cost: { kind: "free" },
    capacity: 30,
    registrationCloses: `${addDays(today, 35)}T23:59`,
    preReading: "Läs kommunens senaste dokumentation av de aktiva åtgärderna före dag ett.",
    homework: "Välj en risk från din egen verksamhet och gör en första analys av orsakerna.",
    contact,
    questions: [
      {
        id: "role",
        label: "Är du chef, HR eller facklig företrädare?",
        kind: "choice",
        required: true,
        options: ["Chef", "HR", "Facklig företrädare", "Annat"],
      },
      { id: "lunch", label: "Äter du lunch med oss?", kind: "yesNo", required: true },
    ],
    consentText,
  };

  const halfDay: EventInput = {
    title: "Förebygga trakasserier – halvdag för arbetsplatsombud",
    description:
      "Hur märker man trakasserier tidigt, och vad gör man när någon berättar? En halvdag med samtal och övningar om kommunens rutin.",
    audience: "Arbetsplatsombud och skyddsombud.",
    days: [
      {
        date: addDays(today, 21),
        start: "13:00",
        end: "16:30",
        programme: [
          {
            start: "13:00",
            end: "14:30",
            title: "Rutinen mot trakasserier – steg för steg",
            speaker: "Sam Skyddsombud",
          },
          { start: "14:30", end: "15:00", title: "Fika", kind: "break" },
          { start: "15:00", end: "16:30", title: "Övningar i att ta emot en berättelse" },
        ],
      },
    ],
    place: "Kommunhuset, sal Linnéa",
    cost: { kind: "free" },
    capacity: 8,
    registrationCloses: `${addDays(today, 14)}T12:00`,
    contact,
    consentText,
  };

  const held: EventInput = {
    title: "Chefsutbildning: trakasserier och repressalier",
    description: "En dag om chefens ansvar när någon upplever trakasserier.",
    audience: "Alla chefer i kommunen.",
    days: [
      {
        date: addDays(today, -60),
        start: "09:00",
        end: "15:00",
        programme: [
          { start: "09:00", end: "12:00", title: "Chefens ansvar enligt lagen och rutinen" },
          { start: "12:00", end: "13:00", title: "Lunch", kind: "break" },
          { start: "13:00", end: "15:00", title: "Fall att diskutera" },
        ],
      },
    ],
    place: "Stadshuset, sal Rosen",
    cost: { kind: "free" },
    capacity: 25,
    registrationCloses: `${addDays(today, -67)}T23:59`,
    contact,
    consentText,
  };

  const create = async (input: EventInput, status: "published" | "held", measureId?: string) => {
    const checked = validateEvent(input, "publish");
    if (!checked.ok) throw new Error(`demo event: ${JSON.stringify(checked.problems)}`);
    const created = await tenant
      .insertInto("events")
      .values({
        organisation_id: organisationId,
        status,
        created_by: options.organiserUserId,
        published_at: new Date(`${addDays(today, -90)}T08:00:00Z`),
        measure_id: measureId ?? null,
        ...eventColumns(checked.event),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return created.id;
  };

  const people = [
    ["Anna Berg", "Socialförvaltningen", "Chef"],
    ["Bilal Hassan", "Tekniska förvaltningen", "Chef"],
    ["Cecilia Ek", "HR-avdelningen", "HR"],
    ["David Lund", "Kommunal", "Facklig företrädare"],
    ["Elin Sjöberg", "Barn- och utbildningsförvaltningen", "Chef"],
    ["Farah Ali", "Vision", "Facklig företrädare"],
    ["Gustav Nyström", "Kultur- och fritidsförvaltningen", "Chef"],
    ["Hanna Öberg", "HR-avdelningen", "HR"],
    ["Ivan Petrov", "Äldreomsorgen", "Chef"],
    ["Johanna Lind", "Räddningstjänsten", "Chef"],
    ["Karim Nilsson", "Gata och park", "Chef"],
    ["Lena Holm", "Ekonomiavdelningen", "Chef"],
  ] as const;
  const register = async (
    eventId: string,
    count: number,
    status: (i: number) => "confirmed" | "waitlisted",
    extra: (i: number) => { checked_in_at?: Date; evaluated_at?: Date } = () => ({}),
  ) => {
    for (let i = 0; i < count; i++) {
      const [name, organisation, role] = people[i % people.length]!;
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}${i}@example.se`;
      const at = new Date(`${addDays(today, -20 + i)}T09:00:00Z`);
      await tenant
        .insertInto("event_registrations")
        .values({
          organisation_id: organisationId,
          event_id: eventId,
          status: status(i),
          name,
          email,
          email_key: email,
          participant_organisation: organisation,
          participant_role: role,
          answers: JSON.stringify({}),
          email_confirmed_at: at,
          queued_at: at,
          created_at: at,
          ...extra(i),
        })
        .execute();
    }
  };

  const upcoming = await create(twoDays, "published");
  await register(upcoming, 12, () => "confirmed");
  const full = await create(halfDay, "published");
  await register(full, 10, (i) => (i < 8 ? "confirmed" : "waitlisted"));
  const past = await create(held, "held", measure?.id);
  const day = new Date(`${addDays(today, -60)}T08:00:00Z`);
  await register(
    past,
    12,
    () => "confirmed",
    (i) => (i < 11 ? { checked_in_at: day, ...(i < 9 ? { evaluated_at: day } : {}) } : {}),
  );
  await tenant
    .updateTable("events")
    .set({ evaluation_sent_at: day, needs_deleted_at: day })
    .where("events.id", "=", past)
    .execute();
  const grades = [5, 4, 5, 4, 4, 5, 3, 4, 5];
  const comments = [
    "Fallen var bra att diskutera i grupp.",
    "Mer tid för frågor, tack.",
    "Tydligt vad jag ska göra när någon berättar.",
  ];
  for (const [i, grade] of grades.entries())
    await tenant
      .insertInto("event_evaluations")
      .values({
        organisation_id: organisationId,
        event_id: past,
        answers: JSON.stringify({
          overall: grade,
          usefulness: Math.max(3, grade - (i % 2)),
          ...(comments[i] ? { best: comments[i] } : {}),
        }),
      })
      .execute();
}
