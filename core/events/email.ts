/**
 * E-mail addresses as registrations and contacts use them. The check is deliberately plain —
 * something@domain.tld, no spaces — because the confirmation link sent to the address is the
 * real test; it catches typos like a missing @ or a comma for a dot before anything is sent.
 */
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Whether `value` (trimmed) looks like a deliverable address. */
export function isValidEmail(value: string): boolean {
  const address = value.trim();
  if (address.length > 254) return false;
  const at = address.lastIndexOf("@");
  if (at < 1 || address.indexOf("@") !== at) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split(".");
  if (!LOCAL.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes(".."))
    return false;
  const tld = labels[labels.length - 1]!;
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^\p{L}{2,}$/u.test(tld);
}

/**
 * The form used to find a second registration with the same address: trimmed and lower-case.
 * The local part is lower-cased too — strictly it may be case-sensitive, but no mail service in
 * use treats Anna@ and anna@ as two people, and treating them as one stops double seats.
 */
export const normaliseEmail = (value: string): string => value.trim().toLowerCase();
