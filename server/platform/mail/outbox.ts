import type { Db } from "../db/database.ts";

export interface OutgoingEmail {
  /** The organisation the mail belongs to; null for personal mail such as a password reset. */
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** A calendar invite (iCalendar text), sent so that mail programs offer to add it. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
}

/** What outbox_emails.attachments holds. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Puts an e-mail in the outbox. Pass the transaction of the change that causes the mail:
 * if the change rolls back, no mail is sent; if it commits, the worker will send it.
 */
export async function queueEmail(trx: Db, email: OutgoingEmail): Promise<void> {
  await trx
    .insertInto("outbox_emails")
    .values({
      organisation_id: email.organisationId,
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      attachments: JSON.stringify(
        email.calendar
          ? [
              {
                filename: email.calendar.method === "CANCEL" ? "inställd.ics" : "inbjudan.ics",
                contentType: `text/calendar; charset=utf-8; method=${email.calendar.method}`,
                content: email.calendar.content,
              } satisfies StoredAttachment,
            ]
          : [],
      ),
    })
    .execute();
}
