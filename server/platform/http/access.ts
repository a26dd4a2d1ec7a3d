import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import { type Action, can, permissionsOf } from "../../../core/platform/policies.ts";
import type { Role } from "../../../core/platform/roles.ts";
import { resumeSession, type SessionMembership, type SessionUser } from "../auth/sessions.ts";
import type { Db } from "../db/database.ts";
import { forOrganisation, type TenantDb } from "../db/tenant.ts";
import { type Locale, localeFromAcceptLanguage } from "../i18n.ts";
import { forbidden, notFound, unauthenticated } from "./problem.ts";

/**
 * Who may call a route. Every /api route must declare one (the server refuses to start
 * otherwise), and the tenant-isolation test walks all routes by this declaration.
 * - public: anyone, signed in or not;
 * - user: any signed-in person;
 * - organisation: a member of `:organisationId` whose role grants `permission`.
 */
export type Access =
  | { scope: "public" }
  | { scope: "user" }
  | { scope: "organisation"; permission: Action };

export interface Membership {
  id: string;
  organisationId: string;
  role: Role;
  unitIds: string[];
  /** A union representative designated for the pay survey. */
  paySurveyAccess: boolean;
  permissions: Action[];
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    locale: Locale;
    user: SessionUser | null;
    sessionToken: string | null;
    membership: Membership | null;
    /** Queries limited to the organisation of the route; only on organisation routes. */
    tenant: TenantDb;
  }
}

export const SESSION_COOKIE = "aktiva_session";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessOptions {
  db: Db;
  sessionPolicy: { idleMinutes: number; maxHours: number };
  /** Every /api route as registered, for tests that must cover all of them. */
  registeredRoutes: RouteOptions[];
}

export const accessPlugin = fp<AccessOptions>(
  async (app: FastifyInstance, { db, sessionPolicy, registeredRoutes }) => {
    app.decorateRequest("locale", "sv");
    app.decorateRequest("user", null);
    app.decorateRequest("sessionToken", null);
    app.decorateRequest("membership", null);
    app.decorateRequest("tenant", undefined as unknown as TenantDb);

    app.addHook("onRoute", (route) => {
      if (!route.url.startsWith("/api")) return;
      if (!route.config?.access)
        throw new Error(`Route ${route.method} ${route.url} declares no access`);
      registeredRoutes.push(route);
    });

    app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
      request.locale = localeFromAcceptLanguage(request.headers["accept-language"]);
      const access = request.routeOptions.config.access;
      if (!access) return;

      const organisationId =
        access.scope === "organisation"
          ? (request.params as { organisationId?: string }).organisationId
          : undefined;
      const validOrganisation = organisationId !== undefined && UUID.test(organisationId);
      let membership: SessionMembership | null = null;
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        const unsigned = request.unsignCookie(cookie);
        if (unsigned.valid && unsigned.value) {
          const session = await resumeSession(
            db,
            unsigned.value,
            sessionPolicy,
            validOrganisation ? organisationId : undefined,
          );
          request.user = session?.user ?? null;
          request.sessionToken = session ? unsigned.value : null;
          membership = session?.membership ?? null;
        }
        if (!request.user) reply.clearCookie(SESSION_COOKIE, { path: "/" });
      }
      if (access.scope === "public") return;
      if (!request.user) throw unauthenticated();
      if (access.scope === "user") return;

      // Non-members learn nothing, not even whether the organisation exists.
      if (!validOrganisation || !membership) throw notFound();
      const role = membership.role as Role;
      const designations = { paySurveyAccess: membership.paySurveyAccess };
      if (!can(role, access.permission, designations)) throw forbidden();
      request.membership = {
        id: membership.id,
        organisationId,
        role,
        unitIds: membership.unitIds,
        paySurveyAccess: membership.paySurveyAccess,
        permissions: permissionsOf(role, designations),
      };
      request.tenant = forOrganisation(db, organisationId);
    });
  },
);
