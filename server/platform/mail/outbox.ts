import type { Db } from "../db/database.ts";

export interface OutgoingEmail {
  /** The organisation the mail belongs to; null for personal mail such as a password reset. */
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
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
    })
    .execute();
}
