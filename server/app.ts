import { existsSync } from "node:fs";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { cycleRoutes } from "./cycle/routes.ts";
import { publicEventRoutes } from "./events/public-routes.ts";
import { eventRoutes } from "./events/routes.ts";
import { learningRoutes } from "./learning/routes.ts";
import { payRoutes } from "./pay/routes.ts";
import type { Config } from "./platform/config.ts";
import type { Db } from "./platform/db/database.ts";
import { accessPlugin } from "./platform/http/access.ts";
import { handleError, notFound } from "./platform/http/problem.ts";
import { platformRoutes } from "./platform/routes.ts";
import { workbookRoutes } from "./workbooks/routes.ts";

export interface AppContext {
  db: Db;
  config: Config;
}

declare module "fastify" {
  interface FastifyInstance {
    ctx: AppContext;
    /** Every /api route, as registered (see http/access.ts). */
    apiRoutes: RouteOptions[];
  }
}

/** The capability tags of the API; each route carries exactly one. */
export const CAPABILITY_TAGS = [
  "platform",
  "cycle",
  "learning",
  "workbooks",
  "pay",
  "events",
  "reports",
] as const;

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: options.logger
      ? {
          level: config.logLevel,
          redact: [
            "req.headers.cookie",
            "req.headers.authorization",
            "req.headers['x-csrf-token']",
          ],
        }
      : false,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    // Close idle keep-alive sockets at shutdown so SIGTERM ends promptly.
    forceCloseConnections: "idle",
  });
  app.decorate("ctx", ctx);
  const apiRoutes: RouteOptions[] = [];
  app.decorate("apiRoutes", apiRoutes);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  const https = config.publicUrl.startsWith("https://");
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        mediaSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    // HSTS only means something over https; on plain http it would only confuse.
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cookie, { secret: config.secret });
  await app.register(csrf, {
    cookieKey: "aktiva_csrf",
    cookieOpts: { path: "/", sameSite: "lax", httpOnly: true, signed: true, secure: https },
    getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Aktiva API",
        version: "1",
        description: "Active measures against discrimination (Diskrimineringslagen ch. 3).",
      },
      tags: CAPABILITY_TAGS.map((name) => ({ name })),
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(accessPlugin, {
    db: ctx.db,
    sessionPolicy: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
    registeredRoutes: apiRoutes,
  });

  // Every state-changing API request must carry the CSRF token (double submit, signed cookie).
  app.addHook("onRequest", (request, reply, done) => {
    if (request.url.startsWith("/api/") && !["GET", "HEAD", "OPTIONS"].includes(request.method)) {
      return app.csrfProtection(request, reply, done);
    }
    done();
  });

  await app.register(platformRoutes, { prefix: "/api" });
  await app.register(cycleRoutes, { prefix: "/api" });
  await app.register(learningRoutes, { prefix: "/api" });
  await app.register(workbookRoutes, { prefix: "/api" });
  await app.register(payRoutes, { prefix: "/api" });
  await app.register(eventRoutes, { prefix: "/api" });
  await app.register(publicEventRoutes);

  if (config.webDir && existsSync(config.webDir)) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: "index.html",
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The SPA answers every page address; unknown API addresses are problems.
    if (
      request.url.startsWith("/api/") ||
      !config.webDir ||
      !existsSync(config.webDir) ||
      request.method !== "GET"
    ) {
      throw notFound();
    }
    return reply.sendFile("index.html");
  });

  return app;
}
