import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const DEMO_PASSWORD = "e2e-demo-losenord";

/** Starts `aktiva serve` as a user would, on a fresh data directory, and waits until it answers. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "aktiva-e2e-"));
  const port = 3900 + (process.pid % 90);
  const server: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "cli/aktiva.ts", "serve"],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        AKTIVA_DEMO_PASSWORD: DEMO_PASSWORD,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  try {
    for (;;) {
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error("server did not start within 90 s");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
