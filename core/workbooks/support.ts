import { parse as parseYaml } from "yaml";
import { z } from "zod";

/**
 * The national helplines and services of content/support/national.yaml: where people exposed
 * to violence, and people who use violence, can get help outside the organisation. Every
 * entry cites the public page that confirmed it and the day it was checked. Pure: parsing,
 * checking and choosing a language only.
 */

export const SUPPORT_AUDIENCES = ["victims", "perpetrators", "everyone", "managers"] as const;
export type SupportAudience = (typeof SUPPORT_AUDIENCES)[number];

/**
 * A Swedish number as people write it: a short number (112, 1177, 114 14, 116 006) or an
 * area code with a hyphen and digit groups (020-50 50 50, 010-223 57 60).
 */
export const SWEDISH_PHONE = /^(?:\d{3,4}(?: \d{2,3})?|0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3})$/;

const text = z.string().trim().min(1);
const bilingual = z.object({ sv: text, en: text }).strict();
const https = z.url({ protocol: /^https$/ });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const nationalSupportSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: bilingual,
    organiser: bilingual,
    audience: z.enum(SUPPORT_AUDIENCES),
    description: bilingual,
    phone: z.string().regex(SWEDISH_PHONE).nullable(),
    hours: bilingual,
    url: https,
    source: z.object({ url: https, title: text, checked: isoDate }).strict(),
  })
  .strict();
export type NationalSupport = z.infer<typeof nationalSupportSchema>;

export const nationalSupportFileSchema = z
  .object({ entries: z.array(nationalSupportSchema).min(1) })
  .strict()
  .refine((file) => new Set(file.entries.map((e) => e.id)).size === file.entries.length, {
    message: "Two entries have the same id.",
  });

export function parseNationalSupport(yaml: string): NationalSupport[] {
  return nationalSupportFileSchema.parse(parseYaml(yaml)).entries;
}

/** One entry in one language, as the API sends it. */
export interface LocalisedNationalSupport {
  id: string;
  name: string;
  organiser: string;
  audience: SupportAudience;
  description: string;
  phone: string | null;
  hours: string;
  url: string;
  source: { url: string; title: string; checked: string };
}

export function localiseNationalSupport(
  entry: NationalSupport,
  locale: "sv" | "en",
): LocalisedNationalSupport {
  return {
    id: entry.id,
    name: entry.name[locale],
    organiser: entry.organiser[locale],
    audience: entry.audience,
    description: entry.description[locale],
    phone: entry.phone,
    hours: entry.hours[locale],
    url: entry.url,
    source: entry.source,
  };
}

/** The number to dial in a tel: link: digits only (spaces and the hyphen are for reading). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, "");
  return `tel:${digits}`;
}
