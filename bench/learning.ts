/**
 * npm run bench:learning — the learning rooms under the load of many groups at once, on the
 * embedded database (or DATABASE_URL): SCRIBES concurrent group sessions whose scribes each
 * save SAVES notes (the autosave of the player, one request per pause in typing), then the
 * reads a reload makes (the session with its notes, the office). Prints latencies; the
 * numbers go in the closing note, not in a test.
 */
import { signIn, startTarget } from "./common.ts";

const SCRIBES = Number(process.env.BENCH_SCRIBES ?? 16);
const SAVES = Number(process.env.BENCH_SAVES ?? 40);
const READS = Number(process.env.BENCH_READS ?? 200);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const row = (name: string, times: number[], errors = 0) =>
  `| ${name} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${errors} |`;

const target = await startTarget("aktiva", { DATABASE_URL: process.env.DATABASE_URL ?? "" });
try {
  const base = `http://127.0.0.1:${target.port}`;
  const { cookie, csrf, organisationId } = await signIn(target.port, "hr@exempelkommunen.se");
  const api = `${base}/api/organisations/${organisationId}/learning`;
  const call = async (method: string, url: string, body?: unknown) => {
    const started = performance.now();
    const response = await fetch(url, {
      method,
      headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = response.headers.get("content-type")?.includes("json")
      ? await response.json()
      : null;
    return { ms: performance.now() - started, ok: response.ok, json };
  };

  const room = (await call("GET", `${api}/rooms/arbetsforhallanden`)).json as {
    steps: { id: string; questions: { id: string }[] }[];
  };
  const items = room.steps.flatMap((s) => s.questions.map((q) => [s.id, q.id] as const));
  const sessions = await Promise.all(
    Array.from({ length: SCRIBES }, async (_, i) => {
      const created = await call("POST", `${api}/sessions`, {
        roomId: "arbetsforhallanden",
        mode: "group",
        groupName: `Bänkgrupp ${i + 1}`,
        participantCount: 8,
      });
      return created.json.id as string;
    }),
  );

  const saves: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (sessionId) => {
      const versions = new Map<string, number>();
      for (let n = 0; n < SAVES; n++) {
        const [stepId, itemId] = items[n % items.length]!;
        const key = `${stepId}/${itemId}`;
        const result = await call("PUT", `${api}/sessions/${sessionId}/notes/${key}`, {
          text: `Anteckning ${n}: gruppen ser att schemat styr vem som får pauser.`,
          version: versions.get(key) ?? null,
        });
        if (!result.ok) errors++;
        else versions.set(key, result.json.version);
        saves.push(result.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const views: number[] = [];
  for (let n = 0; n < READS; n++)
    views.push((await call("GET", `${api}/sessions/${sessions[0]}`)).ms);
  const office: number[] = [];
  for (let n = 0; n < READS; n++) office.push((await call("GET", `${api}/rooms`)).ms);

  console.log(
    `\n${SCRIBES} scribes × ${SAVES} saves, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, Node ${process.version}`,
  );
  console.log(
    `${saves.length} note saves in ${seconds.toFixed(1)} s = ${Math.round(saves.length / seconds)} saves/s\n`,
  );
  console.log("| request | n | p50 ms | p95 ms | max ms | errors |");
  console.log("|---|---|---|---|---|---|");
  console.log(row("PUT note (autosave), concurrent", saves, errors));
  console.log(row(`GET session with ${items.length} notes (a reload)`, views));
  console.log(row("GET office (7 rooms with progress)", office));
} finally {
  target.child.kill();
}
