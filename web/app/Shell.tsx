import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Link,
  NavLink,
  Outlet,
  useLocation,
  useMatch,
  useNavigate,
  useNavigation,
} from "react-router";
import { Button, TextLink } from "../ui/Button.tsx";
import { MenuButton } from "../ui/Menu.tsx";
import { requestHeadingFocus } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { sectionHref } from "./navigation.ts";
import { OrganisationProvider, useCurrentOrganisation, visibleSections } from "./organisation.tsx";
import { useSession } from "./session.tsx";
import type { Locale } from "./types.ts";

/** The page frame: skip link, header, organisation navigation, main, footer. */
export function Shell() {
  const location = useLocation();
  const match = useMatch("/o/:organisationId/*");
  const organisationId = match?.params.organisationId;

  // After a route change, move focus to the new page's h1 (not on the first load).
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    requestHeadingFocus();
  }, [location.pathname]);

  return (
    <OrganisationProvider organisationId={organisationId}>
      <div className="shell">
        <SkipLink />
        <PageProgress />
        <Header organisationId={organisationId} />
        {organisationId ? <OrganisationNavigation organisationId={organisationId} /> : null}
        <main id="main" className="shell__main" tabIndex={-1}>
          <div className="container">
            <Outlet />
          </div>
        </main>
        <Footer />
      </div>
    </OrganisationProvider>
  );
}

/**
 * While the router fetches the next page's code: after a moment (fast loads show nothing),
 * a bar at the top and a polite "Loading the page …" for screen readers. The current page
 * stays usable meanwhile.
 */
function PageProgress() {
  const { t } = useTranslation();
  const busy = useNavigation().state !== "idle";
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      return;
    }
    const timer = window.setTimeout(() => setSlow(true), 400);
    return () => window.clearTimeout(timer);
  }, [busy]);
  return (
    <>
      {slow ? <div className="page-progress" aria-hidden="true" /> : null}
      <div role="status" className="visually-hidden">
        {slow ? t("common.loadingPage") : ""}
      </div>
    </>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("shell.skipLink")}
    </a>
  );
}

function Header({ organisationId }: { organisationId: string | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="brand" to="/">
          <span className="brand__name">{t("app.name")}</span>
          <span className="brand__tagline">{t("app.tagline")}</span>
        </Link>
        <div className="site-header__tools">
          {session.user && session.organisations.length > 0 ? (
            <OrganisationSwitcher organisationId={organisationId} />
          ) : null}
          <LanguageSwitch />
          {session.user ? (
            <UserMenu />
          ) : location.pathname === "/logga-in" ? null : (
            <TextLink href="/logga-in" className="site-header__link">
              {t("shell.signIn")}
            </TextLink>
          )}
        </div>
      </div>
    </header>
  );
}

function OrganisationSwitcher({ organisationId }: { organisationId: string | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const options = session.organisations.map((o) => ({ id: o.id, label: o.name }));
  return (
    <Select
      className="org-switcher"
      label={t("shell.organisationSwitcher")}
      hideLabel
      placeholder={t("shell.chooseOrganisation")}
      options={options}
      value={organisationId && options.some((o) => o.id === organisationId) ? organisationId : null}
      onChange={(id) => {
        if (id !== organisationId) navigate(`/o/${id}`);
      }}
    />
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const other: Locale = i18n.language === "en" ? "sv" : "en";
  return (
    <Button variant="quiet" className="language-switch" onPress={() => void changeLanguage(other)}>
      <span lang={other}>{t(`language.switchTo.${other}`)}</span>
    </Button>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const user = session.user;
  if (!user) return null;
  return (
    <MenuButton
      variant="quiet"
      className="user-menu"
      aria-label={t("shell.userMenu", { name: user.name })}
      items={[
        { id: "profile", label: t("nav.profile"), href: "/profil" },
        { id: "new-organisation", label: t("nav.newOrganisation"), href: "/ny-organisation" },
        { id: "separator", separator: true },
        {
          id: "sign-out",
          label: t("shell.signOut"),
          // Signing out leaves the pages for signed-in users, which then lead to sign-in.
          onAction: () => void signOut(),
        },
      ]}
    >
      <span className="user-menu__name">{user.name}</span>
    </MenuButton>
  );
}

function OrganisationNavigation({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const resource = useCurrentOrganisation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu after navigating
  useEffect(() => setOpen(false), [location.pathname]);

  const organisation = resource?.data;
  if (!organisation) return null;
  const sections = visibleSections(organisation);
  return (
    <nav className="org-nav" aria-label={t("nav.label", { organisation: organisation.name })}>
      <div className="container org-nav__inner">
        <button
          type="button"
          className="button button--secondary org-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          {t("nav.menu")}
          <span aria-hidden="true" className="button__chevron">
            {open ? "▲" : "▼"}
          </span>
        </button>
        <ul id={listId} className="org-nav__list" data-open={open || undefined}>
          {sections.map((section) => (
            <li key={section.path}>
              <NavLink
                className="org-nav__link"
                to={sectionHref(organisationId, section.path)}
                end={section.path === ""}
              >
                {t(section.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t("shell.footerText")}</p>
        <ul className="site-footer__links">
          <li>
            <TextLink href="/tillganglighet">{t("nav.accessibility")}</TextLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
