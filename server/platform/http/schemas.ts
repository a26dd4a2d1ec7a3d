import { z } from "zod";
import { parseOrganisationNumber } from "../../../core/platform/organisation-number.ts";
import { ROLES, SECTORS } from "../../../core/platform/roles.ts";
import { MIN_PASSWORD_LENGTH } from "../auth/passwords.ts";
import { problemSchema } from "./problem.ts";

/** Field schemas shared by several resources. Custom messages are keys in i18n.ts. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "field.email.invalid" }).max(254, { error: "field.email.invalid" }));

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "field.passwordTooShort" })
  .max(500);

export const requiredText = (max = 200) =>
  z.string({ error: "field.required" }).trim().min(1, { error: "field.required" }).max(max);

export const orgNumberSchema = z.string({ error: "field.required" }).transform((value, ctx) => {
  const parsed = parseOrganisationNumber(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: "custom", message: `field.orgNumber.${parsed.problem}` });
  return z.NEVER;
});

export const roleSchema = z.enum(ROLES);
export const sectorSchema = z.enum(SECTORS);
export const localeSchema = z.enum(["sv", "en"]);
export const uuidSchema = z.uuid();

export const organisationParams = z.object({ organisationId: uuidSchema });

export const userSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: localeSchema })
  .meta({ id: "User" });

/** Error responses documented on every route. */
export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  429: problemSchema,
};

export const noContent = z.null().describe("No content");
