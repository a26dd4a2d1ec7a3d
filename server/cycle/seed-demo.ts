import { libraryMeasure } from "../../core/cycle/measure-library.ts";
import { dueDates, endOfMonth, type Schedule } from "../../core/cycle/schedule.ts";
import type {
  Area,
  CooperationForum,
  EvaluationEffect,
  GenderBalanceDimension,
  Ground,
  HarassmentDocumentKind,
  HarassmentRequirement,
  InvestigationMethod,
  MeasureStatus,
  Position,
  RiskSource,
  RiskStatus,
} from "../../core/cycle/vocabulary.ts";
import { addDays } from "../../core/cycle/year-wheel.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { scheduleColumns } from "./years/service.ts";

/**
 * The demo organisation's yearly cycle of active measures (Diskrimineringslagen 3 kap.):
 * a documented previous year and a current year in progress, with some work deliberately
 * left to do. Dates are placed relative to `today`, so the demo looks lived-in whichever day
 * it is created: past events lie before today, some measures are overdue, and what is due
 * later is still planned. Risks and findings describe conditions at group level only.
 */

export type CycleDemoRole = "admin" | "hr" | "manager" | "union_rep" | "safety_rep";

export interface CycleDemoInput {
  organisationId: string;
  year: number;
  /** ISO date (the Swedish date); clamped into `year`. */
  today: string;
  members: Record<CycleDemoRole, { membershipId: string; userId: string }>;
  /** Unit ids by name; every name in CYCLE_DEMO_UNITS must be present. */
  unitIds: Map<string, string>;
}

/** The units the demo cycle refers to by name. */
export const CYCLE_DEMO_UNITS = [
  "Förskolan Solrosen",
  "Förskolan Blåklinten",
  "Äldreomsorgen",
  "Hemtjänsten",
  "Individ- och familjeomsorgen",
  "Gata och park",
  "Bygglov",
  "Räddningstjänsten",
] as const;
type UnitName = (typeof CYCLE_DEMO_UNITS)[number];

type Responsible = "hr" | "manager";

export interface InvestigationPlan {
  key: string;
  title: string;
  method: InvestigationMethod;
  heldOn: string;
  participants: string;
  areas: Area[];
  findings: string;
}

export interface RiskPlan {
  key: string;
  title: string;
  description: string;
  areas: Area[];
  grounds: Ground[];
  source: RiskSource;
  investigation: string | null;
  causes: string;
  status: RiskStatus;
  units: UnitName[];
}

export interface MeasurePlan {
  key: string;
  area: Area;
  title: string;
  description: string;
  libraryKey: string | null;
  unit: UnitName | null;
  responsible: Responsible | null;
  responsibleTitle: string | null;
  schedule: Schedule;
  startOn: string | null;
  followUpMethod: string;
  followUpOn: string | null;
  status: MeasureStatus;
  costEstimate: number | null;
  completedOn: string | null;
  evaluation: { effect: EvaluationEffect; comment: string; on: string } | null;
  risks: string[];
  carriedOverFrom: string | null;
  genderBalanceGroup: string | null;
}

export interface CommentPlan {
  measure: string;
  author: CycleDemoRole;
  on: string;
  body: string;
}

export interface MeetingPlan {
  heldOn: string;
  forum: CooperationForum;
  participants: string;
  topics: string;
  informationGiven: string;
  decisions: string;
}

export interface GroupPlan {
  key: string;
  dimension: GenderBalanceDimension;
  label: string;
  women: number;
  men: number;
}

export interface YearPlan {
  year: number;
  followUp: Record<string, string>;
  areaNotes: Partial<Record<Area, string>>;
  cooperationStatement: string;
  paySurveySummary: string;
  documentationCompletedOn: string | null;
  investigations: InvestigationPlan[];
  risks: RiskPlan[];
  groups: GroupPlan[];
  measures: MeasurePlan[];
  comments: CommentPlan[];
  meetings: MeetingPlan[];
  unionPosition: { position: Position; comment: string; recordedOn: string } | null;
}

export interface HarassmentPlan {
  title: string;
  kind: HarassmentDocumentKind;
  versions: {
    versionNo: number;
    body: string;
    adoptedOn: string;
    nextReviewOn: string;
    covers: HarassmentRequirement[];
  }[];
}

export interface CycleDemoPlan {
  previous: YearPlan;
  current: YearPlan;
  harassment: HarassmentPlan;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const earlier = (a: string, b: string) => (a < b ? a : b);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The date itself on a weekday, else the Friday before (meetings are not held at weekends). */
const weekday = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
};

/** A point in time on an ISO date (mid-morning in Sweden). */
const at = (date: string, minute = 0) => new Date(`${date}T08:${pad(Math.min(minute, 59))}:00Z`);

function fromLibrary(key: string) {
  const measure = libraryMeasure(key);
  if (!measure) throw new Error(`Unknown library measure: ${key}`);
  return measure;
}

/** The first follow-up in the library's month after the measure is due in `year`. */
function followUpAfter(schedule: Schedule, month: number, year: number) {
  const dueMonth =
    schedule.kind === "yearly"
      ? schedule.month
      : schedule.kind === "continuous"
        ? 6
        : schedule.kind === "date"
          ? Number(schedule.dueOn.slice(5, 7))
          : 12;
  return iso(month > dueMonth ? year : year + 1, month, 15);
}

type MeasureInput = Partial<Omit<MeasurePlan, "key" | "libraryKey">> & {
  key: string;
  library?: string;
  /** For the current year: the evaluation made once the follow-up date has passed. */
  evaluate?: { effect: EvaluationEffect; comment: string };
};

/** The plan of the whole demo cycle for `year`, as seen on `today`. Pure: no database. */
export function cycleDemoPlan(year: number, today: string): CycleDemoPlan {
  const first = iso(year, 1, 1);
  const last = iso(year, 12, 31);
  const T = today < first ? first : today > last ? last : today;
  const prev = year - 1;

  // Events that should have happened this spring: on their own date when it has passed, else
  // squeezed, in the same order, into the weeks before today — from early January when there
  // is room, otherwise back into last autumn.
  const springFrom = iso(year, 1, 25);
  const springTo = iso(year, 5, 14);
  const span = daysBetween(springFrom, springTo);
  const room = Math.min(72, Math.max(40, daysBetween(iso(year, 1, 8), addDays(T, -3))));
  const pastDay = (preferred: string) =>
    weekday(
      earlier(
        preferred,
        addDays(T, -3 - Math.round((daysBetween(preferred, springTo) * room) / span)),
      ),
    );

  const build = (input: MeasureInput, current: boolean): MeasurePlan => {
    const lib = input.library ? fromLibrary(input.library) : undefined;
    const schedule = input.schedule ?? lib?.schedule;
    const area = input.area ?? lib?.area;
    const title = input.title ?? lib?.title.sv;
    if (!schedule || !area || !title) throw new Error(`Incomplete demo measure: ${input.key}`);
    const measureYear = current ? year : prev;
    const followUpOn =
      input.followUpOn !== undefined
        ? input.followUpOn
        : lib?.followUpMonth
          ? followUpAfter(schedule, lib.followUpMonth, measureYear)
          : null;
    const startOn = input.startOn ?? null;
    let status = input.status;
    let completedOn = input.completedOn ?? null;
    let evaluation = input.evaluation ?? null;
    if (current && status === undefined) {
      const started = startOn === null || startOn <= T;
      const soon = addDays(T, 30);
      if (schedule.kind === "date" || schedule.kind === "yearly") {
        const due = schedule.kind === "date" ? schedule.dueOn : endOfMonth(year, schedule.month);
        if (due < T) {
          status = "done";
          completedOn = addDays(due, schedule.kind === "date" ? -3 : -6);
        } else status = due <= soon && started ? "in_progress" : "planned";
      } else if (schedule.kind === "times_per_year") {
        const firstDue = dueDates(schedule, year)[0]!;
        const under = startOn !== null ? started : firstDue <= soon;
        status = under ? "in_progress" : "planned";
      } else status = started ? "in_progress" : "planned";
    }
    status ??= "planned";
    if (current && input.evaluate && status !== "planned" && followUpOn && followUpOn < T) {
      evaluation = { ...input.evaluate, on: earlier(addDays(followUpOn, 5), T) };
    }
    return {
      key: input.key,
      area,
      title,
      description: input.description ?? lib?.description.sv ?? "",
      libraryKey: input.library ?? null,
      unit: input.unit ?? null,
      responsible: input.responsible ?? null,
      responsibleTitle:
        input.responsibleTitle !== undefined
          ? input.responsibleTitle
          : (lib?.responsibleTitle.sv ?? null),
      schedule,
      startOn,
      followUpMethod: input.followUpMethod ?? lib?.followUp.sv ?? "",
      followUpOn,
      status,
      costEstimate: input.costEstimate ?? null,
      completedOn,
      evaluation,
      risks: input.risks ?? [],
      carriedOverFrom: input.carriedOverFrom ?? null,
      genderBalanceGroup: input.genderBalanceGroup ?? null,
    };
  };

  const adoptedOn = earlier(weekday(iso(year, 2, 10)), T);

  return {
    previous: previousYear(prev, (input) => build(input, false)),
    current: currentYear(year, T, pastDay, adoptedOn, (input) => build(input, true)),
    harassment: harassmentDocument(year, adoptedOn),
  };
}

const UNIONS = "Kommunal, Vision, Sveriges Lärare, Vårdförbundet och Akademikerförbunden";

const NIGHT_TALKS = {
  area: "training_and_development" as const,
  title: "Erbjud utvecklingssamtal på arbetstid till nattpersonalen",
  description:
    "Nattpersonalen i äldreomsorgen erbjuds utvecklingssamtal under sin arbetstid eller på betald tid dagtid. Enhetschefen planerar in vikarier så att samtalen kan hållas. Utan samtal riskerar nattpersonalen att gå miste om kompetensutveckling och lönesamtal på samma villkor som andra.",
  unit: "Äldreomsorgen" as const,
  responsibleTitle: "Enhetschef i äldreomsorgen",
  followUpMethod:
    "Enhetschefen redovisar i oktober hur många i nattpersonalen som har haft samtal och fått en kompetensplan.",
};

function previousYear(year: number, measure: (input: MeasureInput) => MeasurePlan): YearPlan {
  // Last year's dates are fixed, and fall on weekdays.
  const d = (month: number, day: number) => weekday(iso(year, month, day));
  return {
    year,
    followUp: {
      working_method:
        "I stort sett ja. Att lägga in frågor om diskriminering i skyddsronderna och medarbetarenkäten gjorde att arbetet blev en del av det vanliga arbetsmiljöarbetet. Förvaltningarna arbetade dock i olika takt, och samhällsbyggnadsförvaltningen kom igång sent.",
      investigation_method:
        "Enkäten och personalstatistiken gav bra underlag om kön och ålder men säger lite om de andra diskrimineringsgrunderna. Nästa år lägger vi till ett APT-tema där arbetsgrupperna själva beskriver hinder, och vi går igenom förmåner och rutiner.",
      analysis:
        "Varje risk analyserades av chef, skyddsombud och HR tillsammans. Orsakerna till ofrivillig deltid behöver analyseras djupare tillsammans med Kommunal.",
      responsibilities_and_timetable:
        "Alla åtgärder hade en ansvarig och en tidsplan. Två blev försenade: heltidsarbetet i socialförvaltningen och utvecklingssamtalen för nattpersonalen. Båda förs över till nästa år.",
      cooperation:
        "Aktiva åtgärder togs upp i central samverkan två gånger och i skyddskommittén en gång. De fackliga företrädarna vill få personalstatistiken tidigare, innan riskerna analyseras.",
      lessons:
        "Vi behöver en fast punkt om aktiva åtgärder på varje samverkansmöte och ett gemensamt årshjul, så att uppföljningen inte hamnar sist på året.",
      risks_removed:
        "Två risker är undanröjda: onödiga språkkrav i annonserna och de fysiska testerna i räddningstjänsten. Fyra risker har minskat men finns kvar, bland annat ofrivillig deltid och att många inte vet vart de ska vända sig vid trakasserier.",
      all_done:
        "Nio av tolv åtgärder är genomförda. Två pågår fortfarande och en har skjutits upp.",
      intended_effect:
        "De flesta åtgärderna fick avsedd effekt. Insatsen för att locka fler män till förskolan gav inte fler sökande, och utbildningen om trakasserier nådde inte alla timavlönade.",
      other_measures_needed:
        "Ja. Vi behöver nå vikarier och praktikanter med rutinerna mot trakasserier, se över hur interna uppdrag tillsätts och fortsätta arbetet för heltid.",
    },
    areaNotes: {
      parenthood_and_work:
        "Undersökningarna visade inga risker inom området. I medarbetarenkäten svarade 91 procent att de kan förena arbete och föräldraskap. Eftersom några enheter hade arbetsplatsträffar sent på eftermiddagen beslutade vi ändå om en främjande åtgärd om mötestider.",
    },
    cooperationStatement: `Arbetet med aktiva åtgärder har skett i samverkan enligt kommunens samverkansavtal. Planen togs upp i central samverkansgrupp i februari och uppföljningen i november. Skyddskommittén behandlade resultaten från skyddsronderna och medarbetarenkäten. De fackliga organisationerna (${UNIONS}) har fått personalstatistiken och lönekartläggningen och deltog i analysen av löneskillnaderna. Kommunals synpunkter om ofrivillig deltid finns med i uppföljningen.`,
    paySurveySummary:
      "Lönekartläggningen gjordes i september och oktober i samverkan med de fackliga organisationerna och omfattade 1 184 anställda. Jämförelsen av lika arbeten visade inga osakliga löneskillnader mellan kvinnor och män. I jämförelsen av likvärdiga arbeten hade undersköterskor i hemtjänsten, ett kvinnodominerat arbete, i genomsnitt 1 150 kronor lägre månadslön än drifttekniker i gata och park, trots att arbetena värderas lika högt. Skillnaden saknar sakliga skäl. Handlingsplan: skillnaden rättas i två steg, med 420 000 kronor i nästa års lönerevision och resten året därpå. Inga andra osakliga skillnader hittades.",
    documentationCompletedOn: d(12, 18),
    investigations: [
      {
        key: "p-survey",
        title: "Medarbetarenkät",
        method: "employee_survey",
        heldOn: d(3, 15),
        participants:
          "Alla medarbetare (svarsfrekvens 74 procent). Resultatet analyserades av HR tillsammans med skyddsombud och fackliga företrädare.",
        areas: [
          "working_conditions",
          "training_and_development",
          "parenthood_and_work",
          "harassment",
        ],
        findings:
          "38 procent visste inte vart de ska vända sig om de blir utsatta för trakasserier, och bland timavlönade var andelen högre. 91 procent kan förena arbete och föräldraskap. Medarbetare som arbetar natt svarade oftare än andra att de inte har haft utvecklingssamtal.",
      },
      {
        key: "p-safety",
        title: "Skyddsronder med frågor om organisatorisk och social arbetsmiljö",
        method: "safety_round",
        heldOn: d(4, 22),
        participants: "Chefer och skyddsombud i alla fyra förvaltningar.",
        areas: ["working_conditions", "parenthood_and_work"],
        findings:
          "Skyddsronderna gjordes på 38 arbetsplatser, och frågor om bemötande, arbetstider och tillgänglighet ingick för första gången. Brister i tillgänglighet noterades i fyra äldre lokaler. I räddningstjänsten ifrågasattes om de årliga fysiska testerna speglar arbetets faktiska krav.",
      },
      {
        key: "p-routines",
        title: "Genomgång av rekryteringsrutin och obligatoriska e-utbildningar",
        method: "policy_review",
        heldOn: d(5, 12),
        participants: "HR-strateg, personalchef och huvudskyddsombud.",
        areas: ["recruitment_and_promotion", "training_and_development", "harassment"],
        findings:
          "Sex av tjugo granskade annonser krävde mycket goda kunskaper i svenska utan att arbetet krävde det. Två obligatoriska e-utbildningar gick inte att använda med skärmläsare.",
      },
      {
        key: "p-statistics",
        title: "Personalstatistik och lönekartläggning",
        method: "personnel_statistics",
        heldOn: d(9, 30),
        participants: "HR-avdelningen. Resultatet redovisades i central samverkansgrupp.",
        areas: ["pay_and_terms", "recruitment_and_promotion", "gender_balance", "pay_survey"],
        findings:
          "31 procent av de deltidsanställda i hemtjänsten och 24 procent i äldreomsorgen vill arbeta mer, nästan alla kvinnor. 95 procent av förskollärarna är kvinnor. Lönespridningen i undersköterskeyrket är liten, och lönen ökar knappt efter de första fem åren.",
      },
    ],
    risks: [
      {
        key: "p-part-time",
        title: "Ofrivillig deltid i hemtjänsten och äldreomsorgen",
        description:
          "En stor andel av de deltidsanställda vill arbeta mer men erbjuds inte heltid. Det ger lägre lön och pension i kvinnodominerade yrken.",
        areas: ["pay_and_terms"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "p-statistics",
        causes:
          "Scheman byggs utifrån verksamhetens toppar morgon och kväll, och heltidstjänster har inte erbjudits när någon slutat. Yrkena är kvinnodominerade, så deltiden drabbar framför allt kvinnor.",
        status: "acting",
        units: ["Hemtjänsten", "Äldreomsorgen"],
      },
      {
        key: "p-pay-spread",
        title: "Liten lönespridning i kvinnodominerade yrken",
        description:
          "I undersköterskeyrket slutar lönen i stort sett att öka efter några år, medan tekniska yrken har längre lönetrappor.",
        areas: ["pay_and_terms"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "p-statistics",
        causes:
          "Lönestrukturen saknar steg för fördjupad kompetens och ansvar i vård- och omsorgsyrken.",
        status: "acting",
        units: [],
      },
      {
        key: "p-language",
        title: "Onödiga språkkrav i platsannonser",
        description:
          "Annonser krävde mycket goda kunskaper i svenska även för arbeten där det inte behövs, vilket kan sortera bort sökande med annat modersmål.",
        areas: ["recruitment_and_promotion"],
        grounds: ["ethnicity"],
        source: "investigation",
        investigation: "p-routines",
        causes:
          "Annonsmallen hade en standardformulering som kopierades utan att kravet prövades mot arbetet.",
        status: "removed",
        units: [],
      },
      {
        key: "p-e-learning",
        title: "Obligatoriska e-utbildningar fungerar inte med skärmläsare",
        description:
          "Medarbetare som använder skärmläsare eller förstoring kan inte genomföra två obligatoriska utbildningar på egen hand.",
        areas: ["training_and_development"],
        grounds: ["disability", "age"],
        source: "investigation",
        investigation: "p-routines",
        causes: "Utbildningarna köptes in utan krav på tillgänglighet.",
        status: "acting",
        units: [],
      },
      {
        key: "p-night-talks",
        title: "Nattpersonalen får sällan utvecklingssamtal",
        description:
          "Nattpersonalen i äldreomsorgen, nästan bara kvinnor, har haft utvecklingssamtal i lägre grad än andra och får därmed färre chanser till kompetensutveckling.",
        areas: ["training_and_development"],
        grounds: ["sex"],
        source: "investigation",
        investigation: "p-survey",
        causes:
          "Samtalen bokas dagtid när nattpersonalen inte arbetar, och ingen ersättning eller vikarie har planerats.",
        status: "acting",
        units: ["Äldreomsorgen"],
      },
      {
        key: "p-whom-to-turn-to",
        title: "Många vet inte vart de ska vända sig vid trakasserier",
        description:
          "Var tredje medarbetare vet inte vart de ska vända sig om de blir utsatta för trakasserier eller sexuella trakasserier.",
        areas: ["harassment", "working_conditions"],
        grounds: ["sex", "sexual_orientation"],
        source: "investigation",
        investigation: "p-survey",
        causes:
          "Rutinen finns bara på intranätet, som timavlönade sällan har tillgång till, och den har inte tagits upp på arbetsplatsträffar på flera år.",
        status: "acting",
        units: [],
      },
      {
        key: "p-men-in-preschool",
        title: "Mycket få män bland förskollärare och barnskötare",
        description:
          "95 procent av förskollärarna är kvinnor. En ensidig personalgrupp kan göra det svårare för det underrepresenterade könet att trivas och stanna.",
        areas: ["gender_balance"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "p-statistics",
        causes:
          "Yrket uppfattas som ett kvinnoyrke, och kommunen har inte riktat någon rekrytering till män.",
        status: "acting",
        units: ["Förskolan Solrosen", "Förskolan Blåklinten"],
      },
      {
        key: "p-fitness-tests",
        title: "Fysiska tester i räddningstjänsten var inte kopplade till arbetets krav",
        description:
          "De årliga testerna mätte delvis sådant som inte krävs i utryckningsarbetet, vilket kunde missgynna kvinnor och äldre brandmän.",
        areas: ["working_conditions"],
        grounds: ["sex", "age"],
        source: "investigation",
        investigation: "p-safety",
        causes: "Testerna hade inte setts över sedan de infördes för över tjugo år sedan.",
        status: "removed",
        units: ["Räddningstjänsten"],
      },
    ],
    groups: [
      {
        key: "p-preschool-teachers",
        dimension: "work_type",
        label: "Förskollärare",
        women: 139,
        men: 7,
      },
      {
        key: "p-permanent",
        dimension: "employee_category",
        label: "Tillsvidareanställda",
        women: 842,
        men: 249,
      },
      { key: "p-managers", dimension: "management_level", label: "Chefer", women: 45, men: 27 },
    ],
    measures: [
      measure({
        key: "p-safety-round",
        library: "safety-round-social",
        status: "done",
        completedOn: d(10, 20),
        followUpOn: d(11, 15),
        risks: ["p-fitness-tests"],
        evaluation: {
          effect: "yes",
          comment:
            "Frågorna om bemötande, arbetstider och tillgänglighet ingick i alla 38 skyddsronder, och riskerna fördes in i arbetsplatsernas handlingsplaner.",
          on: d(11, 20),
        },
      }),
      measure({
        key: "p-apt-theme",
        library: "apt-theme-equal-treatment",
        responsible: "hr",
        status: "done",
        completedOn: d(3, 28),
        followUpOn: d(4, 30),
        risks: ["p-whom-to-turn-to"],
        evaluation: {
          effect: "partly",
          comment:
            "Tre av fyra förvaltningar hade temat. Samhällsbyggnadsförvaltningen hann inte och har det på sina arbetsplatsträffar nästa år.",
          on: d(5, 6),
        },
      }),
      measure({
        key: "p-full-time",
        library: "full-time-norm",
        responsible: "hr",
        responsibleTitle: "Socialchef",
        startOn: d(1, 15),
        status: "in_progress",
        followUpOn: d(12, 1),
        risks: ["p-part-time"],
        evaluation: {
          effect: "too_early",
          comment:
            "Andelen heltidsanställda i hemtjänsten ökade från 58 till 63 procent. Målet 75 procent nås först när de nya schemana införs, och arbetet fortsätter nästa år.",
          on: d(12, 4),
        },
      }),
      measure({
        key: "p-pay-setting",
        library: "manager-training-pay-setting",
        responsible: "hr",
        status: "done",
        completedOn: d(2, 20),
        followUpOn: d(5, 31),
        risks: ["p-pay-spread"],
        evaluation: {
          effect: "yes",
          comment:
            "31 av 36 chefer med lönesättningsansvar deltog. Enkäten efter lönerevisionen visar att fler chefer kan motivera lönen utifrån kriterierna.",
          on: d(6, 5),
        },
      }),
      measure({
        key: "p-language-ads",
        area: "recruitment_and_promotion",
        title: "Ta bort onödiga språkkrav ur annonsmallarna",
        description:
          "Standardformuleringen om mycket goda kunskaper i svenska tas bort ur annonsmallarna. Rekryterande chef anger i kravprofilen vilka språkkunskaper arbetet faktiskt kräver.",
        responsible: "hr",
        responsibleTitle: "Personalchef",
        schedule: { kind: "date", dueOn: d(6, 30) },
        startOn: d(5, 20),
        followUpMethod: "Personalavdelningen gör stickprov på publicerade annonser i november.",
        followUpOn: d(11, 30),
        status: "done",
        completedOn: d(6, 12),
        risks: ["p-language"],
        evaluation: {
          effect: "yes",
          comment:
            "Stickprovet i november visade att ingen av 25 annonser hade språkkrav som arbetet inte kräver.",
          on: d(12, 2),
        },
      }),
      measure({
        key: "p-accessible-learning",
        library: "accessible-learning-materials",
        responsible: "hr",
        status: "in_progress",
        followUpOn: d(12, 1),
        risks: ["p-e-learning"],
        evaluation: {
          effect: "too_early",
          comment:
            "Den ena e-utbildningen är åtgärdad. Leverantören av den andra har lovat en tillgänglig version under våren.",
          on: d(12, 4),
        },
      }),
      measure({
        key: "p-night-talks",
        ...NIGHT_TALKS,
        schedule: { kind: "date", dueOn: d(11, 30) },
        startOn: d(9, 1),
        followUpOn: d(12, 15),
        status: "postponed",
        risks: ["p-night-talks"],
      }),
      measure({
        key: "p-meeting-times",
        library: "meeting-times-parents",
        responsible: "hr",
        status: "done",
        completedOn: d(8, 25),
        followUpOn: d(9, 30),
        evaluation: {
          effect: "yes",
          comment:
            "De enheter som hade arbetsplatsträffar efter kl. 16 har flyttat dem till tidig eftermiddag, och närvaron har ökat.",
          on: d(10, 3),
        },
      }),
      measure({
        key: "p-harassment-training",
        library: "harassment-training-staff",
        responsible: "hr",
        status: "done",
        completedOn: d(10, 28),
        followUpOn: d(12, 1),
        risks: ["p-whom-to-turn-to"],
        evaluation: {
          effect: "partly",
          comment:
            "84 procent av de månadsanställda gick utbildningen men bara 40 procent av de timavlönade. Nästa år behöver utbildningen gå att göra på arbetstid i alla verksamheter.",
          on: d(12, 5),
        },
      }),
      measure({
        key: "p-routines-review",
        library: "harassment-routines-review",
        responsible: "hr",
        schedule: { kind: "yearly", month: 11 },
        status: "done",
        completedOn: d(11, 15),
        followUpOn: d(12, 10),
        risks: ["p-whom-to-turn-to"],
        evaluation: {
          effect: "partly",
          comment:
            "Genomgången visade att rutinen inte nämner praktikanter och inhyrd personal. En reviderad version tas fram tillsammans med skyddsombuden och antas i början av nästa år.",
          on: d(12, 12),
        },
      }),
      measure({
        key: "p-showcase",
        library: "showcase-jobs-underrepresented-sex",
        unit: "Förskolan Blåklinten",
        responsible: "manager",
        responsibleTitle: "Förskolechef",
        schedule: { kind: "yearly", month: 5 },
        status: "done",
        completedOn: d(5, 20),
        followUpOn: d(11, 15),
        risks: ["p-men-in-preschool"],
        genderBalanceGroup: "p-preschool-teachers",
        evaluation: {
          effect: "no",
          comment:
            "Andelen män bland de sökande till förskolan låg kvar på 7 procent. Nästa år prövar vi sommarjobb och praktik i förskolan för unga män i stället.",
          on: d(11, 22),
        },
      }),
      measure({
        key: "p-pay-action-plan",
        library: "pay-survey-action-plan",
        responsible: "hr",
        status: "done",
        completedOn: d(11, 25),
        followUpOn: iso(year + 1, 5, 31),
        costEstimate: 420_000,
        risks: ["p-pay-spread"],
      }),
    ],
    comments: [],
    meetings: [
      {
        heldOn: d(2, 14),
        forum: "central_cooperation_group",
        participants: `Personalchef, HR-strateg, kommundirektör, huvudskyddsombud och fackliga företrädare för ${UNIONS}.`,
        topics: "Årets plan för aktiva åtgärder. Resultat från förra årets uppföljning.",
        informationGiven:
          "HR-strategen presenterade förslaget till plan och vilka undersökningar som görs under året.",
        decisions:
          "Planen fastställdes efter samverkan. Parterna enades om att ofrivillig deltid ska följas upp särskilt.",
      },
      {
        heldOn: d(5, 22),
        forum: "safety_committee",
        participants:
          "Förvaltningschefer, huvudskyddsombud, skyddsombud från Kommunal och Vision samt HR-strateg.",
        topics: "Resultat från skyddsronderna och medarbetarenkäten.",
        informationGiven:
          "Skyddsronderna visade brister i tillgänglighet i fyra lokaler. Enkäten visade att många inte vet vart de ska vända sig vid trakasserier.",
        decisions:
          "Räddningstjänstens fysiska tester ses över. Rutinen mot trakasserier tas upp på alla arbetsplatsträffar under hösten.",
      },
      {
        heldOn: d(11, 21),
        forum: "central_cooperation_group",
        participants: `Personalchef, HR-strateg, huvudskyddsombud och fackliga företrädare för ${UNIONS}.`,
        topics: "Uppföljning och utvärdering av årets åtgärder. Lönekartläggningens resultat.",
        informationGiven:
          "HR-strategen redovisade vilka åtgärder som är genomförda och lönekartläggningens resultat med förslag till handlingsplan.",
        decisions:
          "Heltidsarbetet och utvecklingssamtalen för nattpersonalen förs över till nästa år. Handlingsplanen för lönejusteringar godkändes.",
      },
    ],
    unionPosition: {
      position: "partly_agree",
      comment:
        "Kommunal instämmer i stort i dokumentationen men anser att arbetet mot ofrivillig deltid går för långsamt. Vi vill att heltidsarbetet följs upp i lokal samverkan varje kvartal.",
      recordedOn: d(12, 16),
    },
  };
}

function currentYear(
  year: number,
  T: string,
  pastDay: (preferred: string) => string,
  adoptedOn: string,
  measure: (input: MeasureInput) => MeasurePlan,
): YearPlan {
  const d = (month: number, day: number) => iso(year, month, day);
  const next = (month: number, day: number) => iso(year + 1, month, day);
  return {
    year,
    // The year-end follow-up has only just begun: two answers of ten.
    followUp: {
      investigation_method:
        "Vi har lagt till ett APT-tema där arbetsgrupperna själva beskriver hinder. Det gav exempel som enkäten inte fångar, till exempel om svårläst information.",
      cooperation:
        "Aktiva åtgärder är nu en stående punkt i central samverkan, och Kommunal och Vision deltar i riskanalysen i lokal samverkan.",
    },
    areaNotes: {},
    cooperationStatement: "",
    paySurveySummary:
      "Årets lönerevision genomför steg ett i handlingsplanen från förra årets lönekartläggning: lönerna för undersköterskor i hemtjänsten höjs med sammanlagt 420 000 kronor, så att skillnaden mot drifttekniker i gata och park ungefär halveras. Resten, beräknat till 380 000 kronor, rättas i nästa lönerevision. Jämförelsen av lika arbeten visade inga osakliga skillnader. Förskollärare har lägre lön än byggnadsinspektörer, som har ett likvärdigt arbete; skillnaden förklaras delvis av rekryteringsläget men prövas på nytt i årets kartläggning, som görs i september i samverkan med de fackliga organisationerna.",
    documentationCompletedOn: null,
    investigations: [
      {
        key: "statistics",
        title: "Personalstatistik: anställningsformer, sysselsättningsgrad och kompetensutveckling",
        method: "personnel_statistics",
        heldOn: pastDay(d(1, 25)),
        participants: "HR-avdelningen. Resultatet redovisades i central samverkansgrupp.",
        areas: [
          "pay_and_terms",
          "recruitment_and_promotion",
          "training_and_development",
          "gender_balance",
          "pay_survey",
        ],
        findings:
          "Andelen heltidsanställda i hemtjänsten är 63 procent, och de som vill arbeta mer är nästan bara kvinnor. Sju av elva interna chefsuppdrag tillsattes utan utlysning. Medarbetare över 60 år har deltagit i kompetensutveckling i lägre grad än andra (58 mot 81 procent). 94 procent av förskollärarna är kvinnor, och i de tekniska yrkena inom samhällsbyggnad är 18 procent kvinnor.",
      },
      {
        key: "survey",
        title: "Medarbetarenkät",
        method: "employee_survey",
        heldOn: pastDay(d(2, 10)),
        participants:
          "Alla medarbetare (svarsfrekvens 77 procent). Resultatet analyserades av HR tillsammans med skyddsombud och fackliga företrädare.",
        areas: [
          "working_conditions",
          "training_and_development",
          "parenthood_and_work",
          "harassment",
        ],
        findings:
          "Andelen som vet vart de ska vända sig vid trakasserier har ökat från 62 till 71 procent, men bland vikarier och timavlönade är den 45 procent. I Gata och park har fler än i kommunen i övrigt hört nedsättande skämt om kvinnor och homosexuella. Föräldralediga svarar att de inte får information om lediga tjänster och lönerevision.",
      },
      {
        key: "routines",
        title: "Genomgång av rekryteringsrutin, förmåner och riktlinjer mot trakasserier",
        method: "policy_review",
        heldOn: pastDay(d(2, 20)),
        participants: "HR-strateg, personalchef, huvudskyddsombud och fackliga företrädare.",
        areas: ["recruitment_and_promotion", "pay_and_terms", "harassment"],
        findings:
          "De reviderade riktlinjerna mot trakasserier omfattar nu praktikanter och inhyrd personal. Flera annonsmallar kräver körkort även för tjänster utan resor i tjänsten. Friskvårdsbidraget kan inte användas till sjukgymnastik eller anpassad träning.",
      },
      {
        key: "safety",
        title: "Skyddsronder med OSA i förskola, äldreomsorg och räddningstjänst",
        method: "safety_round",
        heldOn: pastDay(d(3, 19)),
        participants:
          "Enhetschefer, skyddsombud och arbetsplatsombud från Kommunal och Vision på 22 arbetsplatser.",
        areas: ["working_conditions", "parenthood_and_work", "harassment"],
        findings:
          "I Förskolan Solrosen saknas en tillgänglig personaltoalett, och personalrummet nås bara via en trappa. Räddningstjänstens omklädningsrum är två stora rum utan möjlighet att byta om avskilt. I förskolorna ligger föräldramöten och kvällsaktiviteter ofta efter kl. 18.",
      },
      {
        key: "apt",
        title: "APT-tema om likabehandling i alla arbetsgrupper",
        method: "workplace_meeting",
        heldOn: pastDay(d(3, 31)),
        participants: "Arbetsgrupperna på 64 arbetsplatsträffar, med chef och arbetsplatsombud.",
        areas: ["working_conditions", "training_and_development", "harassment"],
        findings:
          "Arbetsgrupperna diskuterade de sju diskrimineringsgrunderna med dialogkort. I äldreomsorgen och hemtjänsten tog flera grupper upp att informationen i schemasystemet och på intranätet är svår att förstå för den som har svenska som andraspråk eller läs- och skrivsvårigheter, och att nattpersonal och timavlönade inte kan gå utbildningar dagtid.",
      },
      {
        key: "cooperation",
        title: "Riskgenomgång i lokal samverkansgrupp",
        method: "cooperation_group",
        heldOn: pastDay(d(4, 24)),
        participants:
          "Förvaltningsledningarna i socialförvaltningen och barn- och utbildningsförvaltningen, fackliga företrädare för Kommunal, Vision och Sveriges Lärare samt huvudskyddsombud.",
        areas: [
          "working_conditions",
          "pay_and_terms",
          "recruitment_and_promotion",
          "training_and_development",
          "parenthood_and_work",
        ],
        findings:
          "Parterna gick igenom årets risker och deras orsaker. Två nya risker lades till: interna chefsuppdrag som tillsätts utan utlysning och att föräldralediga missar viktig information. Orsakerna till dem analyseras vid nästa möte.",
      },
    ],
    risks: [
      {
        key: "solrosen-premises",
        title: "Personalutrymmena i Förskolan Solrosen är inte tillgängliga",
        description:
          "Förskolan saknar en tillgänglig personaltoalett, och personalrummet nås bara via en trappa. Medarbetare och vikarier som inte kan gå i trappor kan inte använda rummen.",
        areas: ["working_conditions"],
        grounds: ["disability", "age"],
        source: "investigation",
        investigation: "safety",
        causes:
          "Lokalerna är från 1970-talet och har inte byggts om sedan dess. Tillgängligheten har bara prövats för barn och vårdnadshavare, inte för personalen.",
        status: "acting",
        units: ["Förskolan Solrosen"],
      },
      {
        key: "jargon",
        title: "Nedsättande jargong om kvinnor och homosexuella i Gata och park",
        description:
          "Fler i Gata och park än i kommunen i övrigt har hört nedsättande skämt om kvinnor och homosexuella. Jargongen kan stänga ute kollegor och göra det svårare att rekrytera kvinnor.",
        areas: ["working_conditions", "harassment"],
        grounds: ["sex", "sexual_orientation"],
        source: "investigation",
        investigation: "survey",
        causes:
          "Arbetsgruppen är mansdominerad och arbetar mest ute i små lag, med få gemensamma forum där normer kan diskuteras. Jargongen har inte tidigare uppmärksammats av chefer eller skyddsombud.",
        status: "analysed",
        units: ["Gata och park"],
      },
      {
        key: "changing-rooms",
        title: "Omklädningsrummen i räddningstjänsten saknar avskilda platser",
        description:
          "Det finns ett omklädningsrum för kvinnor och ett för män, båda utan möjlighet att byta om avskilt. Det försvårar för transpersoner och för den som av religiösa skäl inte vill byta om inför andra.",
        areas: ["working_conditions"],
        grounds: ["sex", "transgender_identity", "religion"],
        source: "investigation",
        investigation: "safety",
        causes:
          "Stationen byggdes när personalgruppen bara bestod av män, och omklädningsrummen delades senare upp utan att utformningen ändrades.",
        status: "acting",
        units: ["Räddningstjänsten"],
      },
      {
        key: "hard-to-read",
        title: "Svårläst information i schemasystemet och på intranätet",
        description:
          "Information om scheman, rutiner och utbildningar finns bara på svenska och är skriven på ett sätt som är svårt att förstå för den som har svenska som andraspråk eller läs- och skrivsvårigheter.",
        areas: ["working_conditions", "training_and_development"],
        grounds: ["ethnicity", "disability"],
        source: "learning_session",
        investigation: "apt",
        causes:
          "Informationen skrivs av stödfunktioner utan stöd i klarspråk, och ingen har prövat den med dem som använder den. Många får förlita sig på kollegor.",
        status: "analysed",
        units: ["Äldreomsorgen", "Hemtjänsten"],
      },
      {
        key: "part-time",
        title: "Ofrivillig deltid finns kvar bland undersköterskor och vårdbiträden",
        description:
          "Andelen heltidsanställda i hemtjänsten har ökat men är fortfarande 63 procent. De som vill arbeta mer är nästan bara kvinnor.",
        areas: ["pay_and_terms"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "statistics",
        causes:
          "Scheman utgår från verksamhetens toppar morgon och kväll, och lediga heltider delas ofta upp när någon slutar. Yrkena är kvinnodominerade, så deltiden drabbar framför allt kvinnor.",
        status: "acting",
        units: ["Hemtjänsten", "Äldreomsorgen"],
      },
      {
        key: "wellness",
        title: "Friskvårdsbidraget går inte att använda till anpassad träning",
        description:
          "Bidraget gäller en lista med aktiviteter som passar bäst för den som kan träna på gym eller i föreningsidrott. Medarbetare med funktionsnedsättning och äldre får mindre nytta av förmånen.",
        areas: ["pay_and_terms"],
        grounds: ["disability", "age"],
        source: "investigation",
        investigation: "routines",
        causes:
          "Riktlinjen följer en lista över godkända aktiviteter som aldrig har prövats mot diskrimineringsgrunderna.",
        status: "analysed",
        units: [],
      },
      {
        key: "pay-gap",
        title: "Osakliga löneskillnader mellan undersköterskor i hemtjänsten och drifttekniker",
        description:
          "Arbetena värderas som likvärdiga, men undersköterskorna i hemtjänsten, ett kvinnodominerat arbete, har lägre lön än drifttekniker i gata och park.",
        areas: ["pay_and_terms", "pay_survey"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "statistics",
        causes:
          "Lönerna har historiskt satts utifrån marknadsläget för tekniska yrken, medan krav på omsorg och bemötande har värderats lägre. Skillnaden har minskat men inte försvunnit.",
        status: "acting",
        units: ["Hemtjänsten", "Gata och park"],
      },
      {
        key: "internal-posts",
        title: "Interna chefsuppdrag tillsätts ofta utan utlysning",
        description:
          "Sju av elva interna chefsuppdrag tillsattes utan utlysning. Det gynnar dem som redan syns och kan missgynna kvinnor i mansdominerade verksamheter, yngre och medarbetare med utländsk bakgrund.",
        areas: ["recruitment_and_promotion", "gender_balance"],
        grounds: ["sex", "age", "ethnicity"],
        source: "statistics",
        investigation: "cooperation",
        causes: "",
        status: "identified",
        units: [],
      },
      {
        key: "driving-licence",
        title: "Krav på körkort i annonser där arbetet inte kräver det",
        description:
          "Flera annonser kräver körkort för tjänster utan resor i tjänsten. Kravet kan sortera bort sökande med vissa funktionsnedsättningar, yngre och nyanlända.",
        areas: ["recruitment_and_promotion"],
        grounds: ["disability", "age", "ethnicity"],
        source: "investigation",
        investigation: "routines",
        causes:
          "Annonsmallarna kopieras från tidigare annonser, och kravprofilen görs ofta efter att annonsen har skrivits.",
        status: "acting",
        units: ["Bygglov", "Individ- och familjeomsorgen"],
      },
      {
        key: "older-training",
        title: "Medarbetare över 60 år deltar mindre i kompetensutveckling",
        description:
          "58 procent av medarbetarna över 60 år har deltagit i kompetensutveckling det senaste året, jämfört med 81 procent av övriga.",
        areas: ["training_and_development"],
        grounds: ["age"],
        source: "statistics",
        investigation: "statistics",
        causes:
          "Chefer prioriterar utbildning för dem som väntas stanna länge, och många äldre medarbetare saknar en kompetensplan.",
        status: "analysed",
        units: [],
      },
      {
        key: "night-training",
        title: "Nattpersonal och timavlönade kan inte gå utbildningar dagtid",
        description:
          "Utbildningar hålls dagtid på vardagar. Nattpersonalen, som nästan bara består av kvinnor, och timavlönade får därför sämre tillgång till kompetensutveckling.",
        areas: ["training_and_development"],
        grounds: ["sex"],
        source: "investigation",
        investigation: "apt",
        causes:
          "Utbildningarna spelas inte in, och vikarier planeras inte in så att nattpersonalen kan delta på betald tid.",
        status: "acting",
        units: ["Äldreomsorgen"],
      },
      {
        key: "parental-leave-info",
        title: "Föräldralediga missar information om lediga tjänster och lönerevision",
        description:
          "Föräldralediga svarar i enkäten att de inte får veta om lediga tjänster, omorganisationer och lönerevision medan de är lediga.",
        areas: ["parenthood_and_work"],
        grounds: ["sex"],
        source: "investigation",
        investigation: "survey",
        causes: "",
        status: "identified",
        units: [],
      },
      {
        key: "evening-meetings",
        title: "Föräldramöten och kvällsaktiviteter i förskolan ligger efter kl. 18",
        description:
          "Personal med egna små barn har svårt att delta i föräldramöten och kvällsaktiviteter, och personalgruppen består nästan bara av kvinnor.",
        areas: ["parenthood_and_work"],
        grounds: ["sex"],
        source: "investigation",
        investigation: "safety",
        causes:
          "Mötena läggs efter stängning så att verksamheten inte påverkas, och ingen har prövat andra tider.",
        status: "acting",
        units: ["Förskolan Solrosen", "Förskolan Blåklinten"],
      },
      {
        key: "temporary-staff-routines",
        title: "Vikarier och praktikanter vet inte vart de ska vända sig vid trakasserier",
        description:
          "Bland vikarier och timavlönade vet bara 45 procent vart de ska vända sig om de blir utsatta för trakasserier eller sexuella trakasserier.",
        areas: ["harassment"],
        grounds: ["sex", "sexual_orientation", "transgender_identity"],
        source: "investigation",
        investigation: "survey",
        causes:
          "Introduktionen för korttidsvikarier är kort och tar inte upp rutinerna, och den tidigare rutinen nämnde inte praktikanter och inhyrd personal.",
        status: "acting",
        units: [],
      },
      {
        key: "uneven-sex-distribution",
        title: "Mycket ojämn könsfördelning bland förskollärare och i tekniska yrken",
        description:
          "94 procent av förskollärarna är kvinnor, och i de tekniska yrkena inom samhällsbyggnad är 82 procent män.",
        areas: ["gender_balance"],
        grounds: ["sex"],
        source: "statistics",
        investigation: "statistics",
        causes:
          "Yrkesval följer traditionella mönster, och kommunens rekryteringsmaterial har visat en ensidig bild av vem som arbetar i yrkena.",
        status: "acting",
        units: ["Förskolan Solrosen", "Förskolan Blåklinten", "Gata och park"],
      },
    ],
    groups: [
      {
        key: "assistant-nurses",
        dimension: "work_type",
        label: "Undersköterskor",
        women: 264,
        men: 36,
      },
      {
        key: "preschool-teachers",
        dimension: "work_type",
        label: "Förskollärare",
        women: 141,
        men: 9,
      },
      {
        key: "technical",
        dimension: "work_type",
        label: "Tekniska yrken inom samhällsbyggnad",
        women: 27,
        men: 123,
      },
      {
        key: "permanent",
        dimension: "employee_category",
        label: "Tillsvidareanställda",
        women: 861,
        men: 252,
      },
      {
        key: "temporary",
        dimension: "employee_category",
        label: "Visstidsanställda och timavlönade",
        women: 69,
        men: 30,
      },
      { key: "managers", dimension: "management_level", label: "Chefer", women: 47, men: 26 },
      {
        key: "management-group",
        dimension: "management_level",
        label: "Kommunledningsgruppen",
        women: 6,
        men: 5,
      },
    ],
    measures: [
      // Arbetsförhållanden
      measure({
        key: "safety-round",
        library: "safety-round-social",
        risks: ["solrosen-premises", "changing-rooms"],
        evaluate: {
          effect: "yes",
          comment: "Alla förvaltningar ställde frågorna, och riskerna finns i handlingsplanerna.",
        },
      }),
      measure({
        key: "solrosen-rebuild",
        area: "working_conditions",
        title: "Bygg om personaltoaletten och ordna ramp till personalrummet i Förskolan Solrosen",
        description:
          "Förskolan får en tillgänglig personaltoalett och en ramp till personalrummet, som i dag bara nås via en trappa. Fastighetsbolaget gör ombyggnaden på uppdrag av förvaltningen.",
        unit: "Förskolan Solrosen",
        responsible: "manager",
        responsibleTitle: "Förskolechef",
        schedule: { kind: "date", dueOn: addDays(T, -9) },
        startOn: addDays(T, -75),
        followUpMethod:
          "Förskolechefen och skyddsombudet kontrollerar ombyggnaden på plats och tar med den i nästa skyddsrond.",
        followUpOn: addDays(T, 30),
        status: "in_progress",
        risks: ["solrosen-premises"],
      }),
      measure({
        key: "changing-rooms",
        library: "changing-rooms-for-all",
        unit: "Räddningstjänsten",
        responsibleTitle: "Räddningschef",
        risks: ["changing-rooms"],
        evaluate: {
          effect: "yes",
          comment:
            "Ett av omklädningsrummen har fått tre avskilda bås och en egen dusch. Skyddsombudet har godkänt lösningen.",
        },
      }),
      measure({
        key: "apt-theme",
        library: "apt-theme-equal-treatment",
        responsible: "hr",
        risks: ["jargon"],
      }),
      measure({ key: "standing-item", library: "cooperation-standing-item", responsible: "hr" }),

      // Löner och andra anställningsvillkor
      measure({
        key: "full-time",
        library: "full-time-norm",
        responsible: "hr",
        responsibleTitle: "Socialchef",
        startOn: d(1, 1),
        risks: ["part-time"],
        carriedOverFrom: "p-full-time",
      }),
      measure({
        key: "benefits-review",
        library: "pay-criteria-benefits-review",
        responsible: "hr",
        risks: ["wellness"],
        evaluate: {
          effect: "partly",
          comment:
            "Granskningen hittade två regler som kan missgynna äldre och personer med funktionsnedsättning. Friskvårdsriktlinjen ändras; reglerna för flexibel arbetstid tas upp i nästa års granskning.",
        },
      }),
      measure({
        key: "wellness-guideline",
        area: "pay_and_terms",
        title: "Ändra riktlinjen för friskvårdsbidrag så att anpassad träning ingår",
        description:
          "Riktlinjen ändras så att bidraget också kan användas till sjukgymnastik, anpassad träning och liknande aktiviteter. Då får medarbetare med funktionsnedsättning och äldre samma nytta av förmånen som andra.",
        responsible: "hr",
        responsibleTitle: "Personalchef",
        schedule: { kind: "date", dueOn: addDays(T, -23) },
        startOn: addDays(T, -60),
        followUpMethod:
          "Personalchefen redovisar för samverkansgruppen hur bidraget har använts, fördelat på typ av aktivitet.",
        followUpOn: addDays(T, 40),
        status: "planned",
        risks: ["wellness"],
      }),
      measure({
        key: "same-terms",
        library: "same-terms-sample-check",
        responsible: "hr",
        evaluate: {
          effect: "yes",
          comment:
            "Stickproven från sex enheter visade inga skillnader utan sakliga skäl. Rutinen för beviljad ledighet har förtydligats.",
        },
      }),

      // Rekrytering och befordran
      measure({
        key: "internal-posts",
        library: "open-internal-vacancies",
        responsible: "hr",
        startOn: d(5, 1),
        risks: ["internal-posts"],
      }),
      measure({
        key: "job-ads",
        library: "inclusive-job-ads",
        responsible: "hr",
        startOn: d(1, 1),
        followUpOn: d(11, 30),
        risks: ["driving-licence"],
        evaluate: {
          effect: "yes",
          comment:
            "Stickproven i maj och november visade att körkortskravet bara finns kvar där tjänsten kräver resor.",
        },
      }),
      measure({
        key: "recruitment-training",
        library: "manager-training-competence-recruitment",
        responsible: "hr",
        risks: ["internal-posts", "driving-licence"],
        evaluate: {
          effect: "yes",
          comment:
            "19 chefer gick utbildningen, bland dem alla sex nya chefer. Deltagarna gav den i genomsnitt 4,4 av 5.",
        },
      }),

      // Utbildning och övrig kompetensutveckling
      measure({
        key: "night-talks",
        ...NIGHT_TALKS,
        schedule: { kind: "date", dueOn: d(5, 31) },
        startOn: d(2, 1),
        followUpOn: d(10, 15),
        risks: ["night-training"],
        carriedOverFrom: "p-night-talks",
        evaluate: {
          effect: "partly",
          comment:
            "34 av 41 i nattpersonalen har haft samtal och har en kompetensplan. Resten får samtal när vikarier finns på plats.",
        },
      }),
      measure({
        key: "equal-access",
        library: "equal-access-training",
        responsible: "hr",
        startOn: d(1, 1),
        risks: ["night-training"],
      }),
      measure({
        key: "development-talks",
        library: "development-talks-competence-plan",
        responsible: "hr",
        risks: ["older-training"],
        evaluate: {
          effect: "partly",
          comment:
            "88 procent har haft samtal och har en kompetensplan. Bland medarbetare över 60 år har andelen ökat från 64 till 79 procent.",
        },
      }),
      measure({
        key: "transition-fund",
        library: "transition-fund-plan",
        responsible: "hr",
        risks: ["older-training"],
        evaluate: {
          effect: "yes",
          comment:
            "Planen prioriterade undersköterskor och medarbetare över 55 år. 46 personer har gått en utbildning med stöd från omställningsfonden.",
        },
      }),
      measure({
        key: "accessible-learning",
        library: "accessible-learning-materials",
        responsible: "hr",
        risks: ["hard-to-read"],
        evaluate: {
          effect: "partly",
          comment:
            "Tre av fem obligatoriska utbildningar är textade och fungerar med skärmläsare, och instruktionerna till schemasystemet finns nu på lätt svenska.",
        },
      }),

      // Föräldraskap och arbete
      measure({
        key: "meeting-times",
        library: "meeting-times-parents",
        unit: "Förskolan Blåklinten",
        responsible: "manager",
        responsibleTitle: "Förskolechef",
        risks: ["evening-meetings"],
        evaluate: {
          effect: "yes",
          comment:
            "Föräldramötena i båda förskolorna är flyttade till kl. 16.30–17.30. Hela personalgruppen kunde delta i höstens möten.",
        },
      }),
      measure({
        key: "parental-contact",
        library: "parental-leave-contact",
        responsible: "hr",
        startOn: d(5, 1),
        followUpOn: next(3, 15),
        risks: ["parental-leave-info"],
      }),
      measure({
        key: "pay-parental-leave",
        library: "pay-development-parental-leave",
        responsible: "hr",
        risks: ["parental-leave-info"],
        evaluate: {
          effect: "yes",
          comment:
            "Föräldralediga fick samma genomsnittliga löneökning som andra i samma yrken i årets lönerevision.",
        },
      }),

      // Trakasserier och repressalier (6 §)
      measure({
        key: "routines-review",
        library: "harassment-routines-review",
        responsible: "hr",
        schedule: { kind: "date", dueOn: adoptedOn },
        followUpOn: d(4, 15),
        status: "done",
        completedOn: adoptedOn,
        risks: ["temporary-staff-routines"],
        evaluate: {
          effect: "yes",
          comment:
            "Samverkansgruppen godkände den nya versionen. Chefer och skyddsombud upplever att det nu är tydligare vem som gör vad.",
        },
      }),
      measure({
        key: "harassment-managers",
        library: "harassment-training-managers",
        responsible: "hr",
        risks: ["jargon", "temporary-staff-routines"],
        evaluate: {
          effect: "yes",
          comment: "68 av 73 chefer har gått utbildningen. De övriga går den i vår.",
        },
      }),
      measure({
        key: "introduce-temporary-staff",
        library: "introduce-trainees-agency-staff",
        responsible: "hr",
        startOn: adoptedOn,
        risks: ["temporary-staff-routines"],
        evaluate: {
          effect: "partly",
          comment: "Punkten om rutinerna var ifylld i 24 av 30 granskade introduktionschecklistor.",
        },
      }),
      measure({
        key: "apt-harassment",
        library: "apt-theme-harassment-routines",
        unit: "Förskolan Solrosen",
        responsible: "manager",
        responsibleTitle: "Förskolechef",
        risks: ["temporary-staff-routines"],
        evaluate: {
          effect: "yes",
          comment:
            "Temat hölls i april. Personalgruppen diskuterade två korta fall, och vikarierna fick rutinen i lättläst form.",
        },
      }),
      measure({
        key: "jargon-talks",
        area: "harassment",
        title: "Arbeta med jargong och bemötande i Gata och park",
        description:
          "Arbetsgruppen träffas fyra gånger under året med stöd av HR och företagshälsovården. Samtalen handlar om vilken jargong som stänger ute kollegor och vad var och en kan göra när någon går över gränsen.",
        unit: "Gata och park",
        responsible: "hr",
        responsibleTitle: "Enhetschef i Gata och park",
        schedule: { kind: "times_per_year", times: 4 },
        startOn: d(2, 1),
        followUpMethod:
          "Enhetschefen och skyddsombudet följer upp i nästa medarbetarenkät och skyddsrond om fler upplever ett respektfullt bemötande.",
        followUpOn: next(2, 15),
        risks: ["jargon"],
      }),

      // Jämn könsfördelning (7 §)
      measure({
        key: "showcase",
        library: "showcase-jobs-underrepresented-sex",
        unit: "Förskolan Blåklinten",
        responsible: "manager",
        responsibleTitle: "Förskolechef",
        startOn: d(1, 1),
        risks: ["uneven-sex-distribution"],
        genderBalanceGroup: "preschool-teachers",
        evaluate: {
          effect: "partly",
          comment:
            "Förskolorna tog emot fyra sommarjobbare, varav tre män. Andelen män bland de sökande till förskollärartjänster ökade från 6 till 9 procent.",
        },
      }),
      measure({
        key: "mixed-shortlist",
        library: "mixed-shortlist-leadership",
        responsible: "hr",
        startOn: d(1, 1),
        risks: ["internal-posts"],
        genderBalanceGroup: "managers",
      }),
      measure({
        key: "mentorship",
        library: "mentorship-underrepresented-sex",
        responsible: "hr",
        status: "postponed",
        risks: ["uneven-sex-distribution"],
        genderBalanceGroup: "technical",
      }),
      measure({
        key: "sex-distribution",
        library: "sex-distribution-follow-up",
        responsible: "hr",
        evaluate: {
          effect: "yes",
          comment:
            "Siffrorna redovisades för ledningsgruppen och i central samverkan och finns med i personalredovisningen.",
        },
      }),

      // Lönekartläggning (8–10 §§)
      measure({
        key: "pay-survey",
        library: "pay-survey-yearly",
        responsible: "hr",
        costEstimate: 35_000,
        risks: ["pay-gap"],
        evaluate: {
          effect: "yes",
          comment:
            "Kartläggningen blev klar i tid och ligger till grund för nästa års lönerevision.",
        },
      }),
      measure({
        key: "pay-adjustment",
        area: "pay_survey",
        title: "Justera lönerna för undersköterskor i hemtjänsten enligt handlingsplanen",
        description:
          "Lönerna höjs i årets lönerevision enligt handlingsplanen från förra årets lönekartläggning. Justeringen är steg ett av två och minskar den osakliga skillnaden mot drifttekniker i gata och park, som har ett likvärdigt arbete.",
        unit: "Hemtjänsten",
        responsible: "hr",
        responsibleTitle: "Personalchef",
        schedule: { kind: "date", dueOn: d(4, 30) },
        startOn: d(4, 1),
        followUpMethod:
          "Personalchefen kontrollerar i årets lönekartläggning att justeringen är gjord och hur stor skillnaden är efter den.",
        followUpOn: d(10, 31),
        costEstimate: 420_000,
        risks: ["pay-gap"],
        evaluate: {
          effect: "yes",
          comment:
            "Justeringen gjordes i lönerevisionen. Skillnaden mot drifttekniker minskade från 1 150 till 580 kronor i månaden.",
        },
      }),
      measure({
        key: "job-evaluation",
        library: "job-evaluation-review",
        responsible: "hr",
        costEstimate: 20_000,
        risks: ["pay-gap"],
        evaluate: {
          effect: "yes",
          comment:
            "Värderingen stämdes av med Kommunal och Vision. Ansvar för människor väger nu lika tungt som ansvar för teknik och ekonomi.",
        },
      }),
    ],
    comments: [
      {
        measure: "full-time",
        author: "union_rep",
        on: weekday(addDays(T, -30)),
        body: "Bra att heltidsarbetet fortsätter. Kommunal vill att resultatet redovisas per enhet och inte bara för hela socialförvaltningen.",
      },
      {
        measure: "full-time",
        author: "hr",
        on: weekday(addDays(T, -25)),
        body: "Vi tar fram siffrorna per enhet till nästa samverkansmöte.",
      },
      {
        measure: "solrosen-rebuild",
        author: "safety_rep",
        on: weekday(addDays(T, -20)),
        body: "Personalrummet går fortfarande inte att nå utan trappa. Det gäller alla som inte kan gå i trappor, även vikarier.",
      },
      {
        measure: "solrosen-rebuild",
        author: "manager",
        on: weekday(addDays(T, -16)),
        body: "Fastighetsbolaget har beställt rampen, men leveransen är försenad. Toaletten byggs om samtidigt. Tills vidare har vi gjort i ordning ett rastrum på bottenvåningen.",
      },
      {
        measure: "mentorship",
        author: "hr",
        on: weekday(addDays(T, -14)),
        body: "Programmet skjuts upp till nästa år. Vi har inte fått ihop tillräckligt många mentorer från de tekniska yrkena och vill inte starta med en för liten grupp.",
      },
      {
        measure: "wellness-guideline",
        author: "union_rep",
        on: weekday(addDays(T, -12)),
        body: "Vad händer med friskvårdsriktlinjen? Den skulle vara ändrad nu, och flera medlemmar har frågat om sjukgymnastik räknas.",
      },
      {
        measure: "wellness-guideline",
        author: "hr",
        on: weekday(addDays(T, -10)),
        body: "Förslaget är klart, men ekonomiavdelningen behöver räkna på kostnaden innan vi kan ta det i central samverkan. Jag återkommer med datum.",
      },
      {
        measure: "solrosen-rebuild",
        author: "union_rep",
        on: weekday(addDays(T, -7)),
        body: "Kommunal vill att rastrummet på bottenvåningen finns kvar tills skyddsombudet har godkänt ombyggnaden. Kan vi få en ny tidsplan till nästa LSG?",
      },
      {
        measure: "jargon-talks",
        author: "safety_rep",
        on: weekday(addDays(T, -5)),
        body: "Skyddsombuden i Gata och park vill vara med och planera träffarna, så att de inte upplevs som en bestraffning av arbetsgruppen.",
      },
      {
        measure: "solrosen-rebuild",
        author: "manager",
        on: weekday(addDays(T, -3)),
        body: "Ja, rastrummet finns kvar. Fastighetsbolaget räknar med att vara klart inom fyra veckor, och jag tar upp tidsplanen på LSG.",
      },
    ],
    meetings: [
      {
        heldOn: pastDay(d(2, 12)),
        forum: "central_cooperation_group",
        participants: `Personalchef, HR-strateg, kommundirektör, huvudskyddsombud och fackliga företrädare för ${UNIONS}.`,
        topics:
          "Uppföljning av förra årets åtgärder. Personalstatistik och könsfördelning. Förslag till årets åtgärder.",
        informationGiven:
          "HR-strategen redovisade uppföljningen och personalstatistiken, bland annat sysselsättningsgrad och deltagande i kompetensutveckling efter ålder och kön.",
        decisions:
          "Parterna enades om årets åtgärder. Kommunal och Vision deltar i analysen av nya risker i lokal samverkan, och aktiva åtgärder blir en stående punkt i central samverkan.",
      },
      {
        heldOn: pastDay(d(3, 27)),
        forum: "workplace_meeting",
        participants:
          "Personalgruppen i Förskolan Solrosen, förskolechef och arbetsplatsombud från Kommunal.",
        topics: "APT-tema om likabehandling. Resultatet av skyddsronden.",
        informationGiven:
          "Förskolechefen berättade vad skyddsronden visade om personalutrymmena och hur ombyggnaden planeras.",
        decisions:
          "Ett tillfälligt rastrum ordnas på bottenvåningen. Gruppen föreslår att föräldramötena flyttas till tidigare på eftermiddagen.",
      },
      {
        heldOn: pastDay(d(4, 9)),
        forum: "safety_committee",
        participants:
          "Förvaltningschefer, huvudskyddsombud, skyddsombud från Kommunal och Vision samt HR-strateg.",
        topics: "Resultat från skyddsronderna med OSA och från medarbetarenkäten.",
        informationGiven:
          "Skyddsronderna visade brister i tillgängligheten i Förskolan Solrosen och i räddningstjänstens omklädningsrum. Enkäten visade nedsättande jargong i Gata och park och att vikarier inte känner till rutinerna mot trakasserier.",
        decisions:
          "Ombyggnaden i Förskolan Solrosen prioriteras. Enhetschefen i Gata och park och skyddsombudet planerar insatser mot jargongen med stöd av HR.",
      },
      {
        heldOn: pastDay(d(5, 14)),
        forum: "local_cooperation_group",
        participants:
          "Förskolechef, rektorer, fackliga företrädare för Kommunal och Sveriges Lärare samt skyddsombud i barn- och utbildningsförvaltningen.",
        topics:
          "Mötestider i förskolan. Ombyggnaden i Förskolan Solrosen. Rekrytering av män till förskolan.",
        informationGiven:
          "Förskolechefen informerade om förslaget att flytta föräldramötena till kl. 16.30–17.30 och om tidsplanen för ombyggnaden.",
        decisions:
          "De nya mötestiderna gäller från hösten. Ombyggnaden följs upp på varje LSG tills den är klar.",
      },
    ],
    unionPosition: null,
  };
}

function harassmentDocument(year: number, adoptedOn: string): HarassmentPlan {
  const v1 = [
    "Exempelkommunen accepterar inte trakasserier, sexuella trakasserier eller repressalier. Det gäller alla anställda.",
    "",
    "Den som blir utsatt ska berätta det för sin chef eller för HR-avdelningen. Skyddsombud och fackliga företrädare kan ge stöd.",
    "",
    "Chefen ska utreda vad som har hänt och se till att trakasserierna upphör. Chefen kan få stöd av HR-avdelningen.",
  ].join("\n");
  const v2 = [
    "Exempelkommunen accepterar inte trakasserier, sexuella trakasserier eller repressalier. Det gäller alla som arbetar hos oss: anställda, praktikanter, inhyrd personal och den som söker arbete hos oss.",
    "",
    "Vad som avses",
    "Trakasserier är ett uppträdande som kränker någons värdighet och som har samband med kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning eller ålder. Sexuella trakasserier är ett uppträdande av sexuell natur som kränker någons värdighet. Repressalier är när någon straffas för att ha anmält eller medverkat i en utredning.",
    "",
    "Vart du vänder dig",
    "Berätta för din närmaste chef. Om det gäller chefen, vänd dig till chefens chef eller till HR-avdelningen. Ditt skyddsombud eller din fackliga företrädare kan stötta dig och följa med på samtal. Praktikanter kan också vända sig till sin handledare, och inhyrd personal även till bemanningsföretaget.",
    "",
    "Vad arbetsgivaren gör",
    "Den chef som får veta att någon kan ha blivit utsatt ska skyndsamt ta reda på vad som har hänt, även om ingen formell anmälan har gjorts. Chefen talar med den som är utsatt, erbjuder stöd, till exempel genom företagshälsovården, och gör det som behövs för att trakasserierna ska upphöra och inte upprepas. Den som har anmält eller vittnat skyddas mot repressalier.",
    "",
    "Vem som utreder",
    "Chefen utreder med stöd av HR-avdelningen. Om chefen själv är inblandad, eller om ärendet är allvarligt, utreder HR-avdelningen eller en extern utredare. Utredningen dokumenteras och följs upp efter tre månader.",
    "",
    "Översyn",
    "Riktlinjerna och rutinerna ses över varje år i samverkan med de fackliga organisationerna och skyddsombuden.",
  ].join("\n");
  return {
    title: "Riktlinjer och rutiner mot trakasserier, sexuella trakasserier och repressalier",
    kind: "guidelines_and_routines",
    versions: [
      {
        versionNo: 1,
        body: v1,
        adoptedOn: weekday(iso(year - 3, 3, 14)),
        nextReviewOn: iso(year - 1, 3, 14),
        covers: ["not_accepted", "whom_to_turn_to", "employer_actions", "who_investigates"],
      },
      {
        versionNo: 2,
        body: v2,
        adoptedOn,
        nextReviewOn: iso(year + 1, 2, 10),
        covers: [
          "not_accepted",
          "covers_trainees_and_hired_staff",
          "whom_to_turn_to",
          "employer_actions",
          "who_investigates",
        ],
      },
    ],
  };
}

/**
 * Writes the demo cycle into an organisation, inside the caller's transaction: last year
 * documented and completed, this year under way. Every row is recorded in the audit trail
 * as created by Aktiva (no actor). Returns the number of audit events recorded.
 */
export async function seedCycleDemo(trx: Db, input: CycleDemoInput): Promise<{ events: number }> {
  const { organisationId, members } = input;
  const plan = cycleDemoPlan(input.year, input.today);
  const tenant = forOrganisation(trx, organisationId);
  let events = 0;
  const created = async (entityType: string, entityId: string, after: unknown) => {
    await recordAudit(trx, {
      organisationId,
      actorUserId: null,
      action: "create",
      entityType,
      entityId,
      after,
    });
    events++;
  };
  const unitId = (name: UnitName) => {
    const id = input.unitIds.get(name);
    if (!id) throw new Error(`The demo cycle needs the unit "${name}"`);
    return id;
  };
  const hrUser = members.hr.userId;
  const unionMembership = await tenant
    .selectFrom("memberships")
    .select("memberships.union_name")
    .where("memberships.id", "=", members.union_rep.membershipId)
    .executeTakeFirst();

  const measureIds = new Map<string, string>();
  for (const yearPlan of [plan.previous, plan.current]) {
    const workYear = await tenant
      .insertInto("work_years")
      .values({
        organisation_id: organisationId,
        year: yearPlan.year,
        follow_up: JSON.stringify(yearPlan.followUp),
        area_notes: JSON.stringify(yearPlan.areaNotes),
        cooperation_statement: yearPlan.cooperationStatement,
        pay_survey_summary: yearPlan.paySurveySummary,
        documentation_completed_at: yearPlan.documentationCompletedOn
          ? at(yearPlan.documentationCompletedOn, 30)
          : null,
        documentation_completed_by: yearPlan.documentationCompletedOn ? hrUser : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await created("work_year", workYear.id, {
      year: yearPlan.year,
      documentationCompletedOn: yearPlan.documentationCompletedOn,
    });
    const workYearId = workYear.id;

    const investigationIds = new Map<string, string>();
    for (const investigation of yearPlan.investigations) {
      const values = {
        title: investigation.title,
        method: investigation.method,
        held_on: investigation.heldOn,
        participants: investigation.participants,
        areas: investigation.areas,
        findings: investigation.findings,
      };
      const row = await tenant
        .insertInto("investigations")
        .values({
          organisation_id: organisationId,
          work_year_id: workYearId,
          created_by: hrUser,
          ...values,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      investigationIds.set(investigation.key, row.id);
      await created("investigation", row.id, { year: yearPlan.year, ...values });
    }

    const riskIds = new Map<string, string>();
    for (const risk of yearPlan.risks) {
      const values = {
        title: risk.title,
        description: risk.description,
        areas: risk.areas,
        grounds: risk.grounds,
        source: risk.source,
        investigation_id: risk.investigation ? investigationIds.get(risk.investigation)! : null,
        causes: risk.causes,
        status: risk.status,
      };
      const row = await tenant
        .insertInto("risks")
        .values({
          organisation_id: organisationId,
          work_year_id: workYearId,
          created_by: hrUser,
          ...values,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      riskIds.set(risk.key, row.id);
      const units = risk.units.map(unitId);
      if (units.length)
        await tenant
          .insertInto("risk_units")
          .values(
            units.map((id) => ({ risk_id: row.id, organisation_id: organisationId, unit_id: id })),
          )
          .execute();
      await created("risk", row.id, { year: yearPlan.year, ...values, unitIds: units });
    }

    const groupIds = new Map<string, string>();
    for (const group of yearPlan.groups) {
      const values = {
        dimension: group.dimension,
        label: group.label,
        women: group.women,
        men: group.men,
      };
      const row = await tenant
        .insertInto("gender_balance_groups")
        .values({ organisation_id: organisationId, work_year_id: workYearId, ...values })
        .returning("id")
        .executeTakeFirstOrThrow();
      groupIds.set(group.key, row.id);
      await created("gender_balance_group", row.id, { year: yearPlan.year, ...values });
    }

    for (const measure of yearPlan.measures) {
      const byManager = measure.responsible === "manager";
      const values = {
        area: measure.area,
        title: measure.title,
        description: measure.description,
        unit_id: measure.unit ? unitId(measure.unit) : null,
        responsible_member_id: measure.responsible
          ? members[measure.responsible].membershipId
          : null,
        responsible_title: measure.responsibleTitle,
        ...scheduleColumns(measure.schedule),
        start_on: measure.startOn,
        follow_up_method: measure.followUpMethod,
        follow_up_on: measure.followUpOn,
        status: measure.status,
        cost_estimate: measure.costEstimate,
        evaluation_effect: measure.evaluation?.effect ?? null,
        evaluation_comment: measure.evaluation?.comment ?? null,
        library_key: measure.libraryKey,
        carried_over_from_id: measure.carriedOverFrom
          ? measureIds.get(measure.carriedOverFrom)!
          : null,
        gender_balance_group_id: measure.genderBalanceGroup
          ? groupIds.get(measure.genderBalanceGroup)!
          : null,
      };
      const row = await tenant
        .insertInto("measures")
        .values({
          organisation_id: organisationId,
          work_year_id: workYearId,
          ...values,
          evaluated_at: measure.evaluation ? at(measure.evaluation.on, 15) : null,
          evaluated_by: measure.evaluation ? (byManager ? members.manager.userId : hrUser) : null,
          completed_at: measure.completedOn ? at(measure.completedOn, 10) : null,
          created_by: byManager ? members.manager.userId : hrUser,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      measureIds.set(measure.key, row.id);
      const links = measure.risks.map((key) => riskIds.get(key)!);
      if (links.length)
        await tenant
          .insertInto("measure_risks")
          .values(
            links.map((id) => ({
              measure_id: row.id,
              organisation_id: organisationId,
              risk_id: id,
            })),
          )
          .execute();
      await created("measure", row.id, {
        year: yearPlan.year,
        ...values,
        completedOn: measure.completedOn,
        evaluatedOn: measure.evaluation?.on ?? null,
        riskIds: links,
      });
    }

    for (const [index, comment] of yearPlan.comments.entries()) {
      const row = await tenant
        .insertInto("measure_comments")
        .values({
          organisation_id: organisationId,
          measure_id: measureIds.get(comment.measure)!,
          author_user_id: members[comment.author].userId,
          body: comment.body,
          created_at: at(comment.on, index),
        })
        .returning(["id", "measure_id"])
        .executeTakeFirstOrThrow();
      await created("measure_comment", row.id, {
        measureId: row.measure_id,
        body: comment.body,
      });
    }

    for (const meeting of yearPlan.meetings) {
      const values = {
        held_on: meeting.heldOn,
        forum: meeting.forum,
        participants: meeting.participants,
        topics: meeting.topics,
        information_given: meeting.informationGiven,
        decisions: meeting.decisions,
      };
      const row = await tenant
        .insertInto("cooperation_meetings")
        .values({
          organisation_id: organisationId,
          work_year_id: workYearId,
          created_by: hrUser,
          ...values,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await created("cooperation_meeting", row.id, { year: yearPlan.year, ...values });
    }

    if (yearPlan.unionPosition) {
      const { position, comment, recordedOn } = yearPlan.unionPosition;
      const row = await tenant
        .insertInto("union_positions")
        .values({
          organisation_id: organisationId,
          work_year_id: workYearId,
          membership_id: members.union_rep.membershipId,
          union_name: unionMembership?.union_name ?? null,
          position,
          comment,
          recorded_at: at(recordedOn, 45),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await created("union_position", row.id, { year: yearPlan.year, position, comment });
    }
  }

  const { harassment } = plan;
  const document = await tenant
    .insertInto("harassment_documents")
    .values({
      organisation_id: organisationId,
      title: harassment.title,
      kind: harassment.kind,
      created_at: at(harassment.versions[0]!.adoptedOn),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await created("harassment_document", document.id, {
    title: harassment.title,
    kind: harassment.kind,
  });
  for (const version of harassment.versions) {
    const values = {
      version_no: version.versionNo,
      body: version.body,
      adopted_on: version.adoptedOn,
      next_review_on: version.nextReviewOn,
      covers: version.covers,
    };
    const row = await tenant
      .insertInto("harassment_document_versions")
      .values({
        organisation_id: organisationId,
        document_id: document.id,
        created_by: hrUser,
        created_at: at(version.adoptedOn),
        ...values,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await created("harassment_document_version", row.id, { documentId: document.id, ...values });
  }
  return { events };
}
