import { randomBytes } from "node:crypto";
import type { Role } from "../../../core/platform/roles.ts";
import { seedCycleDemo } from "../../cycle/seed-demo.ts";
import { swedishToday } from "../../cycle/years/service.ts";
import { seedEventsDemo } from "../../events/seed-demo.ts";
import { seedLearningDemo } from "../../learning/seed-demo.ts";
import { seedPayDemo } from "../../pay/seed-demo.ts";
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
  { local: "arrangor", name: "Ari Arrangör", role: "organiser" },
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
  // The demo's year and "today" both follow the Swedish calendar, also around New Year.
  const today = swedishToday();
  const year = Number(today.slice(0, 4));

  await db.transaction().execute(async (trx) => {
    // The demo is recorded in the audit trail like any other change, made by "Aktiva".
    const created = (
      organisationId: string,
      entityType: string,
      entityId: string,
      after: unknown,
    ) =>
      recordAudit(trx, {
        organisationId,
        actorUserId: null,
        action: "create",
        entityType,
        entityId,
        after,
      });

    const addOrganisation = async (
      name: string,
      orgNumber: string,
      sector: string,
      headcounts: [number, number][],
    ) => {
      const org = await trx
        .insertInto("organisations")
        .values({ name, org_number: orgNumber, sector })
        .returning(["id", "name", "org_number as orgNumber", "sector"])
        .executeTakeFirstOrThrow();
      await created(org.id, "organisation", org.id, org);
      for (const [y, headcount] of headcounts) {
        await trx
          .insertInto("organisation_headcounts")
          .values({ organisation_id: org.id, year: y, headcount })
          .execute();
        await created(org.id, "headcount", String(y), { year: y, headcount });
      }
      return org.id;
    };

    const orgId = await addOrganisation("Exempelkommunen", DEMO_ORG_NUMBER, "municipality", [
      [year - 1, 1184],
      [year, 1212],
    ]);
    const secondId = await addOrganisation("Exempelbolaget AB", DEMO_SECOND_ORG_NUMBER, "private", [
      [year, 18],
    ]);

    const unitIds = new Map<string, string>();
    const addUnit = async (name: string, parentId: string | null) => {
      const unit = await trx
        .insertInto("units")
        .values({ organisation_id: orgId, name, parent_id: parentId })
        .returning("id")
        .executeTakeFirstOrThrow();
      await created(orgId, "unit", unit.id, { id: unit.id, name, parentId });
      unitIds.set(name, unit.id);
      return unit.id;
    };
    for (const [parentName, children] of UNITS) {
      const parentId = await addUnit(parentName, null);
      for (const name of children) await addUnit(name, parentId);
    }

    const addMembership = async (
      organisationId: string,
      userId: string,
      email: string,
      role: Role,
      unionName: string | null,
      units: string[],
    ) => {
      const membership = await trx
        .insertInto("memberships")
        .values({ organisation_id: organisationId, user_id: userId, role, union_name: unionName })
        .returning("id")
        .executeTakeFirstOrThrow();
      const ids = units.map((unit) => unitIds.get(unit)!);
      for (const unitId of ids) {
        await trx
          .insertInto("membership_units")
          .values({
            membership_id: membership.id,
            organisation_id: organisationId,
            unit_id: unitId,
          })
          .execute();
      }
      await created(organisationId, "membership", membership.id, {
        userId,
        email,
        role,
        unionName,
        unitIds: ids,
      });
      return membership.id;
    };
    const members = new Map<Role, { membershipId: string; userId: string }>();
    for (const demo of DEMO_USERS) {
      const email = demoEmail(demo.local);
      const user = await trx
        .insertInto("users")
        .values({ email, name: demo.name, password_hash: passwordHash })
        .returning("id")
        .executeTakeFirstOrThrow();
      const membershipId = await addMembership(
        orgId,
        user.id,
        email,
        demo.role,
        demo.unionName ?? null,
        demo.units ?? [],
      );
      members.set(demo.role, { membershipId, userId: user.id });
      if (demo.role === "admin") await addMembership(secondId, user.id, email, "admin", null, []);
    }

    // A lived-in yearly cycle of active measures: last year documented, this year under way.
    const member = (role: Role) => members.get(role)!;
    await seedCycleDemo(trx, {
      organisationId: orgId,
      year,
      today,
      members: {
        admin: member("admin"),
        hr: member("hr"),
        manager: member("manager"),
        union_rep: member("union_rep"),
        safety_rep: member("safety_rep"),
      },
      unitIds,
    });
    // Groups have taken some of the learning rooms; one is paused half-way.
    await seedLearningDemo(trx, {
      organisationId: orgId,
      today,
      members: {
        hr: member("hr"),
        manager: member("manager"),
        union_rep: member("union_rep"),
        safety_rep: member("safety_rep"),
      },
      unitIds: [...unitIds.values()],
    });
    // Training events: one coming up, one fully booked, one held with attendance as evidence.
    await seedEventsDemo(trx, {
      organisationId: orgId,
      today,
      organiserUserId: member("organiser").userId,
    });
    // Two years of pay data for about 1 200 employees, with the jobs evaluated.
    await seedPayDemo(trx, {
      organisationId: orgId,
      year,
      hrUserId: member("hr").userId,
      unionRepMembershipId: member("union_rep").membershipId,
      unitIds,
    });
  });
  return { created: true, ...(generated ? { generatedPassword: generated } : {}) };
}
