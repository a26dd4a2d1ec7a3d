import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * The command line as an operator uses it, on the embedded database in a fresh data
 * directory: start, stop with SIGTERM, back up, start again with the data kept, restore.
 */
const dataDir = mkdtempSync(join(tmpdir(), "aktiva-cli-"));
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: "",
  AKTIVA_DEMO_PASSWORD: "",
  HOST: "127.0.0.1",
  LOG_LEVEL: "warn",
};
// Servers still running when a step fails are stopped too, so a failure leaves nothing behind.
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function aktiva(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "cli/aktiva.ts", ...args], {
    env,
    encoding: "utf8",
  });
}

/** The organisation created after the backup, to see the restore take it away. */
const createLaterOrganisation = () =>
  aktiva(
    "create-admin",
    ...["--email", "ny@exempel.se", "--name", "Ny Admin", "--organisation", "Senare AB"],
    ...["--org-number", "556036-0793", "--sector", "private"],
  );

async function serve(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "cli/aktiva.ts", "serve"],
    {
      env: { ...env, PORT: String(port) },
    },
  );
  started.push(child);
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
        return { child, output: () => output };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill("SIGTERM");
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function organisationNames(port: number, password: string) {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/csrf-token`);
  const { token } = (await csrf.json()) as { token: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie },
    body: JSON.stringify({ email: "admin@exempelkommunen.se", password }),
  });
  const body = (await response.json()) as { organisations: { name: string }[] };
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${JSON.stringify(body)}`);
  return body.organisations.map((o) => o.name);
}

it("serves, stops cleanly on SIGTERM, keeps data across restarts, and backs up and restores", async () => {
  const port = 4100 + (process.pid % 400);
  const first = await serve(port);
  const password = /med lösenordet: (\S+)/.exec(first.output())?.[1];
  expect(password, "the generated demo password is printed on the first start").toBeDefined();
  expect(await organisationNames(port, password!)).toEqual([
    "Exempelbolaget AB",
    "Exempelkommunen",
  ]);
  expect(existsSync(join(dataDir, "server.pid"))).toBe(true);

  const refused = aktiva("backup");
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain("Servern kör");

  expect(await stop(first.child)).toBe(0);
  expect(existsSync(join(dataDir, "server.pid"))).toBe(false);

  const backupFile = join(dataDir, "kopia.tar.gz");
  const backup = aktiva("backup", "--out", backupFile);
  expect(backup.stdout).toContain("Säkerhetskopian är sparad");
  expect(existsSync(backupFile)).toBe(true);

  const created = createLaterOrganisation();
  expect(created.stdout).toContain("Skapade Senare AB");
  const badNumber = aktiva(
    "create-admin",
    "--email",
    "x@exempel.se",
    "--name",
    "X",
    "--organisation",
    "Fel AB",
    "--org-number",
    "556036-0794",
    "--sector",
    "private",
  );
  expect(badNumber.status).toBe(1);
  expect(badNumber.stderr).toContain("Ogiltigt organisationsnummer");

  const again = await serve(port);
  expect(again.output()).not.toContain("med lösenordet");
  expect(await organisationNames(port, password!)).toEqual([
    "Exempelbolaget AB",
    "Exempelkommunen",
  ]);
  expect(await stop(again.child)).toBe(0);

  expect(aktiva("restore", "--from", backupFile).stderr).toContain("--force");
  expect(aktiva("restore", "--from", backupFile, "--force").stdout).toContain(
    "Databasen är återställd",
  );
  expect(aktiva("migrate").stdout).toContain("Databasen är redan aktuell.");
  // The organisation created after the backup is gone, so its number is free again.
  expect(createLaterOrganisation().stdout).toContain("Skapade Senare AB");
  const restored = await serve(port);
  expect(await organisationNames(port, password!)).toEqual([
    "Exempelbolaget AB",
    "Exempelkommunen",
  ]);
  expect(aktiva("migrate").stderr).toContain("Servern kör");
  expect(await stop(restored.child)).toBe(0);
  // Two server starts with the demo seeded, a backup and a restore: minutes on a loaded CI machine.
}, 300_000);
