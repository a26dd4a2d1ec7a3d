import type { RouteObject } from "react-router";
import { page } from "../app/lazyPage.ts";

/**
 * Training events below /o/:organisationId/utbildningar: the list, the editor (new and edit),
 * one event's page for the organiser and the check-in list for the day.
 */
export const eventRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./EventList.tsx"),
      (m) => m.EventList,
    ),
  },
  {
    path: "ny",
    lazy: page(
      () => import("./EventEditor.tsx"),
      (m) => m.NewEvent,
    ),
  },
  {
    path: ":eventId",
    lazy: page(
      () => import("./EventPage.tsx"),
      (m) => m.EventPage,
    ),
  },
  {
    path: ":eventId/redigera",
    lazy: page(
      () => import("./EventEditor.tsx"),
      (m) => m.EditEvent,
    ),
  },
  {
    path: ":eventId/narvaro",
    lazy: page(
      () => import("./CheckIn.tsx"),
      (m) => m.CheckIn,
    ),
  },
];
