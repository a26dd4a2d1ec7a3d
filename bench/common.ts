/** What the benchmarks share: a server in its own process, and a signed-in demo user. */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export const PASSWORD = "bench-losenord-2026";

/** Starts bench/target.ts (`bare` or `aktiva`) and waits for the port it listens on. */
export async function startTarget(
  kind: string,
  env: NodeJS.ProcessEnv,
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/target.ts", kind], {
    env: { ...process.env, ...env, AKTIVA_DEMO_PASSWORD: PASSWORD },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`${kind} target exited with ${code}`)));
  });
  return { port: JSON.parse(line).port, child };
}

/** Signs a demo user in; the cookie and CSRF token are enough for reads and writes. */
export async function signIn(
  port: number,
  email = "admin@exempelkommunen.se",
): Promise<{ cookie: string; csrf: string; organisationId: string }> {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/csrf-token`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { token } = (await csrf.json()) as { token: string };
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: jar.join("; ") },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const body = (await response.json()) as { organisations: { id: string; name: string }[] };
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  return {
    cookie: [...jar, ...session].join("; "),
    csrf: token,
    organisationId: body.organisations.find((o) => o.name === "Exempelkommunen")!.id,
  };
}
