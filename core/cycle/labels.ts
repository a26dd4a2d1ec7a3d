import type { FollowUpQuestion } from "./follow-up.ts";
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
} from "./vocabulary.ts";

/**
 * The names of the cycle's fixed vocabulary in Swedish and English. One source for the web
 * app and the reports, so a status is called the same on screen and on paper.
 */
export type Label = { sv: string; en: string };
type Labels<K extends string> = Record<K, Label>;

export const AREA_LABELS: Labels<Area> = {
  working_conditions: { sv: "Arbetsförhållanden", en: "Working conditions" },
  pay_and_terms: {
    sv: "Löner och andra anställningsvillkor",
    en: "Pay and other terms of employment",
  },
  recruitment_and_promotion: { sv: "Rekrytering och befordran", en: "Recruitment and promotion" },
  training_and_development: {
    sv: "Utbildning och övrig kompetensutveckling",
    en: "Training and other skills development",
  },
  parenthood_and_work: {
    sv: "Möjligheter att förena förvärvsarbete och föräldraskap",
    en: "Combining work and parenthood",
  },
  harassment: {
    sv: "Riktlinjer och rutiner mot trakasserier och repressalier",
    en: "Guidelines and routines against harassment and reprisals",
  },
  gender_balance: { sv: "Jämn könsfördelning", en: "Gender balance" },
  pay_survey: { sv: "Lönekartläggning", en: "Pay survey" },
};

export const GROUND_LABELS: Labels<Ground> = {
  sex: { sv: "Kön", en: "Sex" },
  transgender_identity: {
    sv: "Könsöverskridande identitet eller uttryck",
    en: "Transgender identity or expression",
  },
  ethnicity: { sv: "Etnisk tillhörighet", en: "Ethnicity" },
  religion: { sv: "Religion eller annan trosuppfattning", en: "Religion or other belief" },
  disability: { sv: "Funktionsnedsättning", en: "Disability" },
  sexual_orientation: { sv: "Sexuell läggning", en: "Sexual orientation" },
  age: { sv: "Ålder", en: "Age" },
};

export const INVESTIGATION_METHOD_LABELS: Labels<InvestigationMethod> = {
  safety_round: { sv: "Skyddsrond", en: "Safety round" },
  workplace_meeting: { sv: "Arbetsplatsträff (APT)", en: "Workplace meeting" },
  employee_survey: { sv: "Medarbetarenkät", en: "Employee survey" },
  personnel_statistics: { sv: "Personalstatistik", en: "Personnel statistics" },
  appraisal_talks: { sv: "Medarbetarsamtal", en: "Appraisal talks" },
  management_group: { sv: "Ledningsgrupp", en: "Management group" },
  cooperation_group: { sv: "Samverkansgrupp", en: "Cooperation group" },
  policy_review: {
    sv: "Genomgång av policyer, riktlinjer och rutiner",
    en: "Review of policies, guidelines and routines",
  },
  other: { sv: "Annat", en: "Other" },
};

export const RISK_SOURCE_LABELS: Labels<RiskSource> = {
  investigation: { sv: "Undersökning", en: "Investigation" },
  learning_session: { sv: "Gruppsamtal i ett rum", en: "Group session in a learning room" },
  statistics: { sv: "Statistik", en: "Statistics" },
  other: { sv: "Annat", en: "Other" },
};

export const RISK_STATUS_LABELS: Labels<RiskStatus> = {
  identified: { sv: "Identifierad", en: "Identified" },
  analysed: { sv: "Analyserad", en: "Analysed" },
  acting: { sv: "Åtgärder pågår", en: "Being acted on" },
  removed: { sv: "Undanröjd", en: "Removed" },
};

export const MEASURE_STATUS_LABELS: Labels<MeasureStatus> = {
  planned: { sv: "Planerad", en: "Planned" },
  in_progress: { sv: "Pågår", en: "In progress" },
  done: { sv: "Genomförd", en: "Done" },
  postponed: { sv: "Uppskjuten", en: "Postponed" },
  cancelled: { sv: "Avbruten", en: "Cancelled" },
};

export const EVALUATION_EFFECT_LABELS: Labels<EvaluationEffect> = {
  yes: { sv: "Ja", en: "Yes" },
  partly: { sv: "Delvis", en: "Partly" },
  no: { sv: "Nej", en: "No" },
  too_early: { sv: "För tidigt att säga", en: "Too early to say" },
};

export const COOPERATION_FORUM_LABELS: Labels<CooperationForum> = {
  local_cooperation_group: { sv: "Lokal samverkansgrupp (LSG)", en: "Local cooperation group" },
  sector_cooperation_group: {
    sv: "Verksamhetens samverkansgrupp (VSG)",
    en: "Department cooperation group",
  },
  central_cooperation_group: {
    sv: "Central samverkansgrupp (CSG)",
    en: "Central cooperation group",
  },
  safety_committee: { sv: "Skyddskommitté", en: "Safety committee" },
  workplace_meeting: { sv: "Arbetsplatsträff (APT)", en: "Workplace meeting" },
  negotiation: {
    sv: "Förhandling eller information enligt MBL",
    en: "Negotiation or consultation",
  },
  other: { sv: "Annat", en: "Other" },
};

export const POSITION_LABELS: Labels<Position> = {
  agree: { sv: "Instämmer", en: "Agree" },
  partly_agree: { sv: "Instämmer delvis", en: "Partly agree" },
  disagree: { sv: "Instämmer inte", en: "Disagree" },
};

export const GENDER_BALANCE_DIMENSION_LABELS: Labels<GenderBalanceDimension> = {
  work_type: { sv: "Typ av arbete", en: "Type of work" },
  employee_category: { sv: "Kategori av arbetstagare", en: "Employee category" },
  management_level: { sv: "Ledande ställning", en: "Management level" },
};

export const HARASSMENT_REQUIREMENT_LABELS: Labels<HarassmentRequirement> = {
  not_accepted: {
    sv: "Att trakasserier, sexuella trakasserier och repressalier inte accepteras",
    en: "That harassment, sexual harassment and reprisals are not accepted",
  },
  covers_trainees_and_hired_staff: {
    sv: "Att det gäller även praktikanter, inhyrd och inlånad personal",
    en: "That it also covers trainees and hired or borrowed staff",
  },
  whom_to_turn_to: {
    sv: "Vem den som blivit utsatt kan vända sig till",
    en: "Whom a person who has been targeted can turn to",
  },
  employer_actions: {
    sv: "Vad arbetsgivaren gör när den får veta att någon kan ha blivit utsatt",
    en: "What the employer does on learning that someone may have been targeted",
  },
  who_investigates: {
    sv: "Vem som utreder det som har hänt",
    en: "Who investigates what happened",
  },
};

export const HARASSMENT_DOCUMENT_KIND_LABELS: Labels<HarassmentDocumentKind> = {
  guidelines: { sv: "Riktlinjer", en: "Guidelines" },
  routines: { sv: "Rutiner", en: "Routines" },
  guidelines_and_routines: { sv: "Riktlinjer och rutiner", en: "Guidelines and routines" },
};

export const FOLLOW_UP_GROUP_LABELS: Labels<"way_of_working" | "measures"> = {
  way_of_working: { sv: "Har vårt arbetssätt fungerat?", en: "Did our way of working work?" },
  measures: { sv: "Har våra åtgärder fungerat?", en: "Did our measures work?" },
};

export const FOLLOW_UP_QUESTION_LABELS: Labels<FollowUpQuestion> = {
  working_method: {
    sv: "Har vi hittat ett arbetssätt som främjar lika rättigheter och möjligheter?",
    en: "Have we found a way of working that promotes equal rights and opportunities?",
  },
  investigation_method: {
    sv: "Behöver undersökningsmetoden kompletteras eller ändras?",
    en: "Does the way we investigate need to be added to or changed?",
  },
  analysis: {
    sv: "Har vi analyserat orsakerna till de risker vi hittade?",
    en: "Have we analysed the causes of the risks we found?",
  },
  responsibilities_and_timetable: {
    sv: "Har vi bestämt åtgärder, vem som ansvarar och en tidsplan?",
    en: "Have we decided measures, who is responsible and a timetable?",
  },
  cooperation: {
    sv: "Hur har samverkan med arbetstagarna fungerat?",
    en: "How has cooperation with the employees worked?",
  },
  lessons: { sv: "Vad tar vi med oss till nästa år?", en: "What do we take with us to next year?" },
  risks_removed: {
    sv: "Har riskerna och hindren undanröjts?",
    en: "Have the risks and obstacles been removed?",
  },
  all_done: {
    sv: "Har alla åtgärder genomförts enligt planen?",
    en: "Were all measures carried out as planned?",
  },
  intended_effect: {
    sv: "Fick åtgärderna avsedd effekt?",
    en: "Did the measures have the intended effect?",
  },
  other_measures_needed: {
    sv: "Behövs andra eller fler åtgärder?",
    en: "Are other or further measures needed?",
  },
};

/** The checklist's items (core/cycle/checklist.ts); "{area}" is replaced by the area's name. */
export const CHECKLIST_LABELS: Record<string, Label> = {
  "headcount.known": {
    sv: "Antal anställda vid årets början är angivet",
    en: "The number of employees at the start of the year is entered",
  },
  "area.investigated": { sv: "{area}: undersökt", en: "{area}: investigated" },
  "area.analysed": {
    sv: "{area}: orsaker analyserade (eller slutsats om att risker saknas)",
    en: "{area}: causes analysed (or a conclusion that there are no risks)",
  },
  "area.measures": {
    sv: "{area}: åtgärder planerade (eller slutsats om att inga behövs)",
    en: "{area}: measures planned (or a conclusion that none are needed)",
  },
  "measures.responsible": {
    sv: "Varje åtgärd har en ansvarig",
    en: "Every measure has someone responsible",
  },
  "harassment.documents": {
    sv: "Riktlinjer och rutiner mot trakasserier är antagna",
    en: "Guidelines and routines against harassment are adopted",
  },
  "harassment.contents": {
    sv: "Riktlinjerna och rutinerna innehåller allt som krävs",
    en: "The guidelines and routines contain everything required",
  },
  "harassment.reviewed": {
    sv: "Riktlinjerna och rutinerna har ett datum för översyn som inte har passerat",
    en: "The guidelines and routines have a review date that has not passed",
  },
  "harassment.measures": {
    sv: "Åtgärder mot trakasserier och repressalier",
    en: "Measures against harassment and reprisals",
  },
  "genderBalance.mapped": {
    sv: "Könsfördelningen är kartlagd",
    en: "The gender distribution is mapped",
  },
  "genderBalance.measures": {
    sv: "Åtgärder för jämn könsfördelning (eller slutsats om att inga behövs)",
    en: "Measures for gender balance (or a conclusion that none are needed)",
  },
  "paySurvey.result": {
    sv: "Resultatet av lönekartläggningen",
    en: "The result of the pay survey",
  },
  "paySurvey.plan": {
    sv: "Lönejusteringar och åtgärder med kostnad och tidsplan (eller slutsats om att inga behövs)",
    en: "Pay adjustments and measures with cost and timetable (or a conclusion that none are needed)",
  },
  "evaluation.previousYear": {
    sv: "Utvärdering av förra årets åtgärder",
    en: "Evaluation of last year's measures",
  },
  "followUp.wayOfWorking": {
    sv: "Uppföljning: har arbetssättet fungerat?",
    en: "Follow-up: did the way of working work?",
  },
  "followUp.measures": {
    sv: "Uppföljning: har åtgärderna fungerat?",
    en: "Follow-up: did the measures work?",
  },
  "cooperation.statement": {
    sv: "Beskrivning av hur samverkan har gått till",
    en: "A description of how cooperation was carried out",
  },
  "cooperation.meetings": {
    sv: "Samverkansmöten är dokumenterade",
    en: "Cooperation meetings are documented",
  },
};

/** A checklist item's text in `locale`. */
export function checklistLabel(item: { key: string; area?: Area }, locale: "sv" | "en"): string {
  const text = CHECKLIST_LABELS[item.key]?.[locale] ?? item.key;
  return item.area ? text.replace("{area}", AREA_LABELS[item.area][locale]) : text;
}
