/**
 * The words of the year's documentation and the board summary, in plain Swedish and natural
 * English. Names of the cycle's vocabulary (areas, statuses, grounds …) come from
 * core/cycle/labels.ts so paper and screen call things the same.
 */
import type { DocumentationDuty } from "../../../core/platform/documentation-duty.ts";

const sv = {
  documentationTitle: (year: number) => `Dokumentation av aktiva åtgärder ${year}`,
  documentationSubtitle: "Diskrimineringslagen (2008:567) 3 kap.",
  summaryTitle: (year: number) => `Aktiva åtgärder ${year}`,
  summarySubtitle: "Sammanfattning för styrelse eller nämnd",
  documentationFile: (year: number, organisation: string) =>
    `Aktiva åtgärder ${year} – ${organisation}`,
  summaryFile: (year: number, organisation: string) =>
    `Aktiva åtgärder ${year}, sammanfattning – ${organisation}`,

  law: (paragraph: string) => `Diskrimineringslagen 3 kap. ${paragraph}`,
  section: (paragraph: string) => `3 kap. ${paragraph}`,

  about: "Om dokumentationen",
  facts: {
    organisation: "Arbetsgivare",
    orgNumber: "Organisationsnummer",
    year: "Verksamhetsår",
    headcount: "Antal anställda vid årets början",
    duty: "Krav på skriftlig dokumentation",
    status: "Dokumentationen",
    date: "Datum",
  },
  headcountMissing: "Inte angivet",
  duty: {
    full: "Ja, för allt arbete med aktiva åtgärder (minst 25 anställda).",
    pay_survey:
      "Ja, för lönekartläggningen (10–24 anställda). Arbetet med alla delar ska ändå göras.",
    none: "Nej (färre än 10 anställda). Arbetet med aktiva åtgärder ska ändå göras.",
    unknown:
      "Antalet anställda är inte angivet. Dokumentet tar därför upp allt som krävs av en arbetsgivare med minst 25 anställda.",
  } satisfies Record<DocumentationDuty, string>,
  completedOn: (date: string) => `Markerad som klar ${date}`,
  notCompleted: (missing: number) =>
    missing === 0
      ? "Inte markerad som klar, men alla punkter som krävs i checklistan är uppfyllda"
      : missing === 1
        ? "Inte klar – 1 punkt som krävs saknas i checklistan"
        : `Inte klar – ${missing} punkter som krävs saknas i checklistan`,

  howWeWork: "Så arbetar vi med aktiva åtgärder",
  intro: (grounds: string) =>
    `Aktiva åtgärder är det förebyggande och främjande arbete som alla arbetsgivare ska göra för att motverka diskriminering och verka för lika rättigheter och möjligheter. Arbetet gäller alla sju diskrimineringsgrunder: ${grounds}. Vi gör det i fyra steg som vi upprepar varje år:`,
  steps: [
    "Undersöka om det finns risker för diskriminering eller repressalier, eller andra hinder för lika rättigheter och möjligheter.",
    "Analysera orsakerna till de risker och hinder vi hittar.",
    "Åtgärda: göra det som skäligen kan krävas, med en ansvarig och en tidsplan.",
    "Följa upp och utvärdera om åtgärderna och vårt sätt att arbeta har fungerat.",
  ],
  introOrder:
    "Vi arbetar i samverkan med arbetstagarna och deras organisationer. Dokumentet följer lagens ordning: först de fem områdena, sedan riktlinjer och rutiner mot trakasserier, jämn könsfördelning och lönekartläggningen. Sist kommer utvärderingen av förra årets åtgärder, årets uppföljning, hur samverkan har gått till, arbetstagarorganisationernas ställningstagande och en checklista över det som ska finnas med.",

  organisationOfWork: (year: number) => `Så är arbetet organiserat ${year}`,
  workingGroupCaption: "Arbetsgruppen",
  workingGroupColumns: ["Namn eller roll", "Företräder", "Uppgift i gruppen"],
  plannedMethodsIntro: "Vi undersöker med hjälp av",
  stepDatesCaption: "Tidplan för de fyra stegen",
  stepDatesColumns: ["Milstolpe", "Datum"],
  stepDates: {
    investigate: "Undersökningen klar",
    analyse: "Analysen klar",
    act: "Åtgärderna beslutade",
    follow_up: "Uppföljning och utvärdering klar",
  },
  noStepDate: "Inget datum",

  fiveAreas: "De fem områdena",
  fiveAreasIntro:
    "För varje område visar vi vad vi har undersökt, vilka risker och hinder vi har hittat och vad de beror på, vilka åtgärder vi har bestämt och vad vi har kommit fram till.",
  investigationsCaption: (area: string) => `Undersökningar: ${area}`,
  investigationColumns: ["Undersökning", "Datum", "Metod", "Deltagare", "Resultat"],
  noInvestigations: "Området har inte undersökts under året.",
  risksCaption: (area: string) => `Risker och orsaker: ${area}`,
  riskColumns: ["Risk/hinder", "Diskrimineringsgrunder", "Orsaker", "Status"],
  noRisks: "Vi har inte hittat några risker eller hinder inom området.",
  notAnalysed: "Inte analyserat ännu",
  noGrounds: "Ingen angiven",
  measuresCaption: (area: string) => `Åtgärder: ${area}`,
  measureColumns: ["Aktivitet", "Ansvarig", "Tidsplan", "Uppföljning", "Status"],
  payMeasureColumns: [
    "Aktivitet",
    "Ansvarig",
    "Tidsplan",
    "Beräknad kostnad",
    "Uppföljning",
    "Status",
  ],
  noMeasures: "Inga åtgärder är planerade inom området.",
  noResponsible: "Ingen ansvarig utsedd",
  noFollowUp: "Inte bestämt",
  followUpOn: (date: string) => `Senast ${date}`,
  evaluatedAs: (effect: string) => `Avsedd effekt: ${effect}`,
  carriedFrom: (year: number) => `Överförd från ${year}`,
  carriedTo: (year: number) => `Överförd till ${year}`,
  noCost: "Inte beräknad",
  conclusion: (note: string) => `Slutsats: ${note}`,

  harassment: "Riktlinjer och rutiner mot trakasserier och repressalier",
  harassmentIntro:
    "Arbetsgivaren ska ha riktlinjer och rutiner för att förhindra trakasserier, sexuella trakasserier och repressalier. Här är de versioner som gäller nu.",
  documentsCaption: "Riktlinjer och rutiner",
  documentColumns: ["Dokument", "Typ", "Version", "Antagen", "Nästa översyn"],
  noDocuments: "Det finns inga riktlinjer eller rutiner registrerade i Aktiva.",
  notAdopted: "Inte antagen",
  noReviewDate: "Inget datum",
  reviewPassed: (date: string) => `${date} (har passerat)`,
  contentsCaption: "Det här ska riktlinjerna och rutinerna innehålla",
  contentsColumns: ["Innehåll", "Finns i", "Saknas i"],
  none: "–",

  genderBalance: "Jämn könsfördelning",
  genderBalanceIntro:
    "Arbetsgivaren ska främja en jämn fördelning mellan kvinnor och män i olika typer av arbete, inom olika kategorier av arbetstagare och på ledande positioner. Vi räknar en grupp som jämn när andelen kvinnor är mellan 40 och 60 procent.",
  groupColumns: ["Grupp", "Kvinnor", "Män", "Andel kvinnor", "Inom 40–60 %"],
  noGroups: "Könsfördelningen är inte kartlagd i Aktiva för året.",
  percent: (value: number) => `${value}\u00A0%`,
  yes: "Ja",
  no: "Nej",

  paySurvey: "Lönekartläggning",
  payResult: "Resultat",
  noPayResult: "Resultatet av lönekartläggningen är inte ifyllt.",
  payPlan: "Lönejusteringar och andra åtgärder",
  payPlanIntro:
    "Lönejusteringar ska göras så snart som möjligt och senast inom tre år. Tabellen visar kostnad och tidsplan för varje åtgärd.",
  payTotal: "Sammanlagd beräknad kostnad",

  previous: "Utvärdering av förra årets åtgärder",
  noPreviousYear: (year: number) =>
    `Det finns inget verksamhetsår ${year} i Aktiva, så här finns inga åtgärder från förra året att utvärdera.`,
  previousIntro: (year: number, total: number, done: number, evaluated: number) =>
    total === 0
      ? `Inga åtgärder var planerade ${year}.`
      : `${year} fanns ${total} ${total === 1 ? "åtgärd" : "åtgärder"}. ${done} har genomförts och ${evaluated} har utvärderats.`,
  previousCaption: (year: number) => `Åtgärder ${year} och deras effekt`,
  previousColumns: ["Åtgärd", "Område", "Status", "Effekt", "Kommentar"],
  notEvaluated: "Inte utvärderad",

  followUp: "Uppföljning och utvärdering",
  followUpIntro:
    "I slutet av året följer vi upp både hur vi har arbetat och om åtgärderna har fungerat.",
  followUpColumns: ["Fråga", "Svar"],
  notAnswered: "Inte besvarat",

  learning: "Kunskapshöjande insatser i lärrummen",
  learningIntro:
    "Grupper med arbetsgivare och arbetstagarnas företrädare har gått igenom Aktivas lärrum tillsammans. Det här är underlag för uppföljningen av kunskapshöjande åtgärder.",
  learningCaption: "Lärrum som grupper har genomfört under året",
  learningColumns: ["Datum", "Lärrum", "Enhet eller grupp", "Deltagare"],
  learningWholeOrganisation: "Hela organisationen",
  noLearning: "Inga lärrum är genomförda i grupp under året.",
  learningIndividual: (count: number) =>
    count === 1
      ? "Dessutom har 1 person gått igenom ett lärrum på egen hand."
      : `Dessutom har ${count} personer gått igenom lärrum på egen hand.`,
  removedRoom: "Borttaget lärrum",

  cooperation: "Samverkan",
  noStatement: "Beskrivningen av hur samverkan har gått till är inte ifylld.",
  meetingsCaption: "Samverkansmöten under året",
  meetingColumns: ["Datum", "Forum", "Deltagare", "Ämnen", "Information och beslut"],
  noMeetings: "Inga samverkansmöten är dokumenterade för året.",
  information: (text: string) => `Information: ${text}`,
  decisions: (text: string) => `Beslut: ${text}`,

  positions: "Arbetstagarorganisationernas ställningstagande",
  positionsCaption: "Ställningstaganden till årets dokumentation",
  positionColumns: ["Namn", "Organisation", "Ställningstagande", "Kommentar", "Datum"],
  noPositions:
    "Ingen företrädare för arbetstagarna har lämnat något ställningstagande till årets dokumentation i Aktiva.",
  safetyRep: "Skyddsombud",

  checklist: "Checklista",
  checklistIntro: (missing: number) =>
    missing === 0
      ? "Allt som lagen kräver i dokumentationen finns med."
      : `${missing} ${missing === 1 ? "punkt" : "punkter"} som lagen kräver saknas ännu.`,
  checklistCaption: "Det här ska finnas med i dokumentationen",
  checklistColumns: ["Punkt", "Lagrum", "Status"],
  done: "Klar",
  missing: "Saknas",
  missingOptional: "Saknas (rekommenderas)",

  // The board summary
  background: "Bakgrund",
  summaryBackground: (areas: string) =>
    `Enligt diskrimineringslagen ska alla arbetsgivare arbeta förebyggande och främjande för att motverka diskriminering och verka för lika rättigheter och möjligheter – så kallade aktiva åtgärder. Arbetet gäller alla sju diskrimineringsgrunder och fem områden: ${areas}. Varje år undersöker vi risker, analyserar orsakerna, bestämmer åtgärder och följer upp dem, i samverkan med arbetstagarnas organisationer.`,
  summaryPurpose: (year: number) =>
    `Den här sammanfattningen visar hur förra årets åtgärder gick och vilka nya åtgärder som gäller för ${year}. Hela dokumentationen finns i Aktiva.`,
  documentationStatus: (year: number) => `Dokumentationen för ${year}`,
  statusDone: "Klar",
  statusNotDone: "Inte klar ännu",
  evaluationOf: (year: number) => `Utvärdering av ${year}`,
  noEvaluation: (year: number) =>
    `Det finns inget verksamhetsår ${year} i Aktiva, så det finns ingen utvärdering att redovisa.`,
  stats: {
    planned: "Åtgärder",
    done: "Genomförda",
    evaluated: "Utvärderade",
  },
  effectCount: {
    yes: "Fick avsedd effekt",
    partly: "Fick delvis avsedd effekt",
    no: "Fick inte avsedd effekt",
    too_early: "För tidigt att säga",
  },
  notDoneHeading: "Åtgärder som inte genomfördes",
  allDone: "Alla åtgärder genomfördes.",
  newMeasures: (year: number) => `Nya åtgärder ${year}`,
  noNewMeasures: "Inga nya åtgärder är planerade.",
  carriedOverCount: (count: number, from: number) =>
    count === 1
      ? `Dessutom fortsätter 1 åtgärd från ${from}.`
      : `Dessutom fortsätter ${count} åtgärder från ${from}.`,
  distribution: "Sändlista",
};

export type ReportTexts = typeof sv;

/** "6 §" → "section 6" or "s. 6"; "8–10 §§" → "sections 8–10" or "ss. 8–10"; "13 § 1" → "s. 13(1)". */
function englishSection(paragraph: string, form: "long" | "short"): string {
  const match = /^(\S+) (§§?)(?: (\S+))?$/.exec(paragraph);
  if (!match) return paragraph;
  const [, number, sign, point] = match;
  const plural = sign === "§§";
  const word = form === "long" ? (plural ? "sections" : "section") : plural ? "ss." : "s.";
  return `${word} ${number}${point ? `(${point})` : ""}`;
}

const en: ReportTexts = {
  documentationTitle: (year) => `Documentation of active measures ${year}`,
  documentationSubtitle: "Swedish Discrimination Act (2008:567), chapter 3",
  summaryTitle: (year) => `Active measures ${year}`,
  summarySubtitle: "Summary for the board or committee",
  documentationFile: (year, organisation) => `Active measures ${year} – ${organisation}`,
  summaryFile: (year, organisation) => `Active measures ${year}, summary – ${organisation}`,

  law: (paragraph) => `Discrimination Act, chapter 3, ${englishSection(paragraph, "long")}`,
  section: (paragraph) => `Ch. 3 ${englishSection(paragraph, "short")}`,

  about: "About this documentation",
  facts: {
    organisation: "Employer",
    orgNumber: "Corporate ID number",
    year: "Work year",
    headcount: "Employees at the start of the year",
    duty: "Written documentation required",
    status: "Documentation",
    date: "Date",
  },
  headcountMissing: "Not entered",
  duty: {
    full: "Yes, for all work on active measures (25 or more employees).",
    pay_survey:
      "Yes, for the pay survey (10–24 employees). All parts of the work must still be done.",
    none: "No (fewer than 10 employees). The work on active measures must still be done.",
    unknown:
      "The number of employees is not entered, so this document covers everything required of an employer with 25 or more employees.",
  },
  completedOn: (date) => `Marked complete on ${date}`,
  notCompleted: (missing) =>
    missing === 0
      ? "Not marked complete, though every required checklist item is met"
      : missing === 1
        ? "Not complete – 1 required checklist item is missing"
        : `Not complete – ${missing} required checklist items are missing`,

  howWeWork: "How we work with active measures",
  intro: (grounds) =>
    `Active measures are the preventive and promotive work every employer must do to counteract discrimination and promote equal rights and opportunities. The work covers all seven grounds of discrimination: ${grounds}. We do it in four steps that we repeat every year:`,
  steps: [
    "Investigate whether there are risks of discrimination or reprisals, or other obstacles to equal rights and opportunities.",
    "Analyse the causes of the risks and obstacles we find.",
    "Act: take the measures that can reasonably be required, each with someone responsible and a timetable.",
    "Follow up and evaluate whether the measures and our way of working have worked.",
  ],
  introOrder:
    "We work together with the employees and their organisations. The document follows the order of the law: first the five areas, then the guidelines and routines against harassment, gender balance and the pay survey. It ends with the evaluation of last year's measures, this year's follow-up, how cooperation was carried out, the employee organisations' positions and a checklist of what the documentation must contain.",

  organisationOfWork: (year) => `How the work is organised in ${year}`,
  workingGroupCaption: "The working group",
  workingGroupColumns: ["Name or role", "Represents", "Task in the group"],
  plannedMethodsIntro: "We investigate by means of",
  stepDatesCaption: "Timetable for the four steps",
  stepDatesColumns: ["Milestone", "Date"],
  stepDates: {
    investigate: "Investigation done",
    analyse: "Analysis done",
    act: "Measures decided",
    follow_up: "Follow-up and evaluation done",
  },
  noStepDate: "No date",

  fiveAreas: "The five areas",
  fiveAreasIntro:
    "For each area we show what we investigated, which risks and obstacles we found and their causes, which measures we decided on and what we concluded.",
  investigationsCaption: (area) => `Investigations: ${area}`,
  investigationColumns: ["Investigation", "Date", "Method", "Participants", "Findings"],
  noInvestigations: "The area was not investigated this year.",
  risksCaption: (area) => `Risks and causes: ${area}`,
  riskColumns: ["Risk/obstacle", "Grounds of discrimination", "Causes", "Status"],
  noRisks: "We found no risks or obstacles in this area.",
  notAnalysed: "Not analysed yet",
  noGrounds: "None given",
  measuresCaption: (area) => `Measures: ${area}`,
  measureColumns: ["Activity", "Responsible", "Timetable", "Follow-up", "Status"],
  payMeasureColumns: [
    "Activity",
    "Responsible",
    "Timetable",
    "Estimated cost",
    "Follow-up",
    "Status",
  ],
  noMeasures: "No measures are planned in this area.",
  noResponsible: "No one appointed",
  noFollowUp: "Not decided",
  followUpOn: (date) => `By ${date}`,
  evaluatedAs: (effect) => `Intended effect: ${effect}`,
  carriedFrom: (year) => `Carried over from ${year}`,
  carriedTo: (year) => `Carried over to ${year}`,
  noCost: "Not estimated",
  conclusion: (note) => `Conclusion: ${note}`,

  harassment: "Guidelines and routines against harassment and reprisals",
  harassmentIntro:
    "The employer must have guidelines and routines to prevent harassment, sexual harassment and reprisals. These are the versions currently in use.",
  documentsCaption: "Guidelines and routines",
  documentColumns: ["Document", "Kind", "Version", "Adopted", "Next review"],
  noDocuments: "No guidelines or routines are recorded in Aktiva.",
  notAdopted: "Not adopted",
  noReviewDate: "No date",
  reviewPassed: (date) => `${date} (passed)`,
  contentsCaption: "What the guidelines and routines must state",
  contentsColumns: ["Content", "Stated in", "Missing from"],
  none: "–",

  genderBalance: "Gender balance",
  genderBalanceIntro:
    "The employer must promote an even distribution of women and men in different types of work, in different categories of employees and in leading positions. We count a group as balanced when women make up between 40 and 60 per cent.",
  groupColumns: ["Group", "Women", "Men", "Share of women", "Within 40–60%"],
  noGroups: "The gender distribution has not been mapped in Aktiva this year.",
  percent: (value) => `${value}%`,
  yes: "Yes",
  no: "No",

  paySurvey: "Pay survey",
  payResult: "Result",
  noPayResult: "The result of the pay survey has not been entered.",
  payPlan: "Pay adjustments and other measures",
  payPlanIntro:
    "Pay adjustments must be made as soon as possible and within three years at the latest. The table shows the cost and timetable of each measure.",
  payTotal: "Total estimated cost",

  previous: "Evaluation of last year's measures",
  noPreviousYear: (year) =>
    `There is no work year ${year} in Aktiva, so there are no measures from last year to evaluate here.`,
  previousIntro: (year, total, done, evaluated) =>
    total === 0
      ? `No measures were planned in ${year}.`
      : `In ${year} there ${total === 1 ? "was 1 measure" : `were ${total} measures`}. ${done} ${done === 1 ? "was" : "were"} carried out and ${evaluated} ${evaluated === 1 ? "has" : "have"} been evaluated.`,
  previousCaption: (year) => `Measures ${year} and their effect`,
  previousColumns: ["Measure", "Area", "Status", "Effect", "Comment"],
  notEvaluated: "Not evaluated",

  followUp: "Follow-up and evaluation",
  followUpIntro:
    "At the end of the year we follow up both how we worked and whether the measures worked.",
  followUpColumns: ["Question", "Answer"],
  notAnswered: "Not answered",

  learning: "Knowledge-building in the learning rooms",
  learningIntro:
    "Groups of the employer and the employees' representatives have worked through Aktiva's learning rooms together. This supports the follow-up of knowledge-building measures.",
  learningCaption: "Learning rooms completed by groups during the year",
  learningColumns: ["Date", "Learning room", "Unit or group", "Participants"],
  learningWholeOrganisation: "Whole organisation",
  noLearning: "No learning rooms were completed in groups during the year.",
  learningIndividual: (count: number) =>
    count === 1
      ? "In addition, 1 person worked through a learning room alone."
      : `In addition, ${count} people worked through learning rooms alone.`,
  removedRoom: "Removed learning room",

  cooperation: "Cooperation",
  noStatement: "The description of how cooperation was carried out has not been entered.",
  meetingsCaption: "Cooperation meetings during the year",
  meetingColumns: ["Date", "Forum", "Participants", "Topics", "Information and decisions"],
  noMeetings: "No cooperation meetings are recorded for the year.",
  information: (text) => `Information: ${text}`,
  decisions: (text) => `Decisions: ${text}`,

  positions: "The employee organisations' positions",
  positionsCaption: "Positions on this year's documentation",
  positionColumns: ["Name", "Organisation", "Position", "Comment", "Date"],
  noPositions:
    "No employee representative has recorded a position on this year's documentation in Aktiva.",
  safetyRep: "Safety representative",

  checklist: "Checklist",
  checklistIntro: (missing) =>
    missing === 0
      ? "Everything the law requires in the documentation is included."
      : `${missing} required ${missing === 1 ? "item is" : "items are"} still missing.`,
  checklistCaption: "What the documentation must contain",
  checklistColumns: ["Item", "Section", "Status"],
  done: "Done",
  missing: "Missing",
  missingOptional: "Missing (recommended)",

  background: "Background",
  summaryBackground: (areas) =>
    `Under the Discrimination Act every employer must work preventively and proactively to counteract discrimination and promote equal rights and opportunities – known as active measures. The work covers all seven grounds of discrimination and five areas: ${areas}. Every year we investigate risks, analyse their causes, decide on measures and follow them up, together with the employee organisations.`,
  summaryPurpose: (year) =>
    `This summary shows how last year's measures went and which new measures apply in ${year}. The full documentation is kept in Aktiva.`,
  documentationStatus: (year) => `Documentation for ${year}`,
  statusDone: "Complete",
  statusNotDone: "Not complete yet",
  evaluationOf: (year) => `Evaluation of ${year}`,
  noEvaluation: (year) =>
    `There is no work year ${year} in Aktiva, so there is no evaluation to report.`,
  stats: {
    planned: "Measures",
    done: "Carried out",
    evaluated: "Evaluated",
  },
  effectCount: {
    yes: "Had the intended effect",
    partly: "Partly had the intended effect",
    no: "Did not have the intended effect",
    too_early: "Too early to say",
  },
  notDoneHeading: "Measures not carried out",
  allDone: "All measures were carried out.",
  newMeasures: (year) => `New measures ${year}`,
  noNewMeasures: "No new measures are planned.",
  carriedOverCount: (count, from) =>
    count === 1
      ? `In addition, 1 measure continues from ${from}.`
      : `In addition, ${count} measures continue from ${from}.`,
  distribution: "Distribution list",
};

export const reportTexts = (locale: "sv" | "en"): ReportTexts => (locale === "sv" ? sv : en);
