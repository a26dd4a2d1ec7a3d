import type { ComponentType } from "react";
import { RouterProvider as AriaRouterProvider } from "react-aria-components";
import {
  createBrowserRouter,
  Navigate,
  Outlet,
  type RouteObject,
  useHref,
  useLocation,
  useNavigate,
} from "react-router";
import { cycleRoutes } from "../cycle/routes.tsx";
import { eventRoutes } from "../events/routes.tsx";
import { learningRoutes } from "../learning/routes.tsx";
import { payRoutes } from "../pay/routes.tsx";
import { Loading } from "../ui/Loading.tsx";
import { workbookRoutes } from "../workbooks/routes.tsx";
import { page } from "./lazyPage.ts";
import { type OrganisationSectionPath, organisationSections } from "./navigation.ts";
import { OrganisationGate, RequireSection } from "./organisation.tsx";
import { RouteError } from "./RouteError.tsx";
import { Shell } from "./Shell.tsx";
import { useSession } from "./session.tsx";

/** The page component of each organisation section in navigation.ts, loaded on demand. */
const sectionPages: Record<
  Exclude<OrganisationSectionPath, keyof typeof sectionChildren>,
  () => Promise<ComponentType>
> = {
  "": () => import("../platform/OrganisationHome.tsx").then((m) => m.OrganisationHome),
  medlemmar: () => import("../platform/Members.tsx").then((m) => m.Members),
  enheter: () => import("../platform/Units.tsx").then((m) => m.Units),
  installningar: () =>
    import("../platform/OrganisationSettings.tsx").then((m) => m.OrganisationSettings),
  handelselogg: () => import("../platform/AuditTrail.tsx").then((m) => m.AuditTrail),
  "utgaende-epost": () => import("../platform/Outbox.tsx").then((m) => m.Outbox),
  stod: () => import("../workbooks/SupportContacts.tsx").then((m) => m.SupportContacts),
};

const notFound = page(
  () => import("../platform/NotFound.tsx"),
  (m) => m.NotFound,
);

/** Lets react-aria links and menu items navigate with React Router. */
function Root() {
  const navigate = useNavigate();
  return (
    <AriaRouterProvider navigate={(to) => navigate(to)} useHref={useHref}>
      <Shell />
    </AriaRouterProvider>
  );
}

/** Pages for signed-in users; others go to sign-in and come back afterwards. */
function RequireUser() {
  const { session, signedOut } = useSession();
  const location = useLocation();
  if (!session.user) {
    const next = location.pathname + location.search;
    const search = next === "/" || signedOut ? "" : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/logga-in${search}`} replace />;
  }
  return <Outlet />;
}

/** Sections with pages of their own below them (a capability's routes). */
const sectionChildren = {
  "aktiva-atgarder": cycleRoutes,
  larande: learningRoutes,
  arbetsbocker: workbookRoutes,
  lonekartlaggning: payRoutes,
  utbildningar: eventRoutes,
} as const;

const organisationRoutes: RouteObject[] = organisationSections.map((section) => {
  if (section.path in sectionChildren) {
    return {
      path: section.path,
      element: (
        <RequireSection key={section.path} section={section}>
          <Outlet />
        </RequireSection>
      ),
      children: sectionChildren[section.path as keyof typeof sectionChildren],
    };
  }
  const path = section.path as keyof typeof sectionPages;
  const lazy = async () => {
    const Page = await sectionPages[path]();
    return {
      element: (
        <RequireSection key={section.path} section={section}>
          <Page />
        </RequireSection>
      ),
    };
  };
  return section.path === "" ? { index: true, lazy } : { path: section.path, lazy };
});

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    // While the first page's chunk loads (alongside the session, which shows the same).
    hydrateFallbackElement: (
      <main className="container">
        <Loading />
      </main>
    ),
    children: [
      {
        path: "logga-in",
        lazy: page(
          () => import("../platform/SignIn.tsx"),
          (m) => m.SignIn,
        ),
      },
      {
        path: "glomt-losenord",
        lazy: page(
          () => import("../platform/ForgotPassword.tsx"),
          (m) => m.ForgotPassword,
        ),
      },
      {
        path: "aterstall-losenord",
        lazy: page(
          () => import("../platform/ResetPassword.tsx"),
          (m) => m.ResetPassword,
        ),
      },
      {
        path: "inbjudan/:token",
        lazy: page(
          () => import("../platform/AcceptInvitation.tsx"),
          (m) => m.AcceptInvitation,
        ),
      },
      {
        path: "tillganglighet",
        lazy: page(
          () => import("../platform/AccessibilityStatement.tsx"),
          (m) => m.AccessibilityStatement,
        ),
      },
      {
        element: <RequireUser />,
        children: [
          {
            index: true,
            lazy: page(
              () => import("../platform/Start.tsx"),
              (m) => m.Start,
            ),
          },
          {
            path: "profil",
            lazy: page(
              () => import("../platform/Profile.tsx"),
              (m) => m.Profile,
            ),
          },
          {
            path: "ny-organisation",
            lazy: page(
              () => import("../platform/CreateOrganisation.tsx"),
              (m) => m.CreateOrganisation,
            ),
          },
          {
            path: "o/:organisationId",
            element: <OrganisationGate />,
            children: [...organisationRoutes, { path: "*", lazy: notFound }],
          },
        ],
      },
      { path: "*", lazy: notFound },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
