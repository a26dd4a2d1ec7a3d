import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseOrganisationNumber } from "../core/platform/organisation-number.ts";
import { SECTORS, type Sector } from "../core/platform/roles.ts";
import { serve } from "../server/main.ts";
import { recordAudit } from "../server/platform/audit/audit.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../server/platform/auth/passwords.ts";
import { configFromEnv } from "../server/platform/config.ts";
import { openDatabase, openEmbedded } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import { seedDemo } from "../server/platform/seed/demo.ts";
import { formatPayAnalysis, payAnalysis } from "./pay-analysis.ts";

const HELP = `aktiva – aktiva åtgärder mot diskriminering

Användning: aktiva <kommando> [flaggor]

  serve                  Startar servern (migrerar, skapar demo vid första start)
  migrate                Kör databasmigreringar
  seed-demo              Skapar demo-organisationen Exempelkommunen om den saknas
  create-admin           Skapar en organisation och dess första administratör
      --email E --name N --organisation O --org-number NNNNNN-NNNN --sector S
      (lösenord från AKTIVA_ADMIN_PASSWORD, annars skapas ett och skrivs ut)
  backup [--out FIL]     Säkerhetskopierar den inbäddade databasen till en fil
  restore --from FIL [--force]
                         Återställer den inbäddade databasen från en säkerhetskopia
  pay-analysis FIL [--sheet BLAD] [--map fält=kolumn …] [--female V] [--male V] [--model "…"] [--json]
                         Lönekartläggningens beräkningar på en CSV-fil: löneskillnader,
                         kvartiler, EU-indikatorer och regression (fält: sex, pay,
                         variable, base, category)

Miljövariabler: PORT, DATA_DIR, DATABASE_URL, AKTIVA_SECRET, PUBLIC_URL, SMTP_URL, MAIL_FROM.
Med PostgreSQL (DATABASE_URL) görs säkerhetskopior med pg_dump/pg_restore, se README.
`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The embedded database must not be opened by two processes at once. */
function assertServerStopped(dataDir: string) {
  const pidFile = join(dataDir, "server.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
    fail(`Servern kör (process ${pid}) mot ${dataDir}. Stoppa den först.`);
  } catch {
    // A pid file left by a server that no longer runs.
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const config = configFromEnv();
  switch (command) {
    case "serve":
      await serve(config);
      return;
    case "migrate": {
      if (!config.databaseUrl) assertServerStopped(config.dataDir);
      const handle = await openDatabase(config);
      const applied = await migrateToLatest(handle.db);
      console.log(
        applied.length ? `Migrerade: ${applied.join(", ")}` : "Databasen är redan aktuell.",
      );
      await handle.close();
      return;
    }
    case "seed-demo": {
      if (!config.databaseUrl) assertServerStopped(config.dataDir);
      const handle = await openDatabase(config);
      await migrateToLatest(handle.db);
      const result = await seedDemo(handle.db, process.env.AKTIVA_DEMO_PASSWORD);
      console.log(
        result.created ? "Demo-organisationen är skapad." : "Demo-organisationen finns redan.",
      );
      if (result.generatedPassword)
        console.log(`Lösenord för demokontona: ${result.generatedPassword}`);
      await handle.close();
      return;
    }
    case "create-admin":
      return createAdmin(rest, config);
    case "backup":
      return backup(rest, config);
    case "restore":
      return restore(rest, config);
    case "pay-analysis":
      return payAnalysisCommand(rest);
    default:
      console.log(HELP);
      if (command && command !== "help" && command !== "--help") process.exit(1);
  }
}

async function createAdmin(args: string[], config: ReturnType<typeof configFromEnv>) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      organisation: { type: "string" },
      "org-number": { type: "string" },
      sector: { type: "string" },
    },
  });
  const { email, name, organisation } = values;
  if (!email || !name || !organisation || !values["org-number"] || !values.sector) fail(HELP);
  const orgNumber = parseOrganisationNumber(values["org-number"]);
  if (!orgNumber.ok) fail(`Ogiltigt organisationsnummer (${orgNumber.problem}).`);
  if (!SECTORS.includes(values.sector as Sector))
    fail(`Sektor ska vara en av: ${SECTORS.join(", ")}.`);
  const password =
    process.env.AKTIVA_ADMIN_PASSWORD ??
    (await import("node:crypto")).randomBytes(12).toString("base64url");
  if (password.length < MIN_PASSWORD_LENGTH)
    fail(`Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`);
  if (!config.databaseUrl) assertServerStopped(config.dataDir);
  const handle = await openDatabase(config);
  await migrateToLatest(handle.db);
  const passwordHash = await hashPassword(password);
  try {
    await handle.db.transaction().execute(async (trx) => {
      const org = await trx
        .insertInto("organisations")
        .values({ name: organisation, org_number: orgNumber.value, sector: values.sector! })
        .returning(["id", "name", "org_number as orgNumber", "sector"])
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto("users")
        .values({ email: email.toLowerCase(), name, password_hash: passwordHash })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("memberships")
        .values({ organisation_id: org.id, user_id: user.id, role: "admin" })
        .execute();
      await recordAudit(trx, {
        organisationId: org.id,
        actorUserId: null,
        action: "create",
        entityType: "organisation",
        entityId: org.id,
        after: org,
      });
    });
  } catch (error) {
    await handle.close();
    fail(
      `Kunde inte skapa: ${(error as Error).message} (finns e-postadressen eller organisationsnumret redan?)`,
    );
  }
  console.log(`Skapade ${organisation} med administratören ${email}.`);
  if (!process.env.AKTIVA_ADMIN_PASSWORD) console.log(`Lösenord: ${password}`);
  await handle.close();
}

async function backup(args: string[], config: ReturnType<typeof configFromEnv>) {
  if (config.databaseUrl)
    fail(
      'Med PostgreSQL: använd pg_dump, till exempel  pg_dump -Fc "$DATABASE_URL" > aktiva.dump  (se README).',
    );
  const { values } = parseArgs({ args, options: { out: { type: "string" } } });
  assertServerStopped(config.dataDir);
  const out =
    values.out ??
    `aktiva-backup-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.tar.gz`;
  const handle = await openEmbedded(join(config.dataDir, "pglite"));
  const dump = await handle.pglite!.dumpDataDir("gzip");
  writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  console.log(`Säkerhetskopian är sparad i ${out} (${Math.round(dump.size / 1024)} kB).`);
}

async function restore(args: string[], config: ReturnType<typeof configFromEnv>) {
  if (config.databaseUrl)
    fail(
      'Med PostgreSQL: använd pg_restore, till exempel  pg_restore --clean -d "$DATABASE_URL" aktiva.dump  (se README).',
    );
  const { values } = parseArgs({
    args,
    options: { from: { type: "string" }, force: { type: "boolean" } },
  });
  if (!values.from || !existsSync(values.from)) fail("Ange en säkerhetskopia med --from FIL.");
  assertServerStopped(config.dataDir);
  const target = join(config.dataDir, "pglite");
  if (existsSync(target)) {
    if (!values.force)
      fail(
        `Det finns redan en databas i ${target}. Lägg till --force för att ersätta den (den gamla sparas bredvid).`,
      );
    renameSync(target, `${target}.before-restore-${Date.now()}`);
  }
  const blob = new Blob([readFileSync(values.from)]);
  const handle = await openEmbedded(target, blob);
  await migrateToLatest(handle.db);
  await handle.close();
  console.log(`Databasen är återställd från ${values.from}.`);
}

async function payAnalysisCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: "string" },
      map: { type: "string", multiple: true },
      female: { type: "string" },
      male: { type: "string" },
      model: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) fail("Ange en CSV- eller Excel-fil: aktiva pay-analysis FIL.");
  const map: Record<string, string> = {};
  for (const pair of values.map ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) fail(`--map ska vara fält=kolumn, till exempel --map pay=lon (fick ${pair}).`);
    map[pair.slice(0, at)] = pair.slice(at + 1);
  }
  try {
    const result = await payAnalysis({
      file,
      ...(values.sheet ? { sheet: values.sheet } : {}),
      map,
      female: values.female,
      male: values.male,
      model: values.model,
    });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatPayAnalysis(result));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

await main();
