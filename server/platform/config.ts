import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database and the generated secret live. */
  dataDir: string;
  /** PostgreSQL connection string; unset means the embedded database. */
  databaseUrl: string | undefined;
  /** Signs cookies. From AKTIVA_SECRET, or generated once and kept in the data directory. */
  secret: string;
  /** The address people reach Aktiva at; used in links in e-mails. */
  publicUrl: string;
  /** SMTP connection URL (smtp://user:pass@host:587); unset keeps mail in the outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Sign-in, password-reset and invitation requests allowed per IP address and minute. */
  authRateLimitPerMinute: number;
  /** Registrations to public training events allowed per IP address and minute. */
  eventRegistrationsPerMinute: number;
  trustProxy: boolean;
  logLevel: string;
  /** How many days before a measure's due or follow-up date its responsible gets a reminder. */
  reminderDaysBefore: number;
  /** Where uploaded payroll files wait (at most an hour) until they are imported. */
  uploadDir: string;
  /** The largest payroll file accepted, in bytes (UPLOAD_MAX_MB, default 500). */
  maxUploadBytes: number;
  /** Where the built web app is; unset serves no static files (tests). */
  webDir: string | undefined;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number`);
  return value;
}

/** The secret from the environment, or one generated on first start and kept in the data directory. */
export function loadOrCreateSecret(dataDir: string): string {
  if (process.env.AKTIVA_SECRET) return process.env.AKTIVA_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function configFromEnv(): Config {
  const dataDir = resolve(process.env.DATA_DIR || "data");
  const port = intFromEnv("PORT", 3000);
  return {
    port,
    host: process.env.HOST ?? "0.0.0.0",
    dataDir,
    uploadDir: join(dataDir, "uploads"),
    maxUploadBytes: intFromEnv("UPLOAD_MAX_MB", 500) * 1024 * 1024,
    databaseUrl: process.env.DATABASE_URL || undefined,
    secret: loadOrCreateSecret(dataDir),
    publicUrl: (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    smtpUrl: process.env.SMTP_URL || undefined,
    mailFrom: process.env.MAIL_FROM ?? "Aktiva <noreply@aktiva.invalid>",
    sessionIdleMinutes: intFromEnv("SESSION_IDLE_MINUTES", 60),
    sessionMaxHours: intFromEnv("SESSION_MAX_HOURS", 12),
    authRateLimitPerMinute: intFromEnv("AUTH_RATE_LIMIT_PER_MINUTE", 30),
    eventRegistrationsPerMinute: intFromEnv("EVENT_REGISTRATIONS_PER_MINUTE", 10),
    trustProxy: process.env.TRUST_PROXY === "true",
    logLevel: process.env.LOG_LEVEL ?? "info",
    reminderDaysBefore: intFromEnv("REMINDER_DAYS_BEFORE", 14),
    webDir: resolve(process.env.WEB_DIR ?? "web/dist"),
  };
}
