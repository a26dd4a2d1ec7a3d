/**
 * A server for bench/http.ts to measure, run in its own process so the load generator does
 * not share its event loop: `bare` is Fastify answering "hello"; `aktiva` is the real app
 * with the demo organisation, on the embedded database or on DATABASE_URL.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { buildApp } from "../server/app.ts";
import { configFromEnv } from "../server/platform/config.ts";
import { openDatabase } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import { seedDemo } from "../server/platform/seed/demo.ts";

const kind = process.argv[2];
if (kind === "bare") {
  const app = Fastify();
  app.get("/hello", async () => ({ hello: "world" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));
} else {
  process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "aktiva-bench-"));
  const config = { ...configFromEnv(), webDir: undefined, logLevel: "silent" };
  const handle = await openDatabase(config);
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, process.env.AKTIVA_DEMO_PASSWORD);
  const app = await buildApp({ db: handle.db, config });
  await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));
}
