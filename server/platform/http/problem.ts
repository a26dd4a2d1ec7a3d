import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { en as zodEn, sv as zodSv } from "zod/locales";
import { MIN_PASSWORD_LENGTH } from "../auth/passwords.ts";
import { type Locale, type MessageKey, translate } from "../i18n.ts";

/**
 * Errors are answered as RFC 9457 problem details, with the message in the user's language
 * and, for invalid input, one entry per field naming its path.
 */
export interface FieldProblem {
  path: string;
  /** A message key from server/platform/i18n.ts. */
  key: MessageKey;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(key);
  }
}

/**
 * Problems whose messages are already written in both languages (core rules that name the
 * field themselves, such as core/events): answered like AppError, in the user's language.
 */
export class WrittenProblems extends Error {
  constructor(
    readonly status: number,
    readonly problems: readonly { field: string; message: { sv: string; en: string } }[],
  ) {
    super("problems");
  }
}

export const notFound = () => new AppError(404, "problem.notFound");
export const forbidden = () => new AppError(403, "problem.forbidden");
export const unauthenticated = () => new AppError(401, "problem.unauthenticated");
/** One invalid field: 422 with the field named. */
export const invalidField = (
  path: string,
  key: MessageKey,
  params?: Record<string, string | number>,
) => new AppError(422, "problem.validation", {}, [{ path, key, ...(params ? { params } : {}) }]);

const PROBLEM_TYPES: Record<number, string> = {
  400: "bad-request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  413: "body-too-large",
  415: "unsupported-media-type",
  422: "validation",
  429: "too-many-requests",
  500: "internal",
  503: "service-unavailable",
};

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem" });

const zodLocales = { sv: zodSv(), en: zodEn() };

/** Zod issues carry our message keys for custom rules, otherwise zod's own message in the user's language. */
function zodIssueMessage(
  locale: Locale,
  issue: { keyword: string; message?: string; params: object },
): string {
  if (issue.message && /^(field|problem|auth|learning|workbook)\./.test(issue.message))
    return translate(locale, issue.message, { min: MIN_PASSWORD_LENGTH });
  const localised = zodLocales[locale].localeError({
    code: issue.keyword,
    ...issue.params,
  } as never);
  return typeof localised === "string" ? localised : (localised?.message ?? issue.message ?? "");
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: { path: string; message: string }[],
  type = PROBLEM_TYPES[status] ?? "error",
) {
  return reply
    .code(status)
    .type("application/problem+json; charset=utf-8")
    .send({
      type: `urn:aktiva:problem:${type}`,
      title: type,
      status,
      detail,
      ...(errors ? { errors } : {}),
    });
}

export function handleError(
  error: FastifyError | AppError | WrittenProblems,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const locale = request.locale;
  if (error instanceof AppError) {
    reply.headers(error.headers);
    const errors = error.fields.map((f) => ({
      path: f.path,
      message: translate(locale, f.key, f.params),
    }));
    const type = error.key === "problem.csrf" ? "csrf" : undefined;
    return sendProblem(
      reply,
      error.status,
      translate(locale, error.key, error.params),
      errors.length ? errors : undefined,
      type,
    );
  }
  if (error instanceof WrittenProblems) {
    const errors = error.problems.map((p) => ({ path: p.field, message: p.message[locale] }));
    const detail =
      error.status === 422
        ? translate(locale, "problem.validation")
        : (errors[0]?.message ?? translate(locale, "problem.validation"));
    return sendProblem(reply, error.status, detail, error.status === 422 ? errors : undefined);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, "").replaceAll("/", "."),
      message: zodIssueMessage(locale, issue),
    }));
    return sendProblem(reply, 422, translate(locale, "problem.validation"), errors);
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return sendProblem(reply, 413, translate(locale, "problem.bodyTooLarge", { limit: "1 MB" }));
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return sendProblem(reply, 400, translate(locale, "problem.badJson"));
    case "FST_CSRF_INVALID_TOKEN":
    case "FST_CSRF_MISSING_SECRET":
      return sendProblem(reply, 403, translate(locale, "problem.csrf"), undefined, "csrf");
  }
  if (error.statusCode === 429)
    return sendProblem(reply, 429, translate(locale, "problem.rateLimited"));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(reply, error.statusCode, error.message);
  }
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, 500, translate(locale, "problem.internal"));
}
