/**
 * Swedish organisationsnummer: ten digits (NNNNNN-NNNN), the last a Luhn check digit.
 * Legal entities have a "month" pair (digits 3–4) of at least 20, which tells them
 * apart from personnummer (sole traders), which we do not accept here.
 */
export type OrganisationNumberProblem = "format" | "checkDigit" | "notLegalEntity";

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Returns the normalised form "NNNNNN-NNNN", or the reason it is not valid. */
export function parseOrganisationNumber(
  input: string,
): { ok: true; value: string } | { ok: false; problem: OrganisationNumberProblem } {
  const digits = input.trim().replace(/^16/, "").replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return { ok: false, problem: "format" };
  if (Number(digits.slice(2, 4)) < 20) return { ok: false, problem: "notLegalEntity" };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { ok: false, problem: "checkDigit" };
  }
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}
