import { describe, expect, it } from "vitest";
import { validateRegistration } from "../../../core/events/registration.ts";
import { renderEventPage } from "./event-page.ts";
import { ACTIONS, closesAtOf, context, STATES, sampleEvent } from "./fixtures.test-helper.ts";
import { postedRegistration } from "./form.ts";
import { blockAround, elementText, mainOf, tagWithId, textOf } from "./test-support.test-helper.ts";
import type { EventPageView } from "./views.ts";

function page(overrides: Partial<EventPageView> = {}, locale: "sv" | "en" = "sv") {
  const event = overrides.event ?? sampleEvent();
  return renderEventPage({
    ...context(locale),
    event,
    state: STATES.open!,
    closesAt: closesAtOf(event),
    actions: ACTIONS,
    ...overrides,
  });
}

const button = (markup: string) => textOf(/<button[\s\S]*?<\/button>/.exec(markup)?.[0] ?? "");

describe("the event page", () => {
  it("is a complete document: language, one h1, landmarks, skip link, title with the organisation", () => {
    const markup = page();
    expect(markup.startsWith("<!doctype html>")).toBe(true);
    expect(markup).toContain('<html lang="sv">');
    expect(markup).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
    );
    expect(markup.match(/<h1[\s>]/g)).toHaveLength(1);
    for (const landmark of ["<header", "<main", "<footer"]) expect(markup).toContain(landmark);
    expect(markup).toContain('<a class="skip-link" href="#main">Hoppa till innehållet</a>');
    expect(markup).toContain(
      "<title>Aktiva åtgärder i praktiken – Länsstyrelsen Skåne – Aktiva</title>",
    );
    expect(textOf(markup)).toContain("Drivs med Aktiva");
    expect(markup).toContain('href="/e/lansstyrelsen-skane"');
    expect(markup).toContain('<a href="?lang=en" lang="en" hreflang="en">In English</a>');
    expect(markup).not.toContain("<script");
  });

  it("spells out an open event with the seats left and sends the form by POST", () => {
    const markup = page();
    expect(textOf(markup)).toContain("Öppen för anmälan – 12 platser kvar.");
    expect(markup).toContain(
      '<form class="form" method="post" action="/e/lansstyrelsen-skane/ev-1/anmalan"',
    );
    expect(button(markup)).toBe("Skicka anmälan");
    expect(markup).toContain('<input type="hidden" name="_csrf" value="token-123">');
    expect(textOf(page({ state: STATES.lastSeat! }))).toContain("1 plats kvar");
  });

  it("says a fully booked event registers to the waitlist, on the button too", () => {
    const markup = page({ state: STATES.fullyBooked! });
    expect(textOf(markup)).toContain("Fulltecknad. Du kan anmäla dig till väntelistan");
    expect(textOf(markup)).toContain("den här anmälan gäller en plats på väntelistan");
    expect(button(markup)).toBe("Ställ dig på väntelistan");
    expect(button(page({ state: STATES.fullyBooked! }, "en"))).toBe("Join the waiting list");
  });

  it.each([
    ["notYetOpen", "Anmälan öppnar söndag 10 januari 2027 kl. 09.00."],
    ["closed", "Anmälan är stängd. Sista anmälningsdag var söndag 28 februari 2027 kl. 23.30."],
    ["cancelled", "Utbildningen är inställd."],
    ["held", "Utbildningen har genomförts."],
  ])("spells out %s and shows no form", (state, words) => {
    const markup = page({ state: STATES[state]! });
    expect(textOf(markup)).toContain(words);
    expect(markup).not.toContain("<form");
    expect(markup).not.toContain("<button");
  });

  it("shows the facts: dates, place announced later, cost, seats, deadline, contact", () => {
    const text = textOf(page());
    expect(text).toContain("måndag 15 mars 2027 kl. 08.45–16.00");
    expect(text).toContain("tisdag 4 maj 2027 kl. 08.45–16.00");
    expect(text).toContain("Plats meddelas senare (Malmö)");
    expect(text).toContain("Alla som är anmälda får besked när platsen är bestämd.");
    expect(text).toContain("Kostnad Kostnadsfritt");
    expect(text).toContain("Antal platser 40");
    expect(text).toContain("Sista anmälningsdag söndag 28 februari 2027 kl. 23.30");
    expect(text).toContain("Karin Lind karin.lind@example.se Telefon: 010-123 45 67");
    expect(text).toContain("För vem Chefer, HR-strateger");
    expect(text).toContain("Inför utbildningen Läs kapitlet");
    expect(text).toContain("Hemuppgift Mellan dagarna");
  });

  it("shows each day's programme with times, speakers and breaks marked", () => {
    const markup = page();
    const text = textOf(markup);
    expect(text).toContain("Dag 1: måndag 15 mars 2027");
    expect(text).toContain("Dag 2: tisdag 4 maj 2027");
    expect(text).toContain(
      "09.15–09.50 Jämställt föräldraskap – en fråga för arbetsgivaren Länsstyrelsen Skåne",
    );
    expect(text).toContain("12.00–13.00 Paus Lunch");
    // A break already called "Paus" is not tagged twice.
    expect(text).toContain("09.50–10.00 Paus 10.00–10.45");
    expect(textOf(page({}, "en"))).toContain("12:00–13:00 Break Lunch");
  });

  it("shows an amount, a fixed place and an online link", () => {
    const event = sampleEvent({
      cost: { kind: "amount", kronor: 1500 },
      place: "Stadshuset, Malmö",
      placeLater: false,
      onlineUrl: "https://meet.example.se/abc",
    });
    const markup = page({ event });
    expect(markup).toContain("<dd>1\u00a0500\u00a0kr</dd>");
    expect(textOf(markup)).toContain("Plats Stadshuset, Malmö");
    expect(markup).toContain('<a href="https://meet.example.se/abc">Länk till mötet</a>');
    const later = sampleEvent({ place: "", placeLater: true });
    expect(textOf(page({ event: later }))).toContain("Plats Plats meddelas senare");
  });

  it("escapes an organiser's title and texts everywhere", () => {
    const event = sampleEvent({
      title: `<script>alert("x")</script>`,
      description: `<img src=x onerror="alert(1)">`,
    });
    const markup = page({ event });
    expect(markup).not.toContain("<script>");
    expect(markup).not.toContain("<img");
    expect(markup).toContain("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>");
    expect(markup).toContain("<title>&lt;script&gt;");
  });

  it("marks required fields in words, binds every label and sets autocomplete", () => {
    const markup = page();
    const form = markup.slice(markup.indexOf("<form"));
    const ids = [...form.matchAll(/<(?:input|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)];
    expect(ids.length).toBeGreaterThan(8);
    for (const [, id] of ids) expect(form).toContain(`for="${id}"`);
    expect(textOf(blockAround(markup, "f-name"))).toBe("Namn (obligatoriskt)");
    expect(textOf(blockAround(markup, "f-role"))).toBe("Roll eller befattning (frivilligt)");
    expect(tagWithId(markup, "f-name")).toContain('autocomplete="name"');
    expect(tagWithId(markup, "f-email")).toContain('autocomplete="email"');
    expect(tagWithId(markup, "f-email")).toContain('type="email"');
    expect(tagWithId(markup, "f-organisation")).toContain('autocomplete="organization"');
    expect(tagWithId(markup, "f-email")).toContain('aria-describedby="f-email-hint"');
    expect(textOf(blockAround(markup, "f-diet"))).toContain("raderas efter utbildningen");
    expect(textOf(blockAround(markup, "f-accessibility"))).toContain("raderas efter utbildningen");
  });

  it("asks the organiser's questions: text, choice and yes/no as radio groups", () => {
    const markup = page();
    expect(tagWithId(markup, "f-answers-expect")).toMatch(/^<textarea/);
    expect(textOf(blockAround(markup, "f-answers-days-legend"))).toContain(
      "Vilka dagar kommer du? (obligatoriskt) Båda dagarna Bara dag 1 Bara dag 2",
    );
    expect(tagWithId(markup, "f-answers-book-1")).toContain('name="answers.book" value="yes"');
    expect(tagWithId(markup, "f-answers-book-2")).toContain('value="no"');
    expect(textOf(markup)).toContain("Länsstyrelsen Skåne sparar dina uppgifter");
    expect(tagWithId(markup, "f-consent")).toContain('aria-describedby="consent-text"');
  });

  it("hides the honeypot from people and assistive technology", () => {
    const markup = page();
    const trap = /<div class="hp" aria-hidden="true">[\s\S]*?<\/div>/.exec(markup)?.[0] ?? "";
    expect(trap).toContain('name="website"');
    expect(trap).toContain('tabindex="-1"');
    expect(trap).toContain('autocomplete="off"');
    expect(textOf(trap)).toBe("Lämna det här fältet tomt");
  });

  it("fills in what was posted and shows each problem at its field and in the summary", () => {
    const event = sampleEvent();
    const body = {
      name: "Anna <Andersson>",
      email: "anna@",
      organisation: "",
      role: `Chef "HR"`,
      diet: "Vegetarisk",
      "answers.expect": "Verktyg för <planen>",
      "answers.days": "Bara dag 1",
      website: "",
    };
    const result = validateRegistration(postedRegistration(body), event.questions);
    expect(result.kind).toBe("invalid");
    const problems = result.kind === "invalid" ? result.problems : [];
    expect(problems.map((p) => p.field).sort()).toEqual(
      ["answers.book", "consent", "email", "organisation"].sort(),
    );
    const markup = page({ event, form: { values: body, problems } });

    expect(markup).toContain("<title>Fel: Aktiva åtgärder i praktiken");
    expect(tagWithId(markup, "f-name")).toContain('value="Anna &lt;Andersson&gt;"');
    expect(tagWithId(markup, "f-role")).toContain('value="Chef &quot;HR&quot;"');
    expect(tagWithId(markup, "f-diet")).toContain('value="Vegetarisk"');
    expect(markup).toContain(">Verktyg för &lt;planen&gt;</textarea>");
    expect(tagWithId(markup, "f-answers-days-2")).toContain("checked");
    expect(tagWithId(markup, "f-answers-days-1")).not.toContain("checked");
    expect(tagWithId(markup, "f-consent")).not.toContain("checked");

    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(markup)?.[0] ?? "";
    expect(summary).toContain('role="alert"');
    expect(summary).toContain('tabindex="-1"');
    expect(summary).toContain("autofocus");
    expect(textOf(summary)).toContain("Det är 4 saker att rätta innan du skickar");
    for (const [field, target] of [
      ["email", "f-email"],
      ["organisation", "f-organisation"],
      ["answers.book", "f-answers-book-1"],
      ["consent", "f-consent"],
    ] as const) {
      const message = problems.find((p) => p.field === field)!.message.sv;
      expect(summary).toContain(`<a href="#${target}">`);
      expect(textOf(summary)).toContain(message);
      expect(markup).toContain(`id="${target}"`);
    }
    const email = tagWithId(markup, "f-email");
    expect(email).toContain('aria-invalid="true"');
    expect(email).toContain('aria-describedby="f-email-hint f-email-error"');
    expect(email).toContain('value="anna@"');
    // The message sits at the field, read out with it.
    expect(elementText(markup, "f-email-error")).toContain("Fel: E-postadressen är inte giltig");
    expect(blockAround(markup, "f-email").indexOf("f-email-error")).toBeGreaterThan(0);
    expect(blockAround(markup, "f-answers-book-legend")).toContain(
      'aria-describedby="f-answers-book-error"',
    );
  });

  it("re-fills a checked consent and nested answers", () => {
    const markup = page({
      form: {
        values: { consent: "on", answers: { book: "no" } },
        problems: [
          { field: "name", message: { sv: "Fyll i ditt namn.", en: "Fill in your name." } },
        ],
      },
    });
    expect(tagWithId(markup, "f-consent")).toContain("checked");
    expect(tagWithId(markup, "f-answers-book-2")).toContain("checked");
    expect(textOf(markup)).toContain("Det är en sak att rätta innan du skickar");
  });

  it("says why a registration was refused when registration is no longer possible", () => {
    const markup = page({
      state: STATES.closed!,
      form: {
        values: { name: "Anna" },
        problems: [
          { field: "", message: { sv: "Anmälan är stängd.", en: "Registration is closed." } },
        ],
      },
    });
    expect(markup).not.toContain("<form");
    expect(markup).toContain('role="alert"');
  });

  it("shows no participant data, only the contact's address", () => {
    const markup = page({ state: STATES.fullyBooked! });
    const addresses = [...textOf(markup).matchAll(/[\w.+-]+@[\w-]+\.[\w.]+/g)].map((m) => m[0]);
    expect(new Set(addresses)).toEqual(new Set(["karin.lind@example.se"]));
    expect(textOf(markup)).not.toMatch(/anmälda:|deltagare:|registered:/i);
  });

  it("speaks English when asked", () => {
    const markup = page({}, "en");
    expect(markup).toContain('<html lang="en">');
    expect(textOf(markup)).toContain("Open for registration – 12 seats left.");
    expect(textOf(markup)).toContain("Monday 15 March 2027, 08:45–16:00");
    expect(textOf(markup)).toContain("Runs on Aktiva");
    expect(textOf(markup)).toContain("Name (required)");
    expect(button(markup)).toBe("Send registration");
    expect(markup).toContain('<a href="?lang=sv" lang="sv" hreflang="sv">På svenska</a>');
    expect(mainOf(markup)).not.toMatch(/obligatoriskt|Anmälan/);
  });
});
