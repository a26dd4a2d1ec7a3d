import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The addresses of the public event pages, and each registrant's own link. The own link is
 * the registration's id signed with the server's secret (HMAC-SHA-256), so it can be checked
 * without storing a token, stays the same in every mail, and cannot be made up for someone
 * else's registration.
 */
export const EVENTS_PATH = "/utbildningar";

export interface EventLinks {
  /** The organisation's list of upcoming events. */
  list(organisationId: string): string;
  event(eventId: string): string;
  /** The person's own page: see, cancel, and (after the event) evaluate. */
  registration(registrationId: string): string;
  confirm(registrationId: string): string;
  evaluation(registrationId: string): string;
}

const PURPOSE = "event-registration:";

function signature(secret: string, registrationId: string): string {
  return createHmac("sha256", secret)
    .update(PURPOSE + registrationId)
    .digest("base64url")
    .slice(0, 32);
}

/** The token in a registrant's links: `<id>.<signature>`. */
export function registrationToken(secret: string, registrationId: string): string {
  return `${registrationId}.${signature(secret, registrationId)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The registration id a token stands for, or null for a forged or damaged link. */
export function registrationIdOf(secret: string, token: string): string | null {
  const dot = token.indexOf(".");
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  if (!UUID.test(id)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(secret, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export function eventLinks(publicUrl: string, secret: string): EventLinks {
  const base = `${publicUrl}${EVENTS_PATH}`;
  const own = (id: string) => `${base}/anmalan/${registrationToken(secret, id)}`;
  return {
    list: (organisationId) => `${base}/arrangor/${organisationId}`,
    event: (eventId) => `${base}/${eventId}`,
    registration: own,
    confirm: (id) => `${own(id)}/bekrafta`,
    evaluation: (id) => `${own(id)}/utvardering`,
  };
}
