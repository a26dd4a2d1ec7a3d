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
import { AcceptInvitation } from "../platform/AcceptInvitation.tsx";
import { AccessibilityStatement } from "../platform/AccessibilityStatement.tsx";
import { AuditTrail } from "../platform/AuditTrail.tsx";
import { CreateOrganisation } from "../platform/CreateOrganisation.tsx";
import { ForgotPassword } from "../platform/ForgotPassword.tsx";
import { Members } from "../platform/Members.tsx";
import { NotFound } from "../platform/NotFound.tsx";
import { OrganisationHome } from "../platform/OrganisationHome.tsx";
import { OrganisationSettings } from "../platform/OrganisationSettings.tsx";
import { Outbox } from "../platform/Outbox.tsx";
import { Profile } from "../platform/Profile.tsx";
import { ResetPassword } from "../platform/ResetPassword.tsx";
import { SignIn } from "../platform/SignIn.tsx";
import { Start } from "../platform/Start.tsx";
import { Units } from "../platform/Units.tsx";
import { type OrganisationSectionPath, organisationSections } from "./navigation.ts";
import { OrganisationGate, RequireSection } from "./organisation.tsx";
import { RouteError } from "./RouteError.tsx";
import { Shell } from "./Shell.tsx";
import { useSession } from "./session.tsx";

/** The page component of each organisation section in navigation.ts. */
const sectionPages: Record<OrganisationSectionPath, ComponentType> = {
  "": OrganisationHome,
  medlemmar: Members,
  enheter: Units,
  installningar: OrganisationSettings,
  handelselogg: AuditTrail,
  "utgaende-epost": Outbox,
};

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

const organisationRoutes: RouteObject[] = organisationSections.map((section) => {
  const Page = sectionPages[section.path];
  const element = (
    <RequireSection key={section.path} section={section}>
      <Page />
    </RequireSection>
  );
  return section.path === "" ? { index: true, element } : { path: section.path, element };
});

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: "logga-in", element: <SignIn /> },
      { path: "glomt-losenord", element: <ForgotPassword /> },
      { path: "aterstall-losenord", element: <ResetPassword /> },
      { path: "inbjudan/:token", element: <AcceptInvitation /> },
      { path: "tillganglighet", element: <AccessibilityStatement /> },
      {
        element: <RequireUser />,
        children: [
          { index: true, element: <Start /> },
          { path: "profil", element: <Profile /> },
          { path: "ny-organisation", element: <CreateOrganisation /> },
          {
            path: "o/:organisationId",
            element: <OrganisationGate />,
            children: [...organisationRoutes, { path: "*", element: <NotFound /> }],
          },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
