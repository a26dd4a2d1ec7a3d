import { type EventDay, formatCost, type Question } from "../../../core/events/event.ts";
import {
  MAX_NEED_LENGTH,
  MAX_TEXT_ANSWER_LENGTH,
  NO,
  YES,
} from "../../../core/events/registration.ts";
import { formatInstant, formatTimeRange } from "../../../core/events/time.ts";
import { formatInteger } from "../../../core/platform/format.ts";
import {
  contactBlock,
  dayList,
  dayWhen,
  hiddenInputs,
  placeWords,
  stateText,
  stateTone,
} from "./common.ts";
import { FormFields } from "./form.ts";
import { html, paragraphs, type SafeHtml } from "./html.ts";
import { renderLayout, t } from "./layout.ts";
import type { EventPageView, LinkView, Locale } from "./views.ts";

/**
 * The public page of one training event: what, for whom, when, where, the programme, what to
 * prepare and whom to ask, the state in words, and the registration form while registration is
 * possible. It shows nothing about who has registered.
 */

const FORM_ID = "registration";

/** Only web links are made clickable; anything else is shown as text. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url) && URL.canParse(url);

const BREAK_WORDS = new Set(["paus", "break", "rast"]);

function programme(day: EventDay, index: number, many: boolean, locale: Locale): SafeHtml {
  const headingId = `day-${index + 1}`;
  const heading = many
    ? `${t(locale, "Dag", "Day")} ${index + 1}: ${dayWhen(day, locale)}`
    : dayWhen(day, locale);
  if (day.programme.length === 0) {
    return html`<h3 id="${headingId}">${heading}</h3>
<p class="muted">${t(locale, "Programmet för dagen kommer senare.", "The programme for the day will follow.")}</p>`;
  }
  const breakWord = t(locale, "Paus", "Break");
  return html`<h3 id="${headingId}">${heading}</h3>
<ol class="programme" aria-labelledby="${headingId}">
${day.programme.map((item) => {
  const isBreak = item.kind === "break";
  // "Paus" needs no tag saying "Paus"; "Lunch" does.
  const tagged = isBreak && !BREAK_WORDS.has(item.title.trim().toLowerCase());
  return html`<li${isBreak ? html` class="programme__break"` : ""}>
<span class="programme__time">${formatTimeRange(item.start, item.end, locale)}</span>
<span>${tagged ? html`<span class="tag">${breakWord}</span>` : ""}${item.title}${
    item.speaker ? html`<span class="programme__speaker">${item.speaker}</span>` : ""
  }</span>
</li>`;
})}
</ol>`;
}

function fileList(files: readonly LinkView[] | undefined): SafeHtml | null {
  if (!files || files.length === 0) return null;
  return html`<ul>${files.map((f) => html`<li><a href="${f.href}">${f.text}</a></li>`)}</ul>`;
}

function questionField(fields: FormFields, question: Question, locale: Locale): SafeHtml {
  const name = `answers.${question.id}`;
  if (question.kind === "text") {
    return fields.text({
      name,
      label: question.label,
      required: question.required,
      multiline: true,
      maxLength: MAX_TEXT_ANSWER_LENGTH,
    });
  }
  const choices =
    question.kind === "yesNo"
      ? [
          { value: YES, label: t(locale, "Ja", "Yes") },
          { value: NO, label: t(locale, "Nej", "No") },
        ]
      : question.options.filter((o) => o !== "").map((o) => ({ value: o, label: o }));
  return fields.choices({
    name,
    legend: question.label,
    required: question.required,
    choices,
    inline: question.kind === "yesNo",
  });
}

function registrationForm(view: EventPageView): SafeHtml {
  const { event, locale, state } = view;
  const waitlist = state.kind === "fullyBooked";
  const fields = new FormFields(locale, view.form);

  const about = html`${fields.text({
    name: "name",
    label: t(locale, "Namn", "Name"),
    required: true,
    autocomplete: "name",
    maxLength: 200,
  })}
${fields.text({
  name: "email",
  label: t(locale, "E-postadress", "E-mail address"),
  type: "email",
  required: true,
  autocomplete: "email",
  maxLength: 254,
  hint: t(
    locale,
    "Vi skickar ett mejl med en länk hit. Anmälan gäller först när du har klickat på länken, så skriv adressen noga.",
    "We send an e-mail with a link to this address. The registration counts only once you have clicked the link, so type it carefully.",
  ),
})}
${fields.text({
  name: "organisation",
  label: t(locale, "Organisation", "Organisation"),
  required: true,
  autocomplete: "organization",
  maxLength: 200,
  hint: t(
    locale,
    "Till exempel kommun, myndighet eller företag – eller din enhet, om utbildningen är för er egen personal. Närvaron räknas per organisation.",
    "For example a municipality, an agency or a company – or your unit, if the training is for your own staff. Attendance is counted per organisation.",
  ),
})}
${fields.text({
  name: "role",
  label: t(locale, "Roll eller befattning", "Role or position"),
  autocomplete: "organization-title",
  maxLength: 200,
})}`;

  const deleted = t(
    locale,
    "Uppgiften raderas efter utbildningen.",
    "This is deleted after the event.",
  );
  const needs = html`<fieldset class="fieldset fieldset--group" aria-describedby="needs-hint">
<legend class="fieldset__legend">${t(locale, "Behov under dagen", "Needs on the day")}</legend>
<p class="hint" id="needs-hint">${t(
    locale,
    "Fyll bara i om du vill att arrangören ska ordna något för dig.",
    "Fill in only if you want the organiser to arrange something for you.",
  )}</p>
${fields.text({
  name: "diet",
  label: t(locale, "Kost", "Diet"),
  maxLength: MAX_NEED_LENGTH,
  hint: `${t(locale, "Till exempel allergier eller vegetarisk kost.", "For example allergies or vegetarian food.")} ${deleted}`,
})}
${fields.text({
  name: "accessibility",
  label: t(locale, "Tillgänglighet", "Accessibility"),
  multiline: true,
  maxLength: MAX_NEED_LENGTH,
  hint: `${t(
    locale,
    "Till exempel hörslinga, teckenspråkstolk, ledsagare eller plats för rullstol.",
    "For example a hearing loop, a sign language interpreter, a companion or space for a wheelchair.",
  )} ${deleted}`,
})}
</fieldset>`;

  const questions = event.questions.length
    ? html`<fieldset class="fieldset fieldset--group">
<legend class="fieldset__legend">${t(locale, "Frågor från arrangören", "Questions from the organiser")}</legend>
${event.questions.map((q) => questionField(fields, q, locale))}
</fieldset>`
    : null;

  const consent = html`<fieldset class="fieldset fieldset--group">
<legend class="fieldset__legend">${t(locale, "Dina personuppgifter", "Your personal data")}</legend>
${event.consentText ? html`<div class="consent-text" id="consent-text">${paragraphs(event.consentText)}</div>` : ""}
${fields.checkbox({
  name: "consent",
  label: t(
    locale,
    "Jag har läst hur mina personuppgifter behandlas",
    "I have read how my personal data is handled",
  ),
  required: true,
  ...(event.consentText ? { descriptionId: "consent-text" } : {}),
})}
</fieldset>`;

  const body = html`${about}
${needs}
${questions}
${consent}
${fields.honeypot()}`;

  return html`<h2 id="${FORM_ID}">${
    waitlist
      ? t(locale, "Anmälan till väntelistan", "Join the waiting list")
      : t(locale, "Anmälan", "Registration")
  }</h2>
${fields.summary()}
${
  waitlist
    ? html`<div class="box box--warning"><p>${t(
        locale,
        "Utbildningen är fulltecknad, så den här anmälan gäller en plats på väntelistan. Om någon avbokar får den som står först på listan platsen och ett mejl om det.",
        "The event is fully booked, so this registration puts you on the waiting list. If someone cancels, the first person on the list gets the seat and an e-mail about it.",
      )}</p></div>`
    : ""
}
<p>${t(
    locale,
    "Det tar någon minut. Fält märkta (obligatoriskt) måste fyllas i.",
    "It takes a minute. Fields marked (required) must be filled in.",
  )}</p>
<form class="form" method="post" action="${view.actions.register}" accept-charset="utf-8" novalidate>
${hiddenInputs(view)}
${body}
<button type="submit" class="button">${
    waitlist
      ? t(locale, "Ställ dig på väntelistan", "Join the waiting list")
      : t(locale, "Skicka anmälan", "Send registration")
  }</button>
</form>`;
}

/** A registration posted when registration was no longer possible: why it was not taken. */
function refused(view: EventPageView): SafeHtml | null {
  const problems = view.form?.problems ?? [];
  if (problems.length === 0) return null;
  return html`<div class="box box--error" role="alert" tabindex="-1" autofocus>
${problems.map((p) => html`<p>${p.message[view.locale]}</p>`)}
</div>`;
}

/** The public page of one event. */
export function renderEventPage(view: EventPageView): string {
  const { event, locale, state, closesAt } = view;
  const canRegister = state.kind === "open" || state.kind === "fullyBooked";
  const status = stateText(state, closesAt, locale);

  const placeNote = event.placeLater
    ? html`<br><span class="muted">${t(
        locale,
        "Alla som är anmälda får besked när platsen är bestämd.",
        "Everyone registered is told when the place has been decided.",
      )}</span>`
    : "";
  const online =
    event.onlineUrl && isWebLink(event.onlineUrl)
      ? html`<dt>${t(locale, "Delta på distans", "Take part online")}</dt>
<dd><a href="${event.onlineUrl}">${t(locale, "Länk till mötet", "Link to the meeting")}</a></dd>`
      : "";

  const facts = html`<dl class="facts">
<dt>${event.days.length > 1 ? t(locale, "Datum", "Dates") : t(locale, "Datum", "Date")}</dt>
<dd>${dayList(event.days, locale)}</dd>
<dt>${t(locale, "Plats", "Place")}</dt>
<dd>${placeWords(event, locale)}${placeNote}</dd>
${online}
<dt>${t(locale, "Kostnad", "Cost")}</dt>
<dd>${formatCost(event.cost, locale)}</dd>
${
  event.capacity !== null
    ? html`<dt>${t(locale, "Antal platser", "Seats")}</dt><dd>${formatInteger(event.capacity, locale)}</dd>`
    : ""
}
<dt>${t(locale, "Sista anmälningsdag", "Registration deadline")}</dt>
<dd>${formatInstant(closesAt, locale)}</dd>
</dl>`;

  const many = event.days.length > 1;
  const preReadingFiles = fileList(view.files?.preReading);
  const homeworkFiles = fileList(view.files?.homework);
  const contact = contactBlock(event, locale);

  const main = html`<h1>${event.title}</h1>
<div class="box box--${stateTone(state)}">
<p class="box__title">${status}</p>
${
  canRegister
    ? html`<p><a href="#${FORM_ID}">${
        state.kind === "fullyBooked"
          ? t(locale, "Till anmälan till väntelistan", "Go to the waiting list form")
          : t(locale, "Till anmälan", "Go to the registration form")
      }</a></p>`
    : ""
}
</div>
${event.description ? html`<div class="lead">${paragraphs(event.description)}</div>` : ""}
${
  event.audience
    ? html`<h2>${t(locale, "För vem", "Who it is for")}</h2>
${paragraphs(event.audience)}`
    : ""
}
<h2>${t(locale, "Praktisk information", "Practical information")}</h2>
${facts}
${
  event.days.length
    ? html`<h2>${t(locale, "Program", "Programme")}</h2>
${event.days.map((day, i) => programme(day, i, many, locale))}`
    : ""
}
${
  event.preReading || preReadingFiles
    ? html`<h2>${t(locale, "Inför utbildningen", "Before the event")}</h2>
${paragraphs(event.preReading)}
${preReadingFiles}`
    : ""
}
${
  event.homework || homeworkFiles
    ? html`<h2>${t(locale, "Hemuppgift", "Homework")}</h2>
${paragraphs(event.homework)}
${homeworkFiles}`
    : ""
}
${
  contact
    ? html`<h2>${t(locale, "Frågor om utbildningen", "Questions about the event")}</h2>
${contact}`
    : ""
}
${
  canRegister
    ? registrationForm(view)
    : html`<h2 id="${FORM_ID}">${t(locale, "Anmälan", "Registration")}</h2>
${refused(view)}
<p>${status}</p>`
}`;

  return renderLayout(view, {
    title: event.title,
    hasErrors: (view.form?.problems.length ?? 0) > 0,
    main,
  });
}
