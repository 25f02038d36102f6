import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayBoundaries } from "~/coverage/boundaries.server";
import { can } from "~/accounts/permissions";
import { CSRF_FIELD } from "~/platform/form-fields";
import { Form, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useLocation, useRouteLoaderData } from "@remix-run/react";
import leafletCss from "leaflet/dist/leaflet.css?url";
import { useEffect, useRef, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { boundaryCredit } from "~/components/map/boundary-credit";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { i18nFor, langFromSearch, localHref } from "~/i18n";
import { siteSettings } from "~/platform/settings.server";
import { getCurrentUser } from "~/accounts/sessions.server";
import { publicOrigin } from "~/platform/public-url.server";
import styles from "~/styles.css?url";
import { useNonce } from "~/platform/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: leafletCss },
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Cohesion Map Wales · Map Cydlyniant Cymru" }];

export const loader = ({ request }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const user = getCurrentUser(ctx, request);
    return {
      lang: ctx.lang,
      ...siteSettings(ctx.db),
      boundaryCredit: (({ id, name, attribution, licence }) => ({ id, name, attribution, licence }))(displayBoundaries(ctx.db).info),
      user: user ? { email: user.email, role: user.role, csrf: user.csrfToken, mayModerate: can(user, "review-submissions") } : null,
      // From PUBLIC_URL, never the Host header (see public-url.server.ts).
      publicOrigin: publicOrigin(request),
    };
  });

export type RootData = ReturnType<typeof useRootData>;

/** The root loader's data (undefined on an error page whose root loader failed). */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

/**
 * A page's canonical URL and its hreflang alternates (English, Welsh, and English as the default)
 * on the public origin. Only the language is kept from the query: a filtered view's canonical page
 * is the page itself.
 *
 * @example
 * alternateLinks("https://cohesionmap.wales", "/funding", "?lang=cy&theme=hate-crime").canonical
 * // "https://cohesionmap.wales/funding?lang=cy"
 */
export function alternateLinks(origin: string, pathname: string, search: string) {
  const en = `${origin}${pathname}`; // Concatenated, not resolved: "//evil.example/x" stays a path here.
  const cy = `${en}?lang=cy`;
  return {
    canonical: langFromSearch(search) === "cy" ? cy : en,
    alternates: [
      { hrefLang: "en", href: en },
      { hrefLang: "cy", href: cy },
      { hrefLang: "x-default", href: en },
    ],
  };
}

function CanonicalLinks({ origin }: { origin: string }) {
  const location = useLocation();
  const { canonical, alternates } = alternateLinks(origin, location.pathname, location.search);
  return (
    <>
      <link rel="canonical" href={canonical} />
      {alternates.map((a) => (
        <link key={a.hrefLang} rel="alternate" hrefLang={a.hrefLang} href={a.href} />
      ))}
    </>
  );
}

function LanguageSwitch() {
  const { lang, t } = useLang();
  const location = useLocation();
  const other = lang === "cy" ? "en" : "cy";
  return (
    <a className="lang-switch" href={localHref(other, location.pathname + location.search)} hrefLang={other} lang={other}>
      {t("site.switchTo")}
    </a>
  );
}

function AccountNav() {
  const { t, href } = useLang();
  const data = useRootData();
  const user = data?.user;
  // The way in for a group: an account first (kept on the way), then the listing form.
  const listing = "/account/listings/new/organisation";
  if (!user) {
    return (
      <div className="account-nav">
        <Link to={href("/sign-up", { redirectTo: listing })} className="list-link">
          {t("nav.listOrganisation")}
        </Link>
        <NavLink to={href("/sign-in")} className="account-link">
          {t("nav.signIn")}
        </NavLink>
      </div>
    );
  }
  return (
    <div className="account-nav">
      <NavLink to={href(listing)} className="list-link">
        {t("nav.listOrganisation")}
      </NavLink>
      <NavLink to={href("/account")} end>
        {t("nav.account")}
      </NavLink>
      {user.mayModerate ? <NavLink to={href("/moderation")}>{t("nav.moderation")}</NavLink> : null}
      <Form method="post" action={href("/sign-out")} className="inline-form">
        <input type="hidden" name={CSRF_FIELD} value={user.csrf} />
        <button type="submit" className="link-button">
          {t("auth.signOut")}
        </button>
      </Form>
    </div>
  );
}

function Header() {
  const { t, href } = useLang();
  const nav = [
    { to: "/", label: t("nav.map"), end: true },
    { to: "/gaps", label: t("nav.gaps") },
    { to: "/funding", label: t("nav.funding") },
    { to: "/organisations", label: t("nav.organisations") },
    { to: "/funders", label: t("nav.funders") },
    { to: "/practice", label: t("nav.practice") },
    { to: "/briefing", label: t("briefing.nav") },
    { to: "/about", label: t("nav.about") },
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("site.skip")}
      </a>
      <div className="brand">
        <Link to={href("/")} className="site-name">
          {t("site.name")}
        </Link>
        <span className="tagline">{t("site.tagline")}</span>
      </div>
      {/* On a phone the links fold into a menu that opens without JavaScript; on wider screens the
          menu's contents show in the header row (styles.css, "Header"). */}
      <details className="site-menu">
        <summary>{t("site.menu")}</summary>
        <div className="site-menu-panel">
          <nav aria-label={t("site.navLabel")}>
            <ul>
              {nav.map((n) => (
                <li key={n.to}>
                  <NavLink to={href(n.to)} end={n.end}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <AccountNav />
          </div>
        </div>
      </details>
      <LanguageSwitch />
    </header>
  );
}

function Footer() {
  const { t, href } = useLang();
  const root = useRootData();
  return (
    <footer className="site-footer">
      <p>{t("site.footerData", root ? (({ name, licence }) => ({ boundaries: name.text, licence: licence.text }))(boundaryCredit(t, root.boundaryCredit)) : { boundaries: "ONS", licence: "Open Government Licence v3.0" })}</p>
      <p>
        <Link to={href("/about")}>{t("site.footerAbout")}</Link>
      </p>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const lang = langFromSearch(location.search) ?? "en";
  const data = useRootData();
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data?.publicOrigin ? <CanonicalLinks origin={data.publicOrigin} /> : null}
      </head>
      <body>
        <I18nextProvider i18n={i18nFor(lang)}>
          <Header />
          {data?.synthetic ? <SyntheticBanner /> : null}
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SyntheticBanner() {
  const { t } = useLang();
  return <p className="synthetic-banner">{t("site.syntheticBanner")}</p>;
}

export default function App() {
  useFocusOnNewPage();
  useOpenDetailsForPrint();
  return <Outlet />;
}

/**
 * Printing opens every closed <details> (sources, quotes, method notes), so a printed page carries
 * the sources of its facts written out; they close again afterwards.
 */
function useOpenDetailsForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
      for (const d of opened) d.open = true;
    };
    const close = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    const print = window.matchMedia("print");
    const change = (e: MediaQueryListEvent) => (e.matches ? open() : close());
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", close);
    print.addEventListener("change", change);
    // Printing may have begun before the page hydrated (no event then): open them now.
    if (print.matches) open();
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", close);
      print.removeEventListener("change", change);
    };
  }, []);
}

/**
 * After a client-side navigation to another page (a new path, not a filter or a month step on the
 * same page), focus moves to the new page's main heading, as a full page load would start a screen
 * reader at the top; a link to an anchor (#…) keeps the browser's own behaviour.
 */
function useFocusOnNewPage() {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    const heading = document.querySelector<HTMLElement>("main h1") ?? document.getElementById("main");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }, [pathname, hash]);
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
