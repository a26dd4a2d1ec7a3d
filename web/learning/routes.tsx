import type { RouteObject } from "react-router";
import { page } from "../app/lazyPage.ts";

/**
 * The learning rooms below /o/:organisationId/larande: the office of doors, a room with its
 * sessions, the session itself (on a shared screen or alone), its summary, and the follow-up
 * of who took which room.
 */
export const learningRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./Office.tsx"),
      (m) => m.Office,
    ),
  },
  {
    path: "uppfoljning",
    lazy: page(
      () => import("./Evidence.tsx"),
      (m) => m.Evidence,
    ),
  },
  {
    path: "sessioner/:sessionId",
    lazy: page(
      () => import("./SessionPlayer.tsx"),
      (m) => m.SessionPlayer,
    ),
  },
  {
    path: "sessioner/:sessionId/sammanfattning",
    lazy: page(
      () => import("./SessionSummary.tsx"),
      (m) => m.SessionSummary,
    ),
  },
  {
    path: ":roomId",
    lazy: page(
      () => import("./RoomPage.tsx"),
      (m) => m.RoomPage,
    ),
  },
];
