import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { handleError, sendProblem } from "../../platform/http/problem.ts";
import { type Locale, translate } from "../../platform/i18n.ts";

/**
 * The analysis's and pay adjustments' own messages, and the texts they write into the action
 * plan. They name jobs, amounts and the law's three-year limit, which the shared message
 * catalogue (server/platform/i18n.ts) has no keys for yet.
 */
const sv = {
  jobNotFound: "Arbetet finns inte i årets lönekartläggning.",
  otherJobRequired: "Välj vilket arbete jämförelsen gäller.",
  otherJobNotAllowed:
    "Lika arbete jämför kvinnor och män i samma arbete, så inget annat arbete ska anges.",
  sameJob: "Ett arbete kan inte jämföras med sig självt.",
  explanationRequired: "Skriv en förklaring: vad beror skillnaden på?",
  explanationSentence:
    "En saklig skillnad behöver en förklaring på minst en mening: vad skillnaden beror på och varför det inte har med kön att göra. Ett ord som ”marknadsskäl” räcker inte.",
  hasMeasures:
    "Skillnaden har lönejusteringar i handlingsplanen, så den måste vara bedömd som osaklig. Ta bort lönejusteringarna i handlingsplanen först om bedömningen ska ändras.",
  notUnjustified:
    "Bara en skillnad som är bedömd som osaklig kan leda till en lönejustering. Ändra bedömningen först.",
  keysRequired: "Välj minst en person.",
  keyTwice: "{{key}} är vald två gånger.",
  keyNotInJob: "{{key}} har inte arbetet {{job}} i årets lönekartläggning.",
  peopleMismatch: "Antalet ska vara lika stort som antalet valda personer ({{count}}).",
  groupRequired: "Beskriv vilka som ska få lönejusteringen, till exempel ”alla förskollärare”.",
  peopleRequired: "Skriv hur många personer som ska få lönejusteringen.",
  peopleTooMany:
    "Arbetet {{job}} har {{count}} anställda i lönekartläggningen. Fler än så kan inte få justeringen.",
  amount: "Skriv ett belopp i hela kronor, större än 0 och högst 100 000.",
  deadlinePast: "Sista dagen kan inte redan ha passerat.",
  deadlineTooLate:
    "Lönejusteringar ska göras så snart som möjligt och senast inom tre år (diskrimineringslagen 3 kap. 10 §). Välj senast {{latest}}.",
  responsibleRequired: "Skriv vem som ansvarar för lönejusteringen, till exempel Personalchef.",
  yearNotStarted:
    "Verksamhetsåret {{year}} är inte startat, så lönejusteringen kan inte läggas i handlingsplanen. Starta året under Aktiva åtgärder först.",
  yearClosed:
    "Dokumentationen för {{year}} är markerad som klar, så inga nya åtgärder kan läggas till. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
  // Texts of the measure in the action plan.
  measureTitle: "Lönejustering: {{job}}",
  reason_equal_work:
    "Osaklig löneskillnad mellan kvinnor och män som har arbetet {{job}} (lika arbete), enligt lönekartläggningen {{year}}.",
  reason_equivalent:
    "Osaklig löneskillnad mellan det kvinnodominerade arbetet {{job}} och det likvärdiga arbetet {{other}}, som har högre lön, enligt lönekartläggningen {{year}}.",
  reason_lower_value:
    "Osaklig löneskillnad: det kvinnodominerade arbetet {{job}} har lägre lön än {{other}}, som har lägre värde, enligt lönekartläggningen {{year}}.",
  who_persons_one: "{{people}} person i arbetet får {{amount}} mer i månaden.",
  who_persons_other: "{{people}} personer i arbetet får {{amount}} mer i månaden var.",
  who_group: "Gäller {{group}} ({{people}} personer), {{amount}} mer i månaden var.",
  cost: "Kostnad per år: {{cost}}, varav {{onCost}} % personalkostnadspålägg. Klart senast {{deadline}}.",
  followUp: "Följs upp i nästa års lönekartläggning: är skillnaden borta?",
};
type Key = keyof typeof sv;

const en: Record<Key, string> = {
  jobNotFound: "The job is not part of this year's pay survey.",
  otherJobRequired: "Choose the job the comparison is with.",
  otherJobNotAllowed:
    "Equal work compares women and men in the same job, so no other job should be given.",
  sameJob: "A job cannot be compared with itself.",
  explanationRequired: "Write an explanation: what is the difference due to?",
  explanationSentence:
    "A justified difference needs an explanation of at least one sentence: what the difference is due to and why it has nothing to do with sex. A word such as “market reasons” is not enough.",
  hasMeasures:
    "The difference has pay adjustments in the action plan, so it must stay classified as unjustified. Remove the pay adjustments from the action plan first if the classification is to change.",
  notUnjustified:
    "Only a difference classified as unjustified can lead to a pay adjustment. Change the classification first.",
  keysRequired: "Choose at least one person.",
  keyTwice: "{{key}} is chosen twice.",
  keyNotInJob: "{{key}} does not have the job {{job}} in this year's pay survey.",
  peopleMismatch: "The number must be the same as the number of people chosen ({{count}}).",
  groupRequired: "Describe who is to get the pay adjustment, for example “all preschool teachers”.",
  peopleRequired: "Enter how many people are to get the pay adjustment.",
  peopleTooMany:
    "The job {{job}} has {{count}} employees in the pay survey. No more than that can get the adjustment.",
  amount: "Enter an amount in whole kronor, greater than 0 and at most 100,000.",
  deadlinePast: "The last day cannot already have passed.",
  deadlineTooLate:
    "Pay adjustments are to be made as soon as possible and within three years at the latest (Discrimination Act, chapter 3, section 10). Choose {{latest}} at the latest.",
  responsibleRequired: "Enter who is responsible for the pay adjustment, for example HR manager.",
  yearNotStarted:
    "The work year {{year}} has not been started, so the pay adjustment cannot be added to the action plan. Start the year under Active measures first.",
  yearClosed:
    "The documentation for {{year}} is marked as complete, so no new measures can be added. Reopen the documentation under Active measures if you need to change it.",
  measureTitle: "Pay adjustment: {{job}}",
  reason_equal_work:
    "Unjustified pay difference between women and men in the job {{job}} (equal work), according to the pay survey {{year}}.",
  reason_equivalent:
    "Unjustified pay difference between the women-dominated job {{job}} and the equivalent job {{other}}, which is paid more, according to the pay survey {{year}}.",
  reason_lower_value:
    "Unjustified pay difference: the women-dominated job {{job}} is paid less than {{other}}, which has a lower value, according to the pay survey {{year}}.",
  who_persons_one: "{{people}} person in the job gets {{amount}} more a month.",
  who_persons_other: "{{people}} people in the job get {{amount}} more a month each.",
  who_group: "For {{group}} ({{people}} people), {{amount}} more a month each.",
  cost: "Cost per year: {{cost}}, including {{onCost}} % on-cost. To be done by {{deadline}}.",
  followUp: "Followed up in next year's pay survey: is the difference gone?",
};

export type PayMessageKey = Key;
type Params = Record<string, string | number>;

export function payMessage(locale: Locale, key: Key, params: Params = {}): string {
  return (locale === "en" ? en : sv)[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(params[name] ?? ""),
  );
}

export interface PayFieldProblem {
  path: string;
  key: Key;
  params?: Params;
}

/** A refusal with the analysis's own words: 422 with field problems, or 409 with a detail. */
export class PayProblem extends Error {
  constructor(
    readonly status: 409 | 422,
    readonly fields: PayFieldProblem[],
    readonly detail?: { key: Key; params?: Params },
  ) {
    super(detail?.key ?? fields[0]?.key);
  }
}

/** One invalid field. */
export const payField = (path: string, key: Key, params?: Params) =>
  new PayProblem(422, [{ path, key, ...(params ? { params } : {}) }]);

/** The plugin's error handler: PayProblem in our words, everything else as usual. */
export function handlePayError(
  error: FastifyError | PayProblem,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (!(error instanceof PayProblem)) return handleError(error, request, reply);
  const locale = request.locale;
  const detail = error.detail
    ? payMessage(locale, error.detail.key, error.detail.params)
    : translate(locale, "problem.validation");
  const errors = error.fields.map((f) => ({
    path: f.path,
    message: payMessage(locale, f.key, f.params),
  }));
  return sendProblem(reply, error.status, detail, errors.length > 0 ? errors : undefined);
}
