import { type Message, msg } from "../../../core/events/problems.ts";
import { NO, YES } from "../../../core/events/registration.ts";
import { contactBlock, eventSummary, hiddenInputs } from "./common.ts";
import { html, type SafeHtml } from "./html.ts";
import { pick, renderLayout, t } from "./layout.ts";
import type {
  ConfirmView,
  Locale,
  MyRegistrationView,
  NoticeView,
  PublicEvent,
  RegisteredView,
  RegistrationView,
} from "./views.ts";

/**
 * The short pages around a registration: "check your e-mail", the confirmation button, the
 * person's own registration with its cancel button, and plain notices. Every change is a POST
 * from a button: mail scanners open the links in e-mails, and opening a link changes nothing.
 */

/** Registered: the confirmation mail is on its way to the address shown. */
export function renderRegistered(view: RegisteredView): string {
  const { locale, event } = view;
  const title = t(locale, "Titta i din e-post", "Check your e-mail");
  const contact = event.contact?.email ? event.contact : null;
  const main = html`<h1>${title}</h1>
<div class="box box--info">
<p class="box__title">${t(locale, "Bekräfta anmälan via mejlet", "Confirm through the e-mail")}</p>
<p>${t(locale, "Vi har skickat ett mejl till", "We have sent an e-mail to")} <strong>${view.email}</strong>.</p>
<p>${t(
    locale,
    `Klicka på länken i mejlet för att bekräfta din anmälan till ”${event.title}”. Anmälan gäller först när du har bekräftat den.`,
    `Click the link in the e-mail to confirm your registration for “${event.title}”. The registration counts only once you have confirmed it.`,
  )}</p>
${
  view.waitlisted
    ? html`<p>${t(
        locale,
        "Utbildningen är fulltecknad, så du hamnar på väntelistan. Blir en plats ledig får du den automatiskt och ett mejl om det.",
        "The event is fully booked, so you go on the waiting list. If a seat becomes free, you get it automatically and an e-mail about it.",
      )}</p>`
    : ""
}
</div>
<h2>${t(locale, "Har du inte fått något mejl?", "No e-mail?")}</h2>
<ul>
<li>${t(locale, "Vänta några minuter; ibland tar det en stund.", "Wait a few minutes; sometimes it takes a while.")}</li>
<li>${t(locale, "Titta i mappen för skräppost.", "Look in your spam folder.")}</li>
<li>${t(
    locale,
    "Kontrollera att adressen ovan är rätt stavad. Är den fel kan du ",
    "Check that the address above is spelled right. If it is wrong, you can ",
  )}<a href="${view.actions.event}">${t(locale, "anmäla dig igen med rätt adress", "register again with the right address")}</a>.</li>
${
  contact
    ? html`<li>${t(locale, "Fortfarande inget mejl? Kontakta ", "Still no e-mail? Contact ")}${contact.name ? `${contact.name}, ` : ""}<a href="mailto:${contact.email}">${contact.email}</a>.</li>`
    : ""
}
</ul>
<h2>${t(locale, "Utbildningen", "The event")}</h2>
${eventSummary(event, locale)}`;
  return renderLayout(view, { title, main });
}

/** The page a confirmation link opens: one button that confirms, by POST. */
export function renderConfirm(view: ConfirmView): string {
  const { locale, event } = view;
  const title = t(locale, "Bekräfta din anmälan", "Confirm your registration");
  const main = html`<h1>${title}</h1>
<p class="lead">${
    view.email
      ? t(
          locale,
          `Du är nästan klar. Tryck på knappen för att bekräfta anmälan för ${view.email}.`,
          `You are almost done. Press the button to confirm the registration for ${view.email}.`,
        )
      : t(
          locale,
          "Du är nästan klar. Tryck på knappen för att bekräfta din anmälan.",
          "You are almost done. Press the button to confirm your registration.",
        )
  }</p>
${eventSummary(event, locale)}
<form method="post" action="${view.actions.confirm}">
${hiddenInputs(view)}
<button type="submit" class="button">${t(locale, "Bekräfta min anmälan", "Confirm my registration")}</button>
</form>
<p class="muted">${t(
    locale,
    "Har du inte anmält dig? Då kan du stänga sidan. Ingenting händer om du inte trycker på knappen.",
    "Did you not register? Then you can close this page. Nothing happens unless you press the button.",
  )}</p>
<p><a href="${view.actions.event}">${t(locale, "Läs mer om utbildningen", "Read more about the event")}</a></p>`;
  return renderLayout(view, { title, main });
}

function answerText(event: PublicEvent, id: string, answer: string, locale: Locale): string {
  const question = event.questions.find((q) => q.id === id);
  if (question?.kind === "yesNo") {
    if (answer === YES) return t(locale, "Ja", "Yes");
    if (answer === NO) return t(locale, "Nej", "No");
  }
  return answer;
}

function details(event: PublicEvent, r: RegistrationView, locale: Locale): SafeHtml {
  const row = (label: string, value: string) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : "";
  return html`<dl class="facts">
${row(t(locale, "Namn", "Name"), r.name)}
${row(t(locale, "E-postadress", "E-mail address"), r.email)}
${row(t(locale, "Organisation", "Organisation"), r.organisation)}
${row(t(locale, "Roll eller befattning", "Role or position"), r.role)}
${row(t(locale, "Kost", "Diet"), r.diet)}
${row(t(locale, "Tillgänglighet", "Accessibility"), r.accessibility)}
${event.questions.map((q) =>
  Object.hasOwn(r.answers, q.id)
    ? row(q.label, answerText(event, q.id, r.answers[q.id]!, locale))
    : "",
)}
</dl>`;
}

function statusBox(view: MyRegistrationView): SafeHtml {
  const { locale, registration: r, state } = view;
  if (state.kind === "cancelled") {
    return html`<div class="box box--error"><p class="box__title">${t(
      locale,
      "Utbildningen är inställd.",
      "The event is cancelled.",
    )}</p><p>${t(locale, "Du behöver inte göra något.", "You do not need to do anything.")}</p></div>`;
  }
  switch (r.status) {
    case "confirmed":
      return html`<div class="box box--success"><p class="box__title">${t(
        locale,
        "Du har en plats på utbildningen.",
        "You have a seat at the event.",
      )}</p></div>`;
    case "waitlisted":
      return html`<div class="box box--warning"><p class="box__title">${
        r.waitlistPosition
          ? t(
              locale,
              `Du står på väntelistan, som nummer ${r.waitlistPosition}.`,
              `You are on the waiting list, number ${r.waitlistPosition}.`,
            )
          : t(locale, "Du står på väntelistan.", "You are on the waiting list.")
      }</p><p>${t(
        locale,
        "Blir en plats ledig får du den automatiskt och ett mejl om det.",
        "If a seat becomes free, you get it automatically and an e-mail about it.",
      )}</p></div>`;
    case "cancelled":
      return html`<div class="box box--neutral"><p class="box__title">${t(
        locale,
        "Din anmälan är avbokad.",
        "Your registration is cancelled.",
      )}</p></div>`;
  }
}

/** The person's own registration: the event, their details, the status and a cancel button. */
export function renderMyRegistration(view: MyRegistrationView): string {
  const { locale, event, registration: r, state } = view;
  const title = t(locale, "Din anmälan", "Your registration");
  const active = r.status !== "cancelled" && state.kind !== "cancelled";
  const canCancel = active && !view.eventOver && state.kind !== "held";
  const contact = contactBlock(event, locale);

  const cancel = canCancel
    ? html`<h2>${t(locale, "Avboka", "Cancel")}</h2>
<p>${
        r.status === "confirmed"
          ? t(
              locale,
              "Kan du inte komma? Avboka, så går din plats till nästa person på väntelistan. Det går inte att ångra.",
              "Cannot come? Cancel, and your seat goes to the next person on the waiting list. This cannot be undone.",
            )
          : t(
              locale,
              "Vill du inte längre ha en plats? Avboka, så lämnar du väntelistan. Det går inte att ångra.",
              "No longer want a seat? Cancel, and you leave the waiting list. This cannot be undone.",
            )
      }</p>
<form method="post" action="${view.actions.cancel}">
${hiddenInputs(view)}
<button type="submit" class="button button--danger">${t(locale, "Avboka min anmälan", "Cancel my registration")}</button>
</form>`
    : active && (view.eventOver || state.kind === "held")
      ? html`<p>${t(
          locale,
          "Utbildningen är slut, så anmälan kan inte avbokas längre.",
          "The event is over, so the registration can no longer be cancelled.",
        )}</p>`
      : "";

  const main = html`<h1>${title}</h1>
${statusBox(view)}
<h2>${t(locale, "Utbildningen", "The event")}</h2>
${eventSummary(event, locale)}
<p><a href="${view.actions.event}">${t(locale, "Läs mer om utbildningen och se programmet", "Read more about the event and see the programme")}</a>${
    view.actions.calendar && active
      ? html`<br><a href="${view.actions.calendar}">${t(locale, "Lägg till i din kalender", "Add to your calendar")}</a>`
      : ""
  }</p>
<h2>${t(locale, "Dina uppgifter", "Your details")}</h2>
${details(event, r, locale)}
${
  contact
    ? html`<p>${t(
        locale,
        "Behöver du ändra något? Kontakta arrangören:",
        "Need to change something? Contact the organiser:",
      )}</p>
${contact}`
    : ""
}
${cancel}`;
  return renderLayout(view, { title, main });
}

/** Notices the routes use most; pass one as `title` and `message` to renderNotice. */
export const NOTICES = {
  invalidLink: {
    title: msg("Länken fungerar inte", "The link does not work"),
    message: [
      msg(
        "Länken är inte giltig. Den kan vara ofullständig, eller så gäller den inte längre.",
        "The link is not valid. It may be incomplete, or it may no longer apply.",
      ),
      msg(
        "Kontrollera att du har fått med hela länken från mejlet. Fungerar den ändå inte, kontakta den som arrangerar utbildningen.",
        "Check that you have the whole link from the e-mail. If it still does not work, contact whoever runs the event.",
      ),
    ],
    tone: "error",
  },
  confirmed: {
    title: msg("Tack! Din anmälan är bekräftad", "Thank you! Your registration is confirmed"),
    message: msg(
      "Du får ett mejl med en kalenderinbjudan och en länk där du kan se eller avboka din anmälan.",
      "You will get an e-mail with a calendar invite and a link where you can see or cancel your registration.",
    ),
    tone: "success",
  },
  confirmedWaitlist: {
    title: msg("Tack! Du står på väntelistan", "Thank you! You are on the waiting list"),
    message: msg(
      "Blir en plats ledig får du den automatiskt och ett mejl om det. I mejlet du redan fått finns en länk där du kan se eller avboka din anmälan.",
      "If a seat becomes free, you get it automatically and an e-mail about it. The e-mail you already have holds a link where you can see or cancel your registration.",
    ),
    tone: "success",
  },
  cancelled: {
    title: msg("Din anmälan är avbokad", "Your registration is cancelled"),
    message: msg(
      "Tack för att du hörde av dig. Hade du en plats går den nu till nästa person på väntelistan.",
      "Thank you for letting us know. If you had a seat, it now goes to the next person on the waiting list.",
    ),
    tone: "success",
  },
  evaluationThanks: {
    title: msg("Tack för dina svar", "Thank you for your answers"),
    message: msg(
      "Dina svar sparas utan ditt namn och hjälper arrangören att göra nästa utbildning bättre.",
      "Your answers are kept without your name and help the organiser make the next event better.",
    ),
    tone: "success",
  },
  evaluationAlreadySent: {
    title: msg("Du har redan svarat", "You have already answered"),
    message: msg(
      "Utvärderingen går bara att skicka en gång. Tack för att du tog dig tid!",
      "The evaluation can only be sent once. Thank you for taking the time!",
    ),
    tone: "info",
  },
} satisfies Record<
  string,
  { title: Message; message: Message | Message[]; tone: NoticeView["tone"] }
>;

/** A short page: a title, a message and perhaps a link onward. */
export function renderNotice(view: NoticeView): string {
  const { locale } = view;
  const title = pick(locale, view.title);
  const messages: readonly Message[] = Array.isArray(view.message)
    ? view.message
    : [view.message as Message];
  const main = html`<h1>${title}</h1>
<div class="box box--${view.tone ?? "info"}">
${messages.map((m) => html`<p>${pick(locale, m)}</p>`)}
</div>
${view.link ? html`<p><a href="${view.link.href}">${pick(locale, view.link.text)}</a></p>` : ""}`;
  return renderLayout(view, { title, main });
}
