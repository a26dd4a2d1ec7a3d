import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CAPABILITY_TAGS } from "../../app.ts";
import { startTestApp, type TestApp, TestClient } from "../../test/harness.ts";

let t: TestApp;
beforeAll(async () => {
  const webDir = mkdtempSync(join(tmpdir(), "aktiva-web-"));
  writeFileSync(
    join(webDir, "index.html"),
    '<!doctype html><html lang="sv"><title>Aktiva</title></html>',
  );
  t = await startTestApp({ webDir });
});
afterAll(() => t.close());

it("answers health with the database checked", async () => {
  const response = await new TestClient(t.app).get("/api/health");
  expect(response.json).toEqual({ status: "ok", database: "ok" });
});

it("publishes an OpenAPI document where every operation has an operationId and one capability tag", async () => {
  const doc = (await new TestClient(t.app).get("/api/openapi.json")).json;
  expect(doc.openapi).toMatch(/^3\./);
  const operations = Object.entries(
    doc.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>,
  ).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ at: `${method} ${path}`, ...op })),
  );
  expect(operations.length).toBeGreaterThan(20);
  for (const op of operations) {
    expect(op.operationId, op.at).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.tags, op.at).toHaveLength(1);
    expect(CAPABILITY_TAGS, op.at).toContain(op.tags![0]);
  }
  const ids = operations.map((op) => op.operationId);
  expect(new Set(ids).size).toBe(ids.length);
});

it("sends security headers: CSP without inline scripts, no framing; HSTS only over https", async () => {
  const response = await new TestClient(t.app).get("/");
  const csp = String(response.headers["content-security-policy"]);
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["strict-transport-security"]).toBeUndefined();

  const https = await startTestApp({ publicUrl: "https://aktiva.example.se" });
  try {
    const secure = await new TestClient(https.app).get("/api/health");
    expect(secure.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  } finally {
    await https.close();
  }
});

it("serves the web app for every page address, and problems for unknown API addresses", async () => {
  const client = new TestClient(t.app);
  const page = await client.get("/o/123/medlemmar");
  expect(page.status).toBe(200);
  expect(page.body).toContain("<title>Aktiva</title>");
  const api = await client.get("/api/finns-inte");
  expect(api.status).toBe(404);
  expect(api.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(api.json.detail).toBe(
    "Det du letar efter finns inte, eller så har du inte behörighet att se det.",
  );
});

it("answers malformed JSON with a clear problem", async () => {
  const client = new TestClient(t.app);
  const response = await client.request("POST", "/api/auth/sign-in", "{inte json", {
    "content-type": "application/json",
  });
  expect(response.status).toBe(400);
  expect(response.json.detail).toBe("Förfrågan kunde inte läsas (ogiltig JSON).");
});
