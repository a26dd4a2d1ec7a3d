import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
} from "../../test/harness.ts";
import { queueEmail } from "./outbox.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("shows administrators their organisation's mail, with why sending failed", async () => {
  const org = (await createOrganisation(t.db, "Postkommunen")).id;
  const other = (await createOrganisation(t.db, "Grannkommunen")).id;
  await queueEmail(t.db, {
    organisationId: org,
    to: "a@test.example",
    subject: "Inbjudan",
    text: "Välkommen",
  });
  await queueEmail(t.db, {
    organisationId: other,
    to: "b@test.example",
    subject: "Hemlig",
    text: "…",
  });
  await queueEmail(t.db, {
    organisationId: null,
    to: "c@test.example",
    subject: "Återställ lösenord",
    text: "…",
  });
  await t.db
    .updateTable("outbox_emails")
    .set({ status: "failed", attempts: 8, last_error: "550 mailbox unavailable" })
    .where("to_address", "=", "a@test.example")
    .execute();

  const admin = await signedInClient(t.app, (await createMember(t.db, org, "admin")).email);
  const outbox = await admin.get(`/api/organisations/${org}/outbox`);
  expect(outbox.json).toEqual([
    expect.objectContaining({
      to: "a@test.example",
      subject: "Inbjudan",
      status: "failed",
      attempts: 8,
      lastError: "550 mailbox unavailable",
    }),
  ]);

  const hr = await signedInClient(t.app, (await createMember(t.db, org, "hr")).email);
  expect((await hr.get(`/api/organisations/${org}/outbox`)).status).toBe(403);
});
