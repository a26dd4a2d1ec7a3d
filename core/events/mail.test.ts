import { describe, expect, it } from "vitest";
import type { EventDay } from "./event.ts";
import {
  confirmEmailMail,
  type EventMailInput,
  evaluationMail,
  eventCancelledMail,
  eventChangedMail,
  type Mail,
  type MailEvent,
  type MailLocale,
  organiserMessageMail,
  promotedMail,
  registrationCancelledMail,
  reminderMail,
  seatConfirmedMail,
  waitlistedMail,
} from "./mail.ts";
import type { RegistrationData } from "./registration.ts";

const summerDay: EventDay = { date: "2026-06-16", start: "09:00", end: "16:00", programme: [] };
const winterDay: EventDay = { date: "2027-01-19", start: "08:45", end: "15:30", programme: [] };

const event: MailEvent = {
  id: "e42",
  title: "Aktiva åtgärder i praktiken",
  description: "Två heldagar om det praktiska arbetet.",
  audience: "Chefer och HR-strateger",
  days: [summerDay, winterDay],
  place: "Malmö",
  placeLater: true,
  onlineUrl: "https://meet.example.se/aktiva",
  cost: { kind: "amount", kronor: 1500 },
  capacity: 30,
  registrationOpens: null,
  registrationCloses: "2026-06-01T23:30",
  preReading: "Läs kapitel 2, Vad säger lagen?",
  homework: "Kartlägg hur er egen lönekartläggning går till.",
  contact: { name: "Sara Lind", email: "sara.lind@example.se", phone: "040-123 45 67" },
  questions: [
    { id: "lunch", label: "Äter du lunch med oss?", kind: "yesNo", required: true, options: [] },
  ],
  consentText: "Vi sparar dina uppgifter i sex månader.",
  anonymiseAfterMonths: 6,
  reminderDaysBefore: 3,
};

/** A whole registration as the server holds it: only the name may reach a mail. */
const registration: RegistrationData = {
  name: "Anna Berg",
  email: "anna.berg@example.se",
  emailKey: "anna.berg@example.se",
  organisation: "Lunds kommun",
  role: "HR-strateg",
  diet: "Glutenfri kost",
  accessibility: "Behöver hörslinga",
  answers: { lunch: "yes" },
};

const URLS = {
  eventUrl: "https://aktiva.example.se/utbildningar/e42",
  registrationUrl: "https://aktiva.example.se/anmalan/tok-123",
  confirmUrl: "https://aktiva.example.se/bekrafta/tok-456",
  evaluationUrl: "https://aktiva.example.se/utvardering/tok-789",
};

function base(locale: MailLocale, over: Partial<EventMailInput> = {}) {
  return {
    event,
    organisation: "Länsstyrelsen Skåne",
    recipient: registration,
    locale,
    // Friday 12 June 2026, 10.00 in Stockholm.
    now: new Date("2026-06-12T08:00:00Z"),
    ...URLS,
    ...over,
  };
}

/** Every mail, built the way the server would build it. */
function allMails(locale: MailLocale, over: Partial<EventMailInput> = {}): Record<string, Mail> {
  const input = base(locale, over);
  return {
    confirmEmail: confirmEmailMail(input),
    seatConfirmed: seatConfirmedMail(input),
    waitlisted: waitlistedMail({ ...input, position: 4 }),
    promoted: promotedMail(input),
    reminder: reminderMail(input),
    eventChanged: eventChangedMail({
      ...input,
      changes: [
        {
          kind: "place",
          before: { place: "Malmö", placeLater: true },
          after: { place: "Stadshuset, Malmö", placeLater: false },
        },
      ],
    }),
    eventCancelled: eventCancelledMail({ ...input, message: "För få anmälda den här gången." }),
    registrationCancelled: registrationCancelledMail({ ...input, previousStatus: "confirmed" }),
    organiserMessage: organiserMessageMail({
      ...input,
      subject: "Boken är på väg",
      body: "Boken skickas till er i dag.",
    }),
    evaluation: evaluationMail(input),
  };
}

describe("every mail", () => {
  for (const locale of ["sv", "en"] as const) {
    const mails = allMails(locale);

    it(`names the event in the subject, on one line (${locale})`, () => {
      for (const [name, mail] of Object.entries(mails)) {
        expect(mail.subject, name).toContain(event.title);
        expect(mail.subject, name).not.toMatch(/\n/);
      }
    });

    it(`greets the person and ends with the sender and why the mail came (${locale})`, () => {
      for (const [name, mail] of Object.entries(mails)) {
        expect(mail.text, name).toMatch(locale === "sv" ? /^Hej Anna Berg!/ : /^Hello Anna Berg!/);
        const lines = mail.text.trimEnd().split("\n");
        const why = lines.at(-1)!;
        expect(why, name).toMatch(
          locale === "sv" ? /^Du får det här mejlet (för att|som)/ : /^You get this e-mail/,
        );
        expect(why, name).toContain(event.title);
        const signature = lines.slice(-6).join("\n");
        expect(signature, name).toContain("Länsstyrelsen Skåne");
        expect(signature, name).toContain("Sara Lind, sara.lind@example.se");
        expect(mail.text.endsWith("\n"), name).toBe(true);
        expect(mail.text, name).not.toMatch(/\n{3,}/);
      }
    });

    it(`says nothing of the person's needs, answers or organisation (${locale})`, () => {
      for (const [name, mail] of Object.entries(mails)) {
        const all = `${mail.subject}\n${mail.text}`;
        for (const secret of [
          "Glutenfri",
          "hörslinga",
          "Äter du lunch",
          "Lunds kommun",
          "HR-strateg",
          "anna.berg@example.se",
          "sex månader",
        ]) {
          expect(all.toLowerCase(), `${name}: ${secret}`).not.toContain(secret.toLowerCase());
        }
      }
    });
  }

  it("is written in the language asked for", () => {
    const sv = allMails("sv");
    const en = allMails("en");
    for (const name of Object.keys(sv)) {
      expect(sv[name]!.text, name).toContain("Vänliga hälsningar");
      expect(en[name]!.text, name).toContain("Kind regards");
      expect(sv[name]!.text, name).not.toContain("Kind regards");
      expect(en[name]!.text, name).not.toMatch(/\b(och|att|du)\b/);
    }
  });

  it("signs with the organisation alone when the event has no contact yet", () => {
    const mail = seatConfirmedMail(base("sv", { event: { ...event, contact: null } }));
    expect(mail.text).toContain("Vänliga hälsningar\nLänsstyrelsen Skåne\n\nDu får det här mejlet");
    expect(mail.text).not.toContain("Kontaktperson");
  });
});

describe("confirmEmailMail", () => {
  it("gives the link, says nothing is booked yet and that the mail can be ignored", () => {
    const { subject, text } = confirmEmailMail(base("sv"));
    expect(subject).toBe("Bekräfta din anmälan till Aktiva åtgärder i praktiken");
    expect(text).toContain(URLS.confirmUrl);
    expect(text).toContain("Inget är bokat förrän du har bekräftat");
    expect(text).toContain("kan du bortse från det här mejlet");
    expect(text).toContain("Dag 1: tisdag 16 juni 2026 kl. 09.00–16.00");
    expect(text).toContain("Dag 2: tisdag 19 januari 2027 kl. 08.45–15.30");
  });

  it("in English", () => {
    const { subject, text } = confirmEmailMail(base("en"));
    expect(subject).toBe("Confirm your registration for Aktiva åtgärder i praktiken");
    expect(text).toContain(URLS.confirmUrl);
    expect(text).toContain("Nothing is booked until you confirm");
    expect(text).toContain("you can ignore this e-mail");
    expect(text).toContain("Day 1: Tuesday 16 June 2026, 09:00–16:00");
    expect(text).toContain("Day 2: Tuesday 19 January 2027, 08:45–15:30");
  });

  it("writes a single day without a number", () => {
    const { text } = confirmEmailMail(base("sv", { event: { ...event, days: [winterDay] } }));
    expect(text).toContain("\ntisdag 19 januari 2027 kl. 08.45–15.30\n");
    expect(text).not.toContain("Dag 1");
  });
});

describe("seatConfirmedMail", () => {
  it("has every day, the place to be announced, the online link, cost and preparation", () => {
    const { subject, text } = seatConfirmedMail(base("sv"));
    expect(subject).toBe("Du har en plats: Aktiva åtgärder i praktiken");
    expect(text).toContain("Dag 1: tisdag 16 juni 2026 kl. 09.00–16.00");
    expect(text).toContain("Dag 2: tisdag 19 januari 2027 kl. 08.45–15.30");
    expect(text).toContain("Plats: meddelas senare (Malmö)");
    expect(text).toContain("Delta på distans: https://meet.example.se/aktiva");
    expect(text).toContain("Kostnad: 1\u00a0500\u00a0kr per deltagare");
    expect(text).toContain("Att läsa före utbildningen:\nLäs kapitel 2, Vad säger lagen?");
    expect(text).toContain("Hemuppgift:\nKartlägg hur er egen lönekartläggning går till.");
    expect(text).toContain("Kontakta Sara Lind, sara.lind@example.se, 040-123 45 67.");
    expect(text).toContain(URLS.registrationUrl);
    expect(text).toContain("kalenderinbjudan finns bifogad");
  });

  it("writes a decided place, free of charge, and leaves out what is not there", () => {
    const { text } = seatConfirmedMail(
      base("en", {
        event: {
          ...event,
          place: "Stadshuset, Malmö",
          placeLater: false,
          onlineUrl: "",
          cost: { kind: "free" },
          preReading: "",
          homework: "",
        },
      }),
    );
    expect(text).toContain("Place: Stadshuset, Malmö");
    expect(text).toContain("Cost: Free of charge\n");
    expect(text).not.toContain("online");
    expect(text).not.toContain("to be announced");
    expect(text).not.toContain("To read before");
    expect(text).not.toContain("Homework");
    expect(text).toContain("A calendar invite is attached");
  });

  it("says online when there is only a link", () => {
    const { text } = seatConfirmedMail(
      base("sv", { event: { ...event, place: "", placeLater: false } }),
    );
    expect(text).toContain("Plats: på distans\nDelta på distans: https://meet.example.se/aktiva");
  });
});

describe("waitlistedMail", () => {
  it("gives the position, promises a mail if a seat frees and links to leave", () => {
    const { subject, text } = waitlistedMail({ ...base("sv"), position: 4 });
    expect(subject).toBe("Du står på väntelistan till Aktiva åtgärder i praktiken");
    expect(text).toContain("Du står som nummer 4 på väntelistan.");
    expect(text).toContain("mejlar vi dig");
    expect(text).toContain(`lämna den här:\n${URLS.registrationUrl}`);
    expect(text).not.toContain("kalenderinbjudan");
  });

  it("says first in line for position 1, in English too", () => {
    expect(waitlistedMail({ ...base("sv"), position: 1 }).text).toContain(
      "Du står först på väntelistan.",
    );
    const en = waitlistedMail({ ...base("en"), position: 2 });
    expect(en.subject).toBe("You are on the waiting list for Aktiva åtgärder i praktiken");
    expect(en.text).toContain("You are number 2 on the waiting list.");
    expect(en.text).toContain(URLS.registrationUrl);
  });
});

describe("promotedMail", () => {
  it("gives the seat, attaches the invite and asks to cancel for the next person", () => {
    const { subject, text } = promotedMail(base("sv"));
    expect(subject).toBe("Du har fått en plats: Aktiva åtgärder i praktiken");
    expect(text).toContain("en plats har blivit ledig och den är nu din");
    expect(text).toContain("kalenderinbjudan finns bifogad");
    expect(text).toContain("nästa person på väntelistan");
    expect(text).toContain(URLS.registrationUrl);
    expect(text).toContain("Dag 2: tisdag 19 januari 2027 kl. 08.45–15.30");
  });

  it("in English", () => {
    const { subject, text } = promotedMail(base("en"));
    expect(subject).toBe("You now have a seat: Aktiva åtgärder i praktiken");
    expect(text).toContain("A calendar invite is attached");
    expect(text).toContain("the next person on the waiting list");
  });
});

describe("reminderMail", () => {
  it("counts the days on the Stockholm calendar, not UTC's", () => {
    // 22.30 UTC on 12 June is already 00.30 on 13 June in Stockholm: three days to go.
    const { subject, text } = reminderMail(base("sv", { now: new Date("2026-06-12T22:30:00Z") }));
    expect(subject).toBe("Påminnelse: Aktiva åtgärder i praktiken börjar tisdag 16 juni 2026");
    expect(text).toContain(
      "Aktiva åtgärder i praktiken börjar om 3 dagar, tisdag 16 juni 2026 kl. 09.00.",
    );
  });

  it("says tomorrow in winter, with where, preparation and the cancel link", () => {
    const { subject, text } = reminderMail(
      base("en", {
        event: { ...event, days: [winterDay] },
        // 08.00 on Monday 18 January 2027 in Stockholm (UTC+1).
        now: new Date("2027-01-18T07:00:00Z"),
      }),
    );
    expect(subject).toBe("Reminder: Aktiva åtgärder i praktiken starts Tuesday 19 January 2027");
    expect(text).toContain("starts tomorrow, on Tuesday 19 January 2027 at 08:45.");
    expect(text).toContain("Place: to be announced (Malmö)");
    expect(text).toContain("Take part online: https://meet.example.se/aktiva");
    expect(text).toContain("To read before the event:");
    expect(text).toContain("Homework:");
    expect(text).toContain(URLS.registrationUrl);
  });
});

describe("eventChangedMail", () => {
  const newDay: EventDay = { date: "2027-01-20", start: "09:00", end: "16:00", programme: [] };

  it("lists each change as before → now and shows the days as they are now", () => {
    const { subject, text } = eventChangedMail({
      ...base("sv", { event: { ...event, days: [summerDay, newDay] } }),
      changes: [
        {
          kind: "place",
          before: { place: "Malmö", placeLater: true },
          after: { place: "Stadshuset, Malmö", placeLater: false },
        },
        { kind: "day", before: winterDay, after: newDay },
        { kind: "online", before: "https://meet.example.se/aktiva", after: "" },
      ],
    });
    expect(subject).toBe("Ändrade tider och plats: Aktiva åtgärder i praktiken");
    expect(text).toContain("Plats: meddelas senare (Malmö) → Stadshuset, Malmö");
    expect(text).toContain(
      "Datum och tid: tisdag 19 januari 2027 kl. 08.45–15.30 → onsdag 20 januari 2027 kl. 09.00–16.00",
    );
    expect(text).toContain(
      "Länk för att delta på distans: https://meet.example.se/aktiva → ingen länk",
    );
    expect(text).toContain("Så här ser det ut nu:\nDag 1: tisdag 16 juni 2026 kl. 09.00–16.00");
    expect(text).toContain("Dag 2: onsdag 20 januari 2027 kl. 09.00–16.00");
    expect(text).toContain("uppdaterad kalenderinbjudan finns bifogad");
    expect(text).toContain(URLS.registrationUrl);
  });

  it("names added and removed days, and says times in the subject when only they changed", () => {
    const { subject, text } = eventChangedMail({
      ...base("en"),
      changes: [
        { kind: "day", before: null, after: newDay },
        { kind: "day", before: summerDay, after: null },
      ],
    });
    expect(subject).toBe("New times: Aktiva åtgärder i praktiken");
    expect(text).toContain("New day: Wednesday 20 January 2027, 09:00–16:00");
    expect(text).toContain("Day removed: Tuesday 16 June 2026, 09:00–16:00");
    expect(text).toContain("An updated calendar invite is attached");
  });

  it("says place in the subject when only the place changed", () => {
    const { subject } = eventChangedMail({
      ...base("sv"),
      changes: [{ kind: "online", before: "", after: "https://meet.example.se/ny" }],
    });
    expect(subject).toBe("Ändrad plats: Aktiva åtgärder i praktiken");
  });
});

describe("eventCancelledMail", () => {
  it("says the event is cancelled and passes on the organiser's message", () => {
    const { subject, text } = eventCancelledMail({
      ...base("sv"),
      message: "För få anmälda den här gången.",
    });
    expect(subject).toBe("Inställd: Aktiva åtgärder i praktiken");
    expect(text).toContain("har arrangören ställt in Aktiva åtgärder i praktiken");
    expect(text).toContain("Meddelande från arrangören:\nFör få anmälda den här gången.");
    expect(text).toContain("tisdag 16 juni 2026");
    expect(text).not.toContain(URLS.registrationUrl);
  });

  it("leaves the message out when there is none", () => {
    const { subject, text } = eventCancelledMail(base("en"));
    expect(subject).toBe("Cancelled: Aktiva åtgärder i praktiken");
    expect(text).toContain("the organiser has cancelled");
    expect(text).not.toContain("Message from the organiser");
  });
});

describe("registrationCancelledMail", () => {
  it("records when, in Stockholm summer time", () => {
    const { subject, text } = registrationCancelledMail({
      ...base("sv", { now: new Date("2026-06-10T10:00:00Z") }),
      previousStatus: "confirmed",
    });
    expect(subject).toBe("Din anmälan till Aktiva åtgärder i praktiken är avbokad");
    expect(text).toContain("Du har avbokat din plats på Aktiva åtgärder i praktiken.");
    expect(text).toContain("Avbokningen registrerades onsdag 10 juni 2026 kl. 12.00.");
    expect(text).toContain(URLS.eventUrl);
    expect(text).not.toContain(URLS.registrationUrl);
  });

  it("records when, in Stockholm winter time, for someone who left the waiting list", () => {
    const { subject, text } = registrationCancelledMail({
      ...base("en", { now: new Date("2027-01-12T10:00:00Z") }),
      previousStatus: "waitlisted",
    });
    expect(subject).toBe("Your registration for Aktiva åtgärder i praktiken is cancelled");
    expect(text).toContain("You have left the waiting list for Aktiva åtgärder i praktiken.");
    expect(text).toContain("The cancellation was recorded on Tuesday 12 January 2027 at 11:00.");
  });
});

describe("organiserMessageMail", () => {
  it("frames the organiser's words with the event and the sender", () => {
    const { subject, text } = organiserMessageMail({
      ...base("sv"),
      subject: "Boken\r\när på väg",
      body: "Hej alla!\r\nBoken skickas till er i dag.",
    });
    expect(subject).toBe("Aktiva åtgärder i praktiken: Boken är på väg");
    expect(text).toContain(
      "Sara Lind på Länsstyrelsen Skåne skickar det här meddelandet till alla anmälda till Aktiva åtgärder i praktiken:",
    );
    expect(text).toContain("Hej alla!\nBoken skickas till er i dag.");
    expect(text).not.toContain("\r");
    expect(text).toContain(`Se eller avboka din anmälan:\n${URLS.registrationUrl}`);
  });

  it("names another sender when given", () => {
    const { text } = organiserMessageMail({
      ...base("en"),
      subject: "Lunch",
      body: "Lunch is at 12.",
      sender: { name: "Omar Haddad" },
    });
    expect(text).toContain("Omar Haddad at Länsstyrelsen Skåne sends this message");
    expect(text).toContain(URLS.registrationUrl);
  });
});

describe("evaluationMail", () => {
  it("links to the evaluation and says what the organiser sees", () => {
    const { subject, text } = evaluationMail(base("sv"));
    expect(subject).toBe("Vad tyckte du om Aktiva åtgärder i praktiken?");
    expect(text).toContain(URLS.evaluationUrl);
    expect(text).toContain("Dina svar sparas utan ditt namn");
    expect(text).toContain("kommentarerna utan namn");
  });

  it("in English", () => {
    const { subject, text } = evaluationMail(base("en"));
    expect(subject).toBe("What did you think of Aktiva åtgärder i praktiken?");
    expect(text).toContain(URLS.evaluationUrl);
    expect(text).toContain("The organiser sees only the totals");
    expect(text).toContain("comments without names");
  });
});
