/**
 * Swedish personnummer and samordningsnummer, read only to work out birth year and legal sex
 * at import (GLOSSARY: never stored). Written with character codes rather than regular
 * expressions because the import reads it for every row of a payroll export.
 */
import { FEMALE, MALE } from "./stats.ts";

const ZERO = 48;
const DASH = 45;
const PLUS = 43;

export interface PersonnummerFacts {
  birthYear: number;
  sex: typeof FEMALE | typeof MALE;
}

/**
 * Accepts YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN and
 * YYYYMMDDNNNN, with the Luhn check digit on the ten-digit form and day + 60 for a
 * samordningsnummer. A short form's century is the one that makes the person younger than 100
 * in the year of `onDate` (yyyy-mm-dd), or 100 or older with "+", as Skatteverket writes it.
 * Null when the text is not a valid number.
 */
export function parsePersonnummer(text: string, onDate: string): PersonnummerFacts | null {
  const s = text.trim();
  const n = s.length;
  let start: number; // where the ten-digit form begins
  let century = -1;
  let hundredOrOlder = false;
  if (n === 10 || n === 11) {
    start = 0;
    if (n === 11) {
      const sep = s.charCodeAt(6);
      if (sep === PLUS) hundredOrOlder = true;
      else if (sep !== DASH) return null;
    }
  } else if (n === 12 || n === 13) {
    if (n === 13 && s.charCodeAt(8) !== DASH) return null;
    const c1 = digitAt(s, 0);
    const c2 = digitAt(s, 1);
    if (c1 < 0 || c2 < 0) return null;
    century = c1 * 10 + c2;
    start = 2;
  } else {
    return null;
  }

  // The ten digits YYMMDDNNNC, skipping the separator after the date.
  const digits = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 0, i = start; k < 10; k++, i++) {
    if (k === 6 && (n === 11 || n === 13)) i++;
    const d = digitAt(s, i);
    if (d < 0) return null;
    digits[k] = d;
  }
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    let d = digits[k]!;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  if ((10 - (sum % 10)) % 10 !== digits[9]) return null;

  const yy = digits[0]! * 10 + digits[1]!;
  let birthYear: number;
  if (century >= 0) {
    birthYear = century * 100 + yy;
  } else {
    const onYear = Number(onDate.slice(0, 4));
    if (!Number.isInteger(onYear)) throw new RangeError(`Not a date (yyyy-mm-dd): ${onDate}`);
    birthYear = onYear - ((onYear - yy + 100) % 100);
    if (hundredOrOlder) birthYear -= 100;
  }
  const month = digits[2]! * 10 + digits[3]!;
  let day = digits[4]! * 10 + digits[5]!;
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(birthYear, month)) return null;
  return { birthYear, sex: digits[8]! % 2 === 1 ? MALE : FEMALE };
}

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a text has the shape of a personnummer (10 or 12 digits, with or without - or +),
 * valid or not: such values are masked in previews and refused as employee keys.
 */
export function looksLikePersonnummer(text: string): boolean {
  return /^(\d{2})?\d{6}[-+]?\d{4}$/.test(text.trim());
}

/** "19800101-0001" → "19800101-****": enough to recognise the column, nothing more. */
export function maskPersonnummer(text: string): string {
  const match = /^((?:\d{2})?\d{6})[-+]?\d{4}$/.exec(text.trim());
  return match ? `${match[1]}-****` : text;
}
