/**
 * The year's documentation of active measures (Diskrimineringslagen 3 kap. 13–14 §§) and a
 * short summary for the board, as format-neutral ReportDocuments: the routes render them as
 * DOCX or PDF. The data is read through the organisation's TenantDb (data.ts); everything
 * below loadYearReport is pure, so the wording can be read and tested without a database.
 */

import { FOLLOW_UP_QUESTIONS, type FollowUpGroup } from "../../../core/cycle/follow-up.ts";
import {
  AREA_LABELS,
  COOPERATION_FORUM_LABELS,
  checklistLabel,
  EVALUATION_EFFECT_LABELS,
  FOLLOW_UP_GROUP_LABELS,
  FOLLOW_UP_QUESTION_LABELS,
  GENDER_BALANCE_DIMENSION_LABELS,
  GROUND_LABELS,
  HARASSMENT_DOCUMENT_KIND_LABELS,
  HARASSMENT_REQUIREMENT_LABELS,
  INVESTIGATION_METHOD_LABELS,
  type Label,
  MEASURE_STATUS_LABELS,
  POSITION_LABELS,
  RISK_STATUS_LABELS,
} from "../../../core/cycle/labels.ts";
import { describeSchedule } from "../../../core/cycle/schedule-text.ts";
import {
  AREA_SECTION,
  type Area,
  EVALUATION_EFFECTS,
  GENDER_BALANCE_DIMENSIONS,
  GROUNDS,
  HARASSMENT_REQUIREMENTS,
  SECTION_5_AREAS,
} from "../../../core/cycle/vocabulary.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { ReportOrganisation } from "../../reports/http.ts";
import {
  formatAmount,
  formatDate,
  type ReportBlock,
  type ReportDocument,
  type ReportLocale,
} from "../../reports/index.ts";
import { loadYearReport, type ReportMeasure, type YearReportData } from "./data.ts";
import { type ReportTexts, reportTexts } from "./texts.ts";

export interface YearReportOptions {
  organisation: ReportOrganisation;
  year: number;
  locale: ReportLocale;
  /** ISO date the document speaks for (today in Sweden). */
  today: string;
}

type Table = Extract<ReportBlock, { type: "table" }>;

/** The helpers every section uses, bound to one language. */
function writer(locale: ReportLocale) {
  const t = reportTexts(locale);
  const label = (l: Label) => l[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const filled = (text: string | null | undefined) => (text ?? "").trim() !== "";
  const lines = (...parts: (string | null | undefined | false)[]) =>
    parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n");
  const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({
    type: "heading",
    level,
    text,
  });
  const paragraph = (text: string, style?: "muted" | "note"): ReportBlock =>
    style ? { type: "paragraph", text, style } : { type: "paragraph", text };
  /** Free text as typed: a blank line starts a new paragraph. */
  const prose = (text: string): ReportBlock[] =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => paragraph(p));
  const table = (
    caption: string,
    headers: readonly string[],
    widths: readonly number[],
    rows: string[][],
    emptyText?: string,
  ): Table => ({
    type: "table",
    caption,
    columns: headers.map((header, i) => ({ header, width: widths[i] ?? 1 })),
    rows,
    ...(emptyText ? { emptyText } : {}),
  });
  return { t, locale, label, date, filled, lines, heading, paragraph, prose, table };
}
type Writer = ReturnType<typeof writer>;

const areaName = (w: Writer, area: Area) => w.label(AREA_LABELS[area]);

function responsible(w: Writer, m: ReportMeasure): string {
  if (m.responsibleName && m.responsibleTitle) return `${m.responsibleName}, ${m.responsibleTitle}`;
  return m.responsibleName ?? m.responsibleTitle ?? w.t.noResponsible;
}

/** How and when it is followed up, and — once evaluated — whether it had the intended effect. */
function followUp(w: Writer, m: ReportMeasure): string {
  const evaluation = m.evaluation
    ? w.lines(
        w.t.evaluatedAs(w.label(EVALUATION_EFFECT_LABELS[m.evaluation.effect])),
        m.evaluation.comment,
      )
    : null;
  return (
    w.lines(
      m.followUpMethod,
      m.followUpOn ? w.t.followUpOn(w.date(m.followUpOn)) : null,
      ...m.trainings.map((training) => w.label(training)),
      evaluation,
    ) || w.t.noFollowUp
  );
}

/** Cancelled measures are listed, but after the others. */
const liveFirst = (measures: readonly ReportMeasure[]) =>
  [...measures].sort((a, b) => Number(a.status === "cancelled") - Number(b.status === "cancelled"));

/** The measures table: Aktivitet | Ansvarig | Tidsplan | (Beräknad kostnad) | Uppföljning | Status. */
function measuresTable(
  w: Writer,
  area: Area,
  measures: readonly ReportMeasure[],
  withCost = false,
): Table {
  const rows = liveFirst(measures).map((m) => [
    w.lines(m.title, m.description, m.carriedOverFrom ? w.t.carriedFrom(m.carriedOverFrom) : null),
    responsible(w, m),
    describeSchedule(m.schedule, w.locale, { startOn: m.startOn }),
    ...(withCost
      ? [m.costEstimate === null ? w.t.noCost : formatAmount(m.costEstimate, w.locale)]
      : []),
    followUp(w, m),
    w.label(MEASURE_STATUS_LABELS[m.status]),
  ]);
  return withCost
    ? w.table(
        w.t.measuresCaption(areaName(w, area)),
        w.t.payMeasureColumns,
        [4, 2.4, 2.4, 2, 2.6, 1.8],
        rows,
        w.t.noMeasures,
      )
    : w.table(
        w.t.measuresCaption(areaName(w, area)),
        w.t.measureColumns,
        [4, 2.6, 2.6, 3, 1.8],
        rows,
        w.t.noMeasures,
      );
}

/**
 * One area's four steps: what was investigated, the risks and their causes, the measures and
 * the area's conclusion. `always` shows the investigation and risk tables even when empty
 * (every § 5 area must be investigated); the special duties show them only when used.
 */
function areaBlocks(
  w: Writer,
  data: YearReportData,
  area: Area,
  options: { always: boolean; withCost?: boolean },
): ReportBlock[] {
  const { t } = w;
  const investigations = data.investigations.filter((i) => i.areas.includes(area));
  const risks = data.risks.filter((r) => r.areas.includes(area));
  const measures = data.measures.filter((m) => m.area === area);
  const blocks: ReportBlock[] = [];
  if (options.always || investigations.length > 0) {
    blocks.push(
      w.table(
        t.investigationsCaption(areaName(w, area)),
        t.investigationColumns,
        [2.6, 1.8, 2.6, 2.4, 3.8],
        investigations.map((i) => [
          i.title,
          w.date(i.heldOn),
          i.method === "other" && w.filled(i.methodOther)
            ? i.methodOther!
            : w.label(INVESTIGATION_METHOD_LABELS[i.method]),
          i.participants,
          i.findings,
        ]),
        t.noInvestigations,
      ),
    );
  }
  if (options.always || risks.length > 0) {
    blocks.push(
      w.table(
        t.risksCaption(areaName(w, area)),
        t.riskColumns,
        [3.4, 3.4, 3.8, 1.8],
        risks.map((r) => [
          w.lines(r.title, r.description),
          r.grounds.length
            ? GROUNDS.filter((g) => r.grounds.includes(g))
                .map((g) => w.label(GROUND_LABELS[g]))
                .join(", ")
            : t.noGrounds,
          w.filled(r.causes) ? r.causes : t.notAnalysed,
          w.label(RISK_STATUS_LABELS[r.status]),
        ]),
        t.noRisks,
      ),
    );
  }
  blocks.push(measuresTable(w, area, measures, options.withCost));
  const note = data.areaNotes[area];
  if (w.filled(note)) blocks.push(w.paragraph(t.conclusion(note!.trim()), "note"));
  return blocks;
}

function aboutSection(w: Writer, data: YearReportData, options: YearReportOptions): ReportBlock[] {
  const { t } = w;
  const missing = data.checklist.items.filter((i) => i.required && !i.done).length;
  const grounds = GROUNDS.map((g) => w.label(GROUND_LABELS[g]).toLocaleLowerCase(w.locale));
  const groundList =
    w.locale === "sv"
      ? `${grounds.slice(0, -1).join(", ")} och ${grounds.at(-1)}`
      : `${grounds.slice(0, -1).join(", ")} and ${grounds.at(-1)}`;
  return [
    w.heading(1, t.about),
    {
      type: "facts",
      items: [
        { label: t.facts.organisation, value: options.organisation.name },
        { label: t.facts.orgNumber, value: options.organisation.orgNumber },
        { label: t.facts.year, value: String(data.year) },
        {
          label: t.facts.headcount,
          value: data.headcount === null ? t.headcountMissing : String(data.headcount),
        },
        { label: t.facts.duty, value: t.duty[data.checklist.duty] },
        {
          label: t.facts.status,
          value: data.completedOn
            ? t.completedOn(w.date(data.completedOn))
            : t.notCompleted(missing),
        },
        { label: t.facts.date, value: w.date(data.today) },
      ],
    },
    w.heading(2, t.howWeWork),
    w.paragraph(t.intro(groundList)),
    { type: "list", ordered: true, items: [...t.steps] },
    w.paragraph(t.introOrder),
    ...organisationBlocks(w, data),
  ];
}

/**
 * The year's working group, the forums and methods the investigation uses and the dates of
 * the four steps, as the getting-started workbook filled them in; left out when not filled.
 */
function organisationBlocks(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const steps = ["investigate", "analyse", "act", "follow_up"] as const;
  const hasDates = steps.some((s) => data.stepDates[s]);
  if (data.workingGroup.length === 0 && data.plannedMethods.length === 0 && !hasDates) return [];
  return [
    w.heading(3, t.organisationOfWork(data.year)),
    ...(data.workingGroup.length > 0
      ? [
          w.table(
            t.workingGroupCaption,
            t.workingGroupColumns,
            [3, 3, 4],
            data.workingGroup.map((m) => [m.person, m.represents, m.task]),
          ),
        ]
      : []),
    ...(data.plannedMethods.length > 0
      ? [
          w.paragraph(`${t.plannedMethodsIntro}:`),
          {
            type: "list",
            items: data.plannedMethods.map((m) => w.label(INVESTIGATION_METHOD_LABELS[m])),
          } satisfies ReportBlock,
        ]
      : []),
    ...(hasDates
      ? [
          w.table(
            t.stepDatesCaption,
            t.stepDatesColumns,
            [3, 2],
            steps.map((s) => [
              t.stepDates[s],
              data.stepDates[s] ? w.date(data.stepDates[s]!) : t.noStepDate,
            ]),
          ),
        ]
      : []),
  ];
}

function harassmentSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const documents = data.harassmentDocuments;
  const blocks: ReportBlock[] = [
    w.heading(1, t.harassment),
    w.paragraph(t.law(AREA_SECTION.harassment), "muted"),
    w.paragraph(t.harassmentIntro),
    w.table(
      t.documentsCaption,
      t.documentColumns,
      [3.8, 2.4, 1.6, 2.2, 2.4],
      documents.map((d) => [
        d.title,
        w.label(HARASSMENT_DOCUMENT_KIND_LABELS[d.kind]),
        String(d.versionNo),
        d.adoptedOn ? w.date(d.adoptedOn) : t.notAdopted,
        d.nextReviewOn
          ? d.nextReviewOn < data.today
            ? t.reviewPassed(w.date(d.nextReviewOn))
            : w.date(d.nextReviewOn)
          : t.noReviewDate,
      ]),
      t.noDocuments,
    ),
  ];
  if (documents.length > 0) {
    blocks.push(
      w.table(
        t.contentsCaption,
        t.contentsColumns,
        [5, 3, 3],
        HARASSMENT_REQUIREMENTS.map((requirement) => {
          const stated = documents.filter((d) => d.covers.includes(requirement));
          const lacking = documents.filter((d) => !d.covers.includes(requirement));
          return [
            w.label(HARASSMENT_REQUIREMENT_LABELS[requirement]),
            stated.map((d) => d.title).join("\n") || t.none,
            lacking.map((d) => d.title).join("\n") || t.none,
          ];
        }),
      ),
    );
  }
  return [...blocks, ...areaBlocks(w, data, "harassment", { always: false })];
}

function genderBalanceSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const blocks: ReportBlock[] = [
    w.heading(1, t.genderBalance),
    w.paragraph(t.law(AREA_SECTION.gender_balance), "muted"),
    w.paragraph(t.genderBalanceIntro),
  ];
  if (data.genderBalanceGroups.length === 0) blocks.push(w.paragraph(t.noGroups, "muted"));
  for (const dimension of GENDER_BALANCE_DIMENSIONS) {
    const groups = data.genderBalanceGroups.filter((g) => g.dimension === dimension);
    if (groups.length === 0) continue;
    blocks.push(
      w.table(
        w.label(GENDER_BALANCE_DIMENSION_LABELS[dimension]),
        t.groupColumns,
        [4, 1.5, 1.5, 2, 2],
        groups.map((g) => {
          const total = g.women + g.men;
          const share = total > 0 ? g.women / total : null;
          return [
            g.label,
            String(g.women),
            String(g.men),
            share === null ? t.none : t.percent(Math.round(share * 100)),
            share === null ? t.none : share >= 0.4 && share <= 0.6 ? t.yes : t.no,
          ];
        }),
      ),
    );
  }
  return [...blocks, ...areaBlocks(w, data, "gender_balance", { always: false })];
}

function paySurveySection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const measures = data.measures.filter((m) => m.area === "pay_survey" && m.status !== "cancelled");
  const costs = measures.map((m) => m.costEstimate).filter((c): c is number => c !== null);
  return [
    w.heading(1, t.paySurvey),
    w.paragraph(t.law(AREA_SECTION.pay_survey), "muted"),
    w.heading(2, t.payResult),
    ...(w.filled(data.paySurveySummary)
      ? w.prose(data.paySurveySummary)
      : [w.paragraph(t.noPayResult, "muted")]),
    w.heading(2, t.payPlan),
    w.paragraph(t.payPlanIntro),
    ...areaBlocks(w, data, "pay_survey", { always: false, withCost: true }),
    ...(costs.length > 0
      ? [
          {
            type: "facts",
            items: [
              {
                label: t.payTotal,
                value: formatAmount(
                  costs.reduce((a, b) => a + b, 0),
                  w.locale,
                ),
              },
            ],
          } satisfies ReportBlock,
        ]
      : []),
  ];
}

/** Counts of last year's measures: done, evaluated and by effect. */
function previousStats(measures: readonly ReportMeasure[]) {
  const effects = Object.fromEntries(EVALUATION_EFFECTS.map((e) => [e, 0])) as Record<
    (typeof EVALUATION_EFFECTS)[number],
    number
  >;
  for (const m of measures) if (m.evaluation) effects[m.evaluation.effect]++;
  return {
    total: measures.length,
    done: measures.filter((m) => m.status === "done").length,
    evaluated: measures.filter((m) => m.evaluation !== null).length,
    effects,
    notDone: measures.filter((m) => m.status !== "done"),
  };
}

function previousSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const previousYear = data.year - 1;
  const blocks: ReportBlock[] = [w.heading(1, t.previous), w.paragraph(t.law("13 § 3"), "muted")];
  if (data.previousMeasures === null)
    return [...blocks, w.paragraph(t.noPreviousYear(previousYear))];
  const stats = previousStats(data.previousMeasures);
  return [
    ...blocks,
    w.paragraph(t.previousIntro(previousYear, stats.total, stats.done, stats.evaluated)),
    w.table(
      t.previousCaption(previousYear),
      t.previousColumns,
      [3.4, 3.4, 2.2, 1.8, 3.6],
      data.previousMeasures.map((m) => [
        m.title,
        areaName(w, m.area),
        w.lines(
          w.label(MEASURE_STATUS_LABELS[m.status]),
          m.carriedOverTo ? t.carriedTo(m.carriedOverTo) : null,
        ),
        m.evaluation ? w.label(EVALUATION_EFFECT_LABELS[m.evaluation.effect]) : t.notEvaluated,
        m.evaluation?.comment ?? "",
      ]),
    ),
  ];
}

function followUpSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const groups: FollowUpGroup[] = ["way_of_working", "measures"];
  return [
    w.heading(1, t.followUp),
    w.paragraph(t.law("2 § 4"), "muted"),
    w.paragraph(t.followUpIntro),
    ...groups.map((group) =>
      w.table(
        w.label(FOLLOW_UP_GROUP_LABELS[group]),
        t.followUpColumns,
        [2, 3],
        FOLLOW_UP_QUESTIONS[group].map((question) => {
          const answer = data.followUp[question];
          return [
            w.label(FOLLOW_UP_QUESTION_LABELS[question]),
            w.filled(answer) ? answer!.trim() : t.notAnswered,
          ];
        }),
      ),
    ),
  ];
}

/** The learning rooms the groups took: evidence for the follow-up of knowledge-building. */
function learningSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const groups = data.learningSessions.filter((s) => s.mode === "group");
  const alone = data.learningSessions.length - groups.length;
  return [
    w.heading(2, t.learning),
    w.paragraph(t.learningIntro),
    w.table(
      t.learningCaption,
      t.learningColumns,
      [1.5, 3, 3, 1.2],
      groups.map((s) => [
        w.date(s.completedOn),
        s.roomTitle?.[w.locale] ?? t.removedRoom,
        s.group || t.learningWholeOrganisation,
        String(s.participants),
      ]),
      t.noLearning,
    ),
    ...(alone > 0 ? [w.paragraph(t.learningIndividual(alone))] : []),
  ];
}

function cooperationSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  return [
    w.heading(1, t.cooperation),
    w.paragraph(t.law("11 §"), "muted"),
    ...(w.filled(data.cooperationStatement)
      ? w.prose(data.cooperationStatement)
      : [w.paragraph(t.noStatement, "muted")]),
    w.table(
      t.meetingsCaption,
      t.meetingColumns,
      [1.8, 2.8, 2.4, 3.2, 3.8],
      data.meetings.map((m) => [
        w.date(m.heldOn),
        m.forum === "other" && w.filled(m.forumOther)
          ? m.forumOther!
          : w.label(COOPERATION_FORUM_LABELS[m.forum]),
        m.participants,
        m.topics,
        w.lines(
          w.filled(m.informationGiven) ? t.information(m.informationGiven.trim()) : null,
          w.filled(m.decisions) ? t.decisions(m.decisions.trim()) : null,
        ),
      ]),
      t.noMeetings,
    ),
  ];
}

function positionsSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  if (data.positions.length === 0) return [w.heading(1, t.positions), w.paragraph(t.noPositions)];
  return [
    w.heading(1, t.positions),
    w.table(
      t.positionsCaption,
      t.positionColumns,
      [2.4, 2.2, 2.8, 4, 2],
      data.positions.map((p) => [
        p.name,
        representing(w, p),
        w.label(POSITION_LABELS[p.position]),
        p.comment,
        w.date(p.recordedOn),
      ]),
    ),
  ];
}

function representing(w: Writer, p: YearReportData["positions"][number]): string {
  if (w.filled(p.unionName)) return p.unionName!.trim();
  return p.role === "safety_rep" ? w.t.safetyRep : w.t.none;
}

function checklistSection(w: Writer, data: YearReportData): ReportBlock[] {
  const { t } = w;
  const missing = data.checklist.items.filter((i) => i.required && !i.done).length;
  return [
    w.heading(1, t.checklist),
    w.paragraph(t.law("13–14 §§"), "muted"),
    w.paragraph(t.checklistIntro(missing)),
    w.table(
      t.checklistCaption,
      t.checklistColumns,
      [6, 1.8, 2],
      data.checklist.items.map((item) => [
        checklistLabel(item, w.locale),
        t.section(item.section),
        item.done ? t.done : item.required ? t.missing : t.missingOptional,
      ]),
    ),
  ];
}

/** The year's documentation, from already loaded data. */
export function yearDocumentation(
  data: YearReportData,
  options: YearReportOptions,
): ReportDocument {
  const w = writer(options.locale);
  const { t } = w;
  return {
    title: t.documentationTitle(data.year),
    subtitle: t.documentationSubtitle,
    organisationName: options.organisation.name,
    orgNumber: options.organisation.orgNumber,
    date: data.today,
    locale: options.locale,
    blocks: [
      ...aboutSection(w, data, options),
      w.heading(1, t.fiveAreas),
      w.paragraph(t.law("5 §"), "muted"),
      w.paragraph(t.fiveAreasIntro),
      ...SECTION_5_AREAS.flatMap((area) => [
        w.heading(2, areaName(w, area)),
        ...areaBlocks(w, data, area, { always: true }),
      ]),
      ...harassmentSection(w, data),
      ...genderBalanceSection(w, data),
      ...paySurveySection(w, data),
      ...previousSection(w, data),
      ...followUpSection(w, data),
      ...learningSection(w, data),
      ...cooperationSection(w, data),
      ...positionsSection(w, data),
      ...checklistSection(w, data),
    ],
  };
}

/**
 * The year's documentation as 3 kap. 13 § asks for it: the four steps per area, the § 6 and
 * § 7 work, the pay survey with cost and timetable, the evaluation of last year's measures,
 * the follow-up, how cooperation was done and the representatives' positions, and the
 * checklist. Throws 404 (AppError) when the year does not exist.
 */
export async function buildYearDocumentation(
  tenant: TenantDb,
  options: YearReportOptions,
): Promise<ReportDocument> {
  return yearDocumentation(await loadYearReport(tenant, options.year, options.today), options);
}

export interface BoardSummaryOptions extends YearReportOptions {
  /** Who the summary is sent to ("Skickas till"), in the order given. */
  distribution: readonly string[];
}

/** The board summary, from already loaded data. */
export function boardSummary(data: YearReportData, options: BoardSummaryOptions): ReportDocument {
  const w = writer(options.locale);
  const { t } = w;
  const previousYear = data.year - 1;
  const areas = SECTION_5_AREAS.map((a) => areaName(w, a).toLocaleLowerCase(w.locale));
  const areaList =
    w.locale === "sv"
      ? `${areas.slice(0, -1).join(", ")} samt ${areas.at(-1)}`
      : `${areas.slice(0, -1).join(", ")} and ${areas.at(-1)}`;
  const withArea = (m: ReportMeasure) => `${m.title} (${areaName(w, m.area)})`;

  const blocks: ReportBlock[] = [
    w.heading(1, t.background),
    w.paragraph(t.summaryBackground(areaList)),
    w.paragraph(t.summaryPurpose(data.year)),
    {
      type: "facts",
      items: [
        {
          label: t.facts.headcount,
          value: data.headcount === null ? t.headcountMissing : String(data.headcount),
        },
        {
          label: t.documentationStatus(data.year),
          value: data.completedOn
            ? `${t.statusDone} (${w.date(data.completedOn)})`
            : t.statusNotDone,
        },
      ],
    },
    w.heading(1, t.evaluationOf(previousYear)),
  ];

  if (data.previousMeasures === null) {
    blocks.push(w.paragraph(t.noEvaluation(previousYear)));
  } else {
    const stats = previousStats(data.previousMeasures);
    blocks.push({
      type: "facts",
      items: [
        { label: t.stats.planned, value: String(stats.total) },
        { label: t.stats.done, value: String(stats.done) },
        { label: t.stats.evaluated, value: String(stats.evaluated) },
        ...EVALUATION_EFFECTS.map((effect) => ({
          label: t.effectCount[effect],
          value: String(stats.effects[effect]),
        })),
      ],
    });
    if (stats.total > 0) {
      if (stats.notDone.length === 0) blocks.push(w.paragraph(t.allDone));
      else
        blocks.push(w.heading(2, t.notDoneHeading), {
          type: "list",
          items: stats.notDone.map((m) =>
            [
              withArea(m),
              w.label(MEASURE_STATUS_LABELS[m.status]).toLocaleLowerCase(w.locale),
              m.carriedOverTo ? t.carriedTo(m.carriedOverTo).toLocaleLowerCase(w.locale) : null,
            ]
              .filter(Boolean)
              .join(" – "),
          ),
        });
    }
  }

  const live = data.measures.filter((m) => m.status !== "cancelled");
  const fresh = live.filter((m) => m.carriedOverFrom === null);
  const carried = live.filter((m) => m.carriedOverFrom !== null);
  blocks.push(w.heading(1, t.newMeasures(data.year)));
  blocks.push(
    fresh.length > 0 ? { type: "list", items: fresh.map(withArea) } : w.paragraph(t.noNewMeasures),
  );
  if (carried.length > 0)
    blocks.push(w.paragraph(t.carriedOverCount(carried.length, previousYear)));

  if (data.positions.length > 0) {
    blocks.push(w.heading(1, t.positions), {
      type: "list",
      items: data.positions.map((p) => {
        const who = representing(w, p);
        const head = `${p.name}${who === t.none ? "" : `, ${who}`}: ${w.label(POSITION_LABELS[p.position])}`;
        return w.filled(p.comment) ? `${head}. ${p.comment.trim()}` : head;
      }),
    });
  }

  const distribution = options.distribution.map((d) => d.trim()).filter(Boolean);
  if (distribution.length > 0)
    blocks.push(w.heading(1, t.distribution), { type: "list", items: distribution });

  return {
    title: t.summaryTitle(data.year),
    subtitle: t.summarySubtitle,
    organisationName: options.organisation.name,
    orgNumber: options.organisation.orgNumber,
    date: data.today,
    locale: options.locale,
    blocks,
  };
}

/**
 * One to two pages for a board or committee: background, how last year's measures went,
 * this year's new measures, the unions' positions and the distribution list.
 */
export async function buildBoardSummary(
  tenant: TenantDb,
  options: BoardSummaryOptions,
): Promise<ReportDocument> {
  return boardSummary(await loadYearReport(tenant, options.year, options.today), options);
}

/** The download's file name without extension: "Aktiva åtgärder 2026 – Exempelkommunen". */
export function reportFileName(
  kind: "documentation" | "summary",
  year: number,
  organisationName: string,
  locale: ReportLocale,
): string {
  const t: ReportTexts = reportTexts(locale);
  return kind === "documentation"
    ? t.documentationFile(year, organisationName)
    : t.summaryFile(year, organisationName);
}
