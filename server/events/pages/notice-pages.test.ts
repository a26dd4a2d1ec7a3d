import { describe, expect, it } from "vitest";
import { context, STATES, sampleEvent } from "./fixtures.test-helper.ts";
import {
  NOTICES,
  renderConfirm,
  renderMyRegistration,
  renderNotice,
  renderRegistered,
} from "./notice-pages.ts";
import { textOf } from "./test-support.test-helper.ts";
import type { MyRegistrationView, RegistrationView } from "./views.ts";

const event = sampleEvent();

describe("after registering", () => {
  it("asks the person to confirm by e-mail, shows the address and what to do if none arrives", () => {
    const markup = renderRegistered({
      ...context(),
      event,
      email: "anna.<b>@example.se",
      actions: { event: "/e/x/1" },
    });
    const text = textOf(markup);
    expect(markup).toContain("<h1>Titta i din e-post</h1>");
    expect(text).toContain("Vi har skickat ett mejl till anna.<b>@example.se");
    expect(markup).toContain("<strong>anna.&lt;b&gt;@example.se</strong>");
    expect(text).toContain("Anmälan gäller först när du har bekräftat den.");
    expect(text).toContain("Har du inte fått något mejl?");
    expect(text).toContain("Titta i mappen för skräppost.");
    expect(markup).toContain('<a href="/e/x/1">anmäla dig igen med rätt adress</a>');
    expect(markup).toContain('<a href="mailto:karin.lind@example.se">');
    expect(text).not.toContain("väntelistan");
    const waiting = renderRegistered({
      ...context("en"),
      event,
      email: "a@example.se",
      waitlisted: true,
      actions: { event: "/e/x/1" },
    });
    expect(textOf(waiting)).toContain("fully booked, so you go on the waiting list");
  });
});

describe("the confirmation page", () => {
  it("confirms only through a POST button, never by opening the link", () => {
    const markup = renderConfirm({
      ...context(),
      event,
      email: "anna@example.se",
      actions: { confirm: "/e/x/1/bekrafta/tok", event: "/e/x/1" },
    });
    expect(markup).toContain('<form method="post" action="/e/x/1/bekrafta/tok">');
    expect(markup).toContain('<input type="hidden" name="_csrf" value="token-123">');
    expect(textOf(/<button[\s\S]*?<\/button>/.exec(markup)![0])).toBe("Bekräfta min anmälan");
    expect(markup.match(/<form/g)).toHaveLength(1);
    expect(markup).not.toContain('/bekrafta/tok"><'); // no link to the action
    expect(textOf(markup)).toContain("Ingenting händer om du inte trycker på knappen.");
    expect(textOf(markup)).toContain("Aktiva åtgärder i praktiken");
  });
});

describe("my registration", () => {
  const registration: RegistrationView = {
    name: "Anna Andersson",
    email: "anna@example.se",
    organisation: "Malmö stad",
    role: "HR-strateg",
    diet: "Vegetarisk",
    accessibility: "",
    answers: { days: "Båda dagarna", book: "yes" },
    status: "confirmed",
    waitlistPosition: null,
  };
  const view = (overrides: Partial<MyRegistrationView> = {}) =>
    renderMyRegistration({
      ...context(),
      event,
      state: STATES.open!,
      registration,
      eventOver: false,
      actions: { cancel: "/r/tok/avboka", event: "/e/x/1", calendar: "/r/tok/kalender.ics" },
      ...overrides,
    });

  it("shows the event, the person's own details and a confirmed seat", () => {
    const text = textOf(view());
    expect(text).toContain("Du har en plats på utbildningen.");
    expect(text).toContain("Namn Anna Andersson");
    expect(text).toContain("Organisation Malmö stad");
    expect(text).toContain("Kost Vegetarisk");
    expect(text).not.toContain("Tillgänglighet");
    expect(text).toContain("Vilka dagar kommer du? Båda dagarna");
    expect(text).toContain("Vill du ha boken skickad till dig? Ja");
    expect(text).toContain("måndag 15 mars 2027 kl. 08.45–16.00");
    expect(view()).toContain('<a href="/r/tok/kalender.ics">Lägg till i din kalender</a>');
  });

  it("has a cancel form with a POST button and a short warning", () => {
    const markup = view();
    expect(markup).toContain('<form method="post" action="/r/tok/avboka">');
    expect(textOf(markup)).toContain("så går din plats till nästa person på väntelistan");
    expect(textOf(markup)).toContain("Det går inte att ångra.");
    expect(textOf(/<button[\s\S]*?<\/button>/.exec(markup)![0])).toBe("Avboka min anmälan");
  });

  it("shows the place on the waitlist", () => {
    const markup = view({
      registration: { ...registration, status: "waitlisted", waitlistPosition: 3 },
    });
    expect(textOf(markup)).toContain("Du står på väntelistan, som nummer 3.");
    expect(textOf(markup)).toContain("lämnar du väntelistan");
    expect(markup).toContain("<form");
  });

  it("offers no cancel once the event is over, or when already cancelled", () => {
    const over = view({ eventOver: true });
    expect(over).not.toContain("<form");
    expect(textOf(over)).toContain("Utbildningen är slut, så anmälan kan inte avbokas längre.");
    const cancelled = view({ registration: { ...registration, status: "cancelled" } });
    expect(cancelled).not.toContain("<form");
    expect(cancelled).not.toContain("kalender.ics");
    expect(textOf(cancelled)).toContain("Din anmälan är avbokad.");
    const eventCancelled = view({ state: STATES.cancelled! });
    expect(eventCancelled).not.toContain("<form");
    expect(textOf(eventCancelled)).toContain("Utbildningen är inställd.");
  });

  it("speaks English", () => {
    const markup = renderMyRegistration({
      ...context("en"),
      event,
      state: STATES.open!,
      registration,
      eventOver: false,
      actions: { cancel: "/c", event: "/e" },
    });
    expect(textOf(markup)).toContain("You have a seat at the event.");
    // The organiser's own question as written; the yes/no answer in the page's language.
    expect(textOf(markup)).toContain("Vill du ha boken skickad till dig? Yes");
    expect(textOf(/<button[\s\S]*?<\/button>/.exec(markup)![0])).toBe("Cancel my registration");
  });
});

describe("notices", () => {
  it("shows a title, the message and a link, in the page's language", () => {
    const markup = renderNotice({
      ...context(),
      ...NOTICES.invalidLink,
      link: { href: "/e/x", text: { sv: "Alla utbildningar", en: "All events" } },
    });
    expect(markup).toContain("<h1>Länken fungerar inte</h1>");
    expect(markup).toContain("<title>Länken fungerar inte – Länsstyrelsen Skåne – Aktiva</title>");
    expect(textOf(markup)).toContain("Länken är inte giltig.");
    expect(markup).toContain('<a href="/e/x">Alla utbildningar</a>');
    expect(markup).toContain("box--error");
    const en = renderNotice({ ...context("en"), ...NOTICES.cancelled });
    expect(en).toContain("<h1>Your registration is cancelled</h1>");
  });
});
