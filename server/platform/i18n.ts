/**
 * Messages the server writes to people: API errors and e-mails. The web app has its own
 * locale files (web/i18n); these are the few texts that are produced on the server.
 */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const sv = {
  "problem.validation": "Uppgifterna är inte giltiga. Rätta de markerade fälten.",
  "problem.notFound": "Det du letar efter finns inte, eller så har du inte behörighet att se det.",
  "problem.forbidden": "Du har inte behörighet att göra det här.",
  "problem.unauthenticated": "Du behöver logga in.",
  "problem.csrf": "Sidan var för gammal för att skicka in. Ladda om sidan och försök igen.",
  "problem.bodyTooLarge": "Det du skickade är för stort (högst {{limit}}).",
  "problem.rateLimited": "För många förfrågningar. Vänta en stund och försök igen.",
  "problem.internal": "Något gick fel hos oss. Försök igen om en stund.",
  "problem.badJson": "Förfrågan kunde inte läsas (ogiltig JSON).",
  "auth.wrongCredentials": "Fel e-postadress eller lösenord.",
  "auth.lockedOut_one":
    "För många misslyckade inloggningar. Vänta {{count}} minut och försök igen.",
  "auth.lockedOut_other":
    "För många misslyckade inloggningar. Vänta {{count}} minuter och försök igen.",
  "auth.wrongCurrentPassword": "Det nuvarande lösenordet stämmer inte.",
  "auth.tokenInvalid": "Länken är ogiltig, redan använd eller för gammal. Begär en ny.",
  "field.passwordTooShort": "Lösenordet måste ha minst {{min}} tecken.",
  "field.orgNumber.format": "Organisationsnumret ska ha tio siffror, till exempel 212000-1234.",
  "field.orgNumber.checkDigit":
    "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
  "field.orgNumber.notLegalEntity": "Det här är ett personnummer, inte ett organisationsnummer.",
  "field.orgNumber.taken": "Det finns redan en organisation med det organisationsnumret.",
  "field.email.invalid": "Skriv en giltig e-postadress, till exempel namn@exempel.se.",
  "field.required": "Fältet måste fyllas i.",
  "field.unionNameRequired":
    "Skriv vilken facklig organisation den fackliga företrädaren företräder.",
  "field.unitNotFound": "Enheten finns inte i organisationen.",
  "field.unitCycle": "En enhet kan inte ligga under sig själv eller sina egna underenheter.",
  "units.hasChildren": "Enheten har underenheter. Flytta eller ta bort dem först.",
  "members.lastAdmin": "Organisationen måste ha minst en administratör.",
  "invitations.alreadyMember": "Personen med den e-postadressen är redan medlem i organisationen.",
  "invitations.alreadyInvited": "Det finns redan en inbjudan till den e-postadressen.",
  "invitations.signInAsInvitee":
    "Inbjudan gäller {{email}}. Logga in med det kontot för att ta emot den.",
  "invitations.accountFieldsRequired":
    "Skriv ditt namn och välj ett lösenord för att skapa ditt konto.",
  "mail.invitation.subject": "Inbjudan till {{organisation}} i Aktiva",
  "mail.invitation.body":
    "Hej!\n\n{{inviter}} har bjudit in dig till {{organisation}} i Aktiva, där ni arbetar med aktiva åtgärder mot diskriminering.\n\nDin roll: {{role}}.\n\nTa emot inbjudan här (länken gäller i {{days}} dagar):\n{{link}}\n\nVill du inte vara med kan du låta bli att svara.\n",
  "mail.passwordReset.subject": "Återställ ditt lösenord i Aktiva",
  "mail.passwordReset.body":
    "Hej {{name}}!\n\nNågon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto i Aktiva.\n\nVälj ett nytt lösenord här (länken gäller i {{minutes}} minuter och kan bara användas en gång):\n{{link}}\n\nHar du inte bett om det kan du strunta i det här mejlet. Ditt lösenord är oförändrat.\n",
  "role.admin": "administratör",
  "role.hr": "HR",
  "role.manager": "chef",
  "role.union_rep": "facklig företrädare",
  "role.safety_rep": "skyddsombud",
  "role.participant": "deltagare",
} as const;

/** A message key; plural messages are named without their _one/_other ending. */
export type MessageKey = keyof typeof sv extends infer K
  ? K extends `${infer Base}_${"one" | "other"}`
    ? Base
    : K
  : never;

const en: Record<keyof typeof sv, string> = {
  "problem.validation": "The information is not valid. Correct the marked fields.",
  "problem.notFound": "What you are looking for does not exist, or you are not allowed to see it.",
  "problem.forbidden": "You are not allowed to do this.",
  "problem.unauthenticated": "You need to sign in.",
  "problem.csrf": "The page was too old to submit. Reload the page and try again.",
  "problem.bodyTooLarge": "What you sent is too large (at most {{limit}}).",
  "problem.rateLimited": "Too many requests. Wait a moment and try again.",
  "problem.internal": "Something went wrong on our side. Try again in a moment.",
  "problem.badJson": "The request could not be read (invalid JSON).",
  "auth.wrongCredentials": "Wrong e-mail address or password.",
  "auth.lockedOut_one": "Too many failed sign-ins. Wait {{count}} minute and try again.",
  "auth.lockedOut_other": "Too many failed sign-ins. Wait {{count}} minutes and try again.",
  "auth.wrongCurrentPassword": "The current password is not correct.",
  "auth.tokenInvalid": "The link is invalid, already used or too old. Ask for a new one.",
  "field.passwordTooShort": "The password must have at least {{min}} characters.",
  "field.orgNumber.format": "The organisation number has ten digits, for example 212000-1234.",
  "field.orgNumber.checkDigit":
    "The organisation number is not valid: the check digit does not match.",
  "field.orgNumber.notLegalEntity":
    "This is a personal identity number, not an organisation number.",
  "field.orgNumber.taken": "There is already an organisation with that organisation number.",
  "field.email.invalid": "Enter a valid e-mail address, for example name@example.com.",
  "field.required": "This field is required.",
  "field.unionNameRequired": "Enter the union that the union representative represents.",
  "field.unitNotFound": "The unit does not exist in the organisation.",
  "field.unitCycle": "A unit cannot be placed under itself or one of its own sub-units.",
  "units.hasChildren": "The unit has sub-units. Move or delete them first.",
  "members.lastAdmin": "The organisation must have at least one administrator.",
  "invitations.alreadyMember":
    "The person with that e-mail address is already a member of the organisation.",
  "invitations.alreadyInvited": "There is already an invitation to that e-mail address.",
  "invitations.signInAsInvitee":
    "The invitation is for {{email}}. Sign in with that account to accept it.",
  "invitations.accountFieldsRequired":
    "Enter your name and choose a password to create your account.",
  "mail.invitation.subject": "Invitation to {{organisation}} in Aktiva",
  "mail.invitation.body":
    "Hello!\n\n{{inviter}} has invited you to {{organisation}} in Aktiva, where you work together on active measures against discrimination.\n\nYour role: {{role}}.\n\nAccept the invitation here (the link is valid for {{days}} days):\n{{link}}\n\nIf you do not want to join, you can ignore this e-mail.\n",
  "mail.passwordReset.subject": "Reset your password in Aktiva",
  "mail.passwordReset.body":
    "Hello {{name}}!\n\nSomeone (hopefully you) asked to reset the password of your Aktiva account.\n\nChoose a new password here (the link is valid for {{minutes}} minutes and can be used once):\n{{link}}\n\nIf you did not ask for this, ignore this e-mail. Your password has not changed.\n",
  "role.admin": "administrator",
  "role.hr": "HR",
  "role.manager": "manager",
  "role.union_rep": "union representative",
  "role.safety_rep": "safety representative",
  "role.participant": "participant",
};

const catalogues: Record<Locale, Record<string, string>> = { sv, en };
const pluralRules: Record<Locale, Intl.PluralRules> = {
  sv: new Intl.PluralRules("sv-SE"),
  en: new Intl.PluralRules("en-GB"),
};

type Params = Record<string, string | number>;

/** Looks up a message; a `count` parameter picks the `_one`/`_other` form by the language's plural rules. */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const catalogue = catalogues[locale];
  let template = catalogue[key];
  if (typeof params.count === "number") {
    template =
      catalogue[`${key}_${pluralRules[locale].select(params.count)}`] ??
      catalogue[`${key}_other`] ??
      template;
  }
  if (template === undefined) return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** Picks sv or en from an Accept-Language header; Swedish unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return "sv";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("sv")) return "sv";
    if (tag.startsWith("en")) return "en";
  }
  return "sv";
}
