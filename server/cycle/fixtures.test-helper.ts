import { ROLES, type Role } from "../../core/platform/roles.ts";
import {
  createMember,
  createOrganisation,
  signedInClient,
  type TestApp,
  type TestClient,
} from "../test/harness.ts";

/**
 * An organisation ready for cycle tests: two units (Skola, with Förskola under it, and Vård),
 * one signed-in member of every role, a manager who leads Skola, and 40 employees in `year`.
 */
export async function cycleOrganisation(t: TestApp, year = 2026) {
  const organisation = await createOrganisation(t.db, "Cykelkommunen");
  const organisationId = organisation.id;
  const unit = (name: string, parentId: string | null = null) =>
    t.db
      .insertInto("units")
      .values({ organisation_id: organisationId, name, parent_id: parentId })
      .returning("id")
      .executeTakeFirstOrThrow()
      .then((u) => u.id);
  const school = await unit("Skola");
  const preschool = await unit("Förskola", school);
  const care = await unit("Vård");
  await t.db
    .insertInto("organisation_headcounts")
    .values({ organisation_id: organisationId, year, headcount: 40 })
    .execute();
  const members = {} as Record<
    Role,
    { membershipId: string; email: string; name: string; client: TestClient }
  >;
  for (const role of ROLES) {
    const member = await createMember(t.db, organisationId, role, `Test ${role}`);
    members[role] = { ...member, client: await signedInClient(t.app, member.email) };
  }
  await t.db
    .insertInto("membership_units")
    .values({
      membership_id: members.manager.membershipId,
      organisation_id: organisationId,
      unit_id: school,
    })
    .execute();
  const api = `/api/organisations/${organisationId}`;
  return {
    organisationId,
    api,
    units: { school, preschool, care },
    members,
    hr: members.hr.client,
  };
}
