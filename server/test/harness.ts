import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { luhnCheckDigit } from "../../core/platform/organisation-number.ts";
import type { Role } from "../../core/platform/roles.ts";
import { buildApp } from "../app.ts";
import { hashPassword } from "../platform/auth/passwords.ts";
import type { Config } from "../platform/config.ts";
import {
  type DatabaseHandle,
  type Db,
  openEmbedded,
  openPostgres,
} from "../platform/db/database.ts";

/** A fresh copy of the migrated template database for one test file. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const template = inject("template");
  if (template.kind === "embedded") {
    return openEmbedded(undefined, new Blob([readFileSync(template.file)]));
  }
  const database = `aktiva_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  await admin.query(`create database ${database} template ${template.database}`);
  await admin.end();
  const url = new URL(template.url);
  url.pathname = `/${database}`;
  const handle = await openPostgres(url.toString(), 5);
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: template.url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${database} with (force)`);
      await cleanup.end();
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    uploadDir: mkdtempSync(join(tmpdir(), "aktiva-uploads-")),
    maxUploadBytes: 50 * 1024 * 1024,
    databaseUrl: undefined,
    secret: "test-secret-that-is-long-enough-0123456789",
    publicUrl: "http://aktiva.test",
    smtpUrl: undefined,
    mailFrom: "Aktiva <noreply@aktiva.test>",
    sessionIdleMinutes: 60,
    sessionMaxHours: 12,
    // Tests sign in far more often than people; the limit itself is tested with a low value.
    authRateLimitPerMinute: 10_000,
    eventRegistrationsPerMinute: 10_000,
    trustProxy: false,
    logLevel: "silent",
    reminderDaysBefore: 14,
    webDir: undefined,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await openTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ db: handle.db, config });
  await app.ready();
  return {
    app,
    db: handle.db,
    config,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export const TEST_PASSWORD = "ratt-hast-batteri-häftstift";
let passwordHash: Promise<string> | undefined;

let orgCounter = 0;
/** A valid, unused organisationsnummer. */
export function nextOrgNumber(): string {
  orgCounter++;
  const nine = `559${String(process.pid % 100).padStart(2, "0")}${String(orgCounter).padStart(4, "0")}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

export async function createOrganisation(db: Db, name = "Testorganisationen") {
  return db
    .insertInto("organisations")
    .values({ name, org_number: nextOrgNumber(), sector: "municipality" })
    .returning(["id", "name"])
    .executeTakeFirstOrThrow();
}

export async function createUser(db: Db, name = "Test Person") {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${randomBytes(5).toString("hex")}@test.example`;
  return db
    .insertInto("users")
    .values({ email, name, password_hash: await passwordHash })
    .returning(["id", "email", "name"])
    .executeTakeFirstOrThrow();
}

export async function createMember(
  db: Db,
  organisationId: string,
  role: Role,
  name = `Test ${role}`,
) {
  const user = await createUser(db, name);
  const membership = await db
    .insertInto("memberships")
    .values({
      organisation_id: organisationId,
      user_id: user.id,
      role,
      union_name: role === "union_rep" ? "Testfacket" : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { ...user, membershipId: membership.id };
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  json: any;
}

/** A browser-like client: keeps cookies, fetches and sends the CSRF token. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    public locale = "sv",
  ) {}

  async request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    if (method !== "GET" && method !== "HEAD" && this.csrf === undefined) await this.refreshCsrf();
    const response = await this.app.inject({
      method,
      url,
      headers: {
        "accept-language": this.locale,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(method !== "GET" && this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = String(response.headers["content-type"] ?? "");
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body,
      json: type.includes("json") && response.body ? JSON.parse(response.body) : undefined,
    };
  }

  async refreshCsrf() {
    const response = await this.request("GET", "/api/csrf-token");
    this.csrf = response.json.token;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});
  patch = (url: string, body: unknown) => this.request("PATCH", url, body);
  put = (url: string, body: unknown) => this.request("PUT", url, body);
  delete = (url: string) => this.request("DELETE", url);

  async signIn(email: string, password = TEST_PASSWORD) {
    const response = await this.post("/api/auth/sign-in", { email, password });
    if (response.status !== 200)
      throw new Error(`sign-in failed: ${response.status} ${response.body}`);
    return response;
  }

  hasCookie(name: string) {
    return this.cookies.has(name);
  }
}

export async function signedInClient(app: FastifyInstance, email: string) {
  const client = new TestClient(app);
  await client.signIn(email);
  return client;
}
