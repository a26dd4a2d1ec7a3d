import {
  DEFAULT_EVALUATION,
  type EvaluationQuestion,
  GRADES,
  MAX_EVALUATION_TEXT,
} from "../../../core/events/evaluation.ts";
import { datesText, hiddenInputs } from "./common.ts";
import { FormFields } from "./form.ts";
import { html, type SafeHtml } from "./html.ts";
import { pick, renderLayout, t } from "./layout.ts";
import type { EvaluationPageView, Locale } from "./views.ts";

/**
 * The evaluation form sent after the event: each grade question as five radio buttons with the
 * scale's words at its ends, each open question as a text area. Every answer is optional and
 * the answers carry no name. A form that comes back is filled in again with its problems shown.
 */

function question(fields: FormFields, q: EvaluationQuestion, locale: Locale): SafeHtml {
  if (q.kind === "text") {
    return fields.text({
      name: q.id,
      label: pick(locale, q.label),
      multiline: true,
      maxLength: MAX_EVALUATION_TEXT,
    });
  }
  const low = pick(locale, q.low);
  const high = pick(locale, q.high);
  return fields.choices({
    name: q.id,
    legend: pick(locale, q.label),
    hint: t(
      locale,
      `Från 1 (${low.toLowerCase()}) till 5 (${high.toLowerCase()}).`,
      `From 1 (${low.toLowerCase()}) to 5 (${high.toLowerCase()}).`,
    ),
    inline: true,
    scale: true,
    choices: GRADES.map((g) => ({
      value: String(g),
      label: g === 1 ? `1 – ${low}` : g === 5 ? `5 – ${high}` : String(g),
    })),
  });
}

/** The evaluation form for one event. */
export function renderEvaluationForm(view: EvaluationPageView): string {
  const { locale, event } = view;
  const questions = view.questions ?? DEFAULT_EVALUATION;
  const fields = new FormFields(locale, view.form);
  const body = questions.map((q) => question(fields, q, locale));
  const title = t(locale, "Utvärdering", "Evaluation");
  const main = html`<h1>${title}: ${event.title}</h1>
<p class="lead">${t(
    locale,
    `Tack för att du var med ${datesText(event.days, locale)}! Berätta gärna vad du tyckte. Det tar ett par minuter.`,
    `Thank you for taking part on ${datesText(event.days, locale)}! Please tell us what you thought. It takes a couple of minutes.`,
  )}</p>
<p>${t(
    locale,
    "Alla frågor är frivilliga. Dina svar sparas utan ditt namn, och arrangören ser bara alla svar tillsammans.",
    "Every question is optional. Your answers are kept without your name, and the organiser only sees all answers together.",
  )}</p>
${fields.summary()}
<form class="form" method="post" action="${view.actions.submit}" accept-charset="utf-8" novalidate>
${hiddenInputs(view)}
${body}
<button type="submit" class="button">${t(locale, "Skicka utvärderingen", "Send the evaluation")}</button>
</form>`;
  return renderLayout(view, {
    title: `${title}: ${event.title}`,
    hasErrors: fields.hasProblems,
    main,
  });
}
