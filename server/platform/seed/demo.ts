import { randomBytes } from "node:crypto";
import type { Role } from "../../../core/platform/roles.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Db } from "../db/database.ts";

/**
 * The demo organisation: a fictional municipality, "Exempelkommunen", with about 1 200
 * employees, its administrations as units and one demo account per role. No real people.
 * A second, small private employer lets the demo show switching between organisations.
 */
export const DEMO_DOMAIN = "exempelkommunen.se";
export const DEMO_ORG_NUMBER = "212000-0001";
export const DEMO_SECOND_ORG_NUMBER = "556000-0001";

export const DEMO_USERS: {
  local: string;
  name: string;
  role: Role;
  unionName?: string;
  units?: string[];
}[] = [
  { local: "admin", name: "Alva Administratör", role: "admin" },
  { local: "hr", name: "Hedvig HR-strateg", role: "hr" },
  {
    local: "chef",
    name: "Charlie Chef",
    role: "manager",
    units: ["Förskolan Solrosen", "Förskolan Blåklinten"],
  },
  { local: "fack", name: "Frans Facklig", role: "union_rep", unionName: "Kommunal" },
  { local: "skyddsombud", name: "Sam Skyddsombud", role: "safety_rep" },
  { local: "deltagare", name: "Dana Deltagare", role: "participant" },
];

const UNITS: [string, string[]][] = [
  [
    "Kommunledningsförvaltningen",
    ["HR-avdelningen", "Ekonomiavdelningen", "Kommunikationsenheten"],
  ],
  [
    "Barn- och utbildningsförvaltningen",
    ["Förskolan Solrosen", "Förskolan Blåklinten", "Exempelskolan F–9", "Gymnasiet"],
  ],
  ["Socialförvaltningen", ["Äldreomsorgen", "Hemtjänsten", "Individ- och familjeomsorgen"]],
  ["Samhällsbyggnadsförvaltningen", ["Gata och park", "Bygglov", "Räddningstjänsten"]],
];

export const demoEmail = (local: string) => `${local}@${DEMO_DOMAIN}`;

/** Creates the demo data unless it exists. Returns the password when it had to generate one. */
export async function seedDemo(
  db: Db,
  passwordFromEnv: string | undefined,
): Promise<{ created: boolean; generatedPassword?: string }> {
  const exists = await db
    .selectFrom("organisations")
    .select("id")
    .where("org_number", "=", DEMO_ORG_NUMBER)
    .executeTakeFirst();
  if (exists) return { created: false };
  // An empty AKTIVA_DEMO_PASSWORD counts as unset.
  const generated = passwordFromEnv ? undefined : randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(passwordFromEnv || generated!);
  const year = new Date().getFullYear();

  await db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto("organisations")
      .values({ name: "Exempelkommunen", org_number: DEMO_ORG_NUMBER, sector: "municipality" })
      .returning(["id", "name", "org_number as orgNumber", "sector"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      organisationId: org.id,
      actorUserId: null,
      action: "create",
      entityType: "organisation",
      entityId: org.id,
      after: org,
    });
    await trx
      .insertInto("organisation_headcounts")
      .values([
        { organisation_id: org.id, year: year - 1, headcount: 1184 },
        { organisation_id: org.id, year, headcount: 1212 },
      ])
      .execute();

    const unitIds = new Map<string, string>();
    for (const [parentName, children] of UNITS) {
      const parent = await trx
        .insertInto("units")
        .values({ organisation_id: org.id, name: parentName })
        .returning("id")
        .executeTakeFirstOrThrow();
      unitIds.set(parentName, parent.id);
      for (const name of children) {
        const child = await trx
          .insertInto("units")
          .values({ organisation_id: org.id, name, parent_id: parent.id })
          .returning("id")
          .executeTakeFirstOrThrow();
        unitIds.set(name, child.id);
      }
    }

    const second = await trx
      .insertInto("organisations")
      .values({ name: "Exempelbolaget AB", org_number: DEMO_SECOND_ORG_NUMBER, sector: "private" })
      .returning(["id", "name", "org_number as orgNumber", "sector"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      organisationId: second.id,
      actorUserId: null,
      action: "create",
      entityType: "organisation",
      entityId: second.id,
      after: second,
    });
    await trx
      .insertInto("organisation_headcounts")
      .values({ organisation_id: second.id, year, headcount: 18 })
      .execute();

    for (const demo of DEMO_USERS) {
      const user = await trx
        .insertInto("users")
        .values({ email: demoEmail(demo.local), name: demo.name, password_hash: passwordHash })
        .returning("id")
        .executeTakeFirstOrThrow();
      const membership = await trx
        .insertInto("memberships")
        .values({
          organisation_id: org.id,
          user_id: user.id,
          role: demo.role,
          union_name: demo.unionName ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const unit of demo.units ?? []) {
        await trx
          .insertInto("membership_units")
          .values({
            membership_id: membership.id,
            organisation_id: org.id,
            unit_id: unitIds.get(unit)!,
          })
          .execute();
      }
      if (demo.role === "admin") {
        await trx
          .insertInto("memberships")
          .values({ organisation_id: second.id, user_id: user.id, role: "admin" })
          .execute();
      }
    }
  });
  return { created: true, ...(generated ? { generatedPassword: generated } : {}) };
}
