import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../components/alerts.tsx';
import { ROUTES, type NavArea } from '../routes.tsx';
import { api } from './api-client.ts';
import { useSession } from './session.tsx';
import { defineTexts, pick, UI_LANGUAGE_NAMES, UI_LANGUAGES, useTexts, isUiLanguage } from './texts.ts';

const TEXTS = defineTexts({
  en: {
    skip: 'Skip to main content',
    product: 'Migrant info bot',
    navigation: 'Main navigation',
    menu: 'Menu',
    home: 'Home',
    inbox: 'Inbox',
    areas: { studio: 'Studio', reports: 'Reports', organization: 'Organization' } as Record<NavArea, string>,
    language: 'Language',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
  },
  nl: {
    skip: 'Naar de inhoud',
    product: 'Migrant info bot',
    navigation: 'Hoofdmenu',
    menu: 'Menu',
    home: 'Start',
    inbox: 'Postvak',
    areas: { studio: 'Studio', reports: 'Rapporten', organization: 'Organisatie' } as Record<NavArea, string>,
    language: 'Taal',
    signOut: 'Afmelden',
    signedInAs: 'Aangemeld als',
  },
});

const AREAS: readonly NavArea[] = ['studio', 'reports', 'organization'];

/** Signs out, then goes to the sign-in page (also when the session had already ended). */
async function signOut(): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } catch {
    // Already signed out: the sign-in page checks again.
  }
  window.location.assign('/login');
}

/**
 * The frame around every page: a skip link, the header (product name,
 * navigation, language switch, who is signed in, sign out) and `<main>`.
 * On narrow screens the navigation folds behind a Menu button.
 */
export function AppShell() {
  const t = useTexts(TEXTS);
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const isOutreach = session.hasRole('outreach_worker');
  const entries = ROUTES.filter((r) => r.nav && (!r.nav.when || r.nav.when(session)));

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t.skip}</a>
      <header className="app-header">
        <div className="app-header-bar">
          <NavLink to="/" end className="app-product">{t.product}</NavLink>
          <button
            type="button"
            className="app-menu-button staff-button staff-button-secondary"
            aria-expanded={menuOpen}
            aria-controls="app-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t.menu}
          </button>
          <div className="app-account">
            <span className="app-whoami">{t.signedInAs} <strong>{session.staff.name}</strong></span>
            <span className="app-language">
              <label htmlFor="app-language-select">{t.language}</label>
              <select
                id="app-language-select"
                value={session.language}
                onChange={(e) => { if (isUiLanguage(e.target.value)) session.setLanguage(e.target.value); }}
              >
                {UI_LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{UI_LANGUAGE_NAMES[l]}</option>)}
              </select>
            </span>
            <button type="button" className="staff-button staff-button-secondary" onClick={() => void signOut()}>{t.signOut}</button>
          </div>
        </div>
        <nav id="app-nav" className={menuOpen ? 'app-nav app-nav-open' : 'app-nav'} aria-label={t.navigation}>
          <ul className="app-nav-list">
            <li><NavLink to="/" end>{t.home}</NavLink></li>
            {isOutreach ? <li><a href="/inbox">{t.inbox}</a></li> : null}
          </ul>
          {AREAS.map((area) => {
            const inArea = entries.filter((r) => r.nav?.area === area);
            if (inArea.length === 0) return null;
            return (
              <div key={area} className="app-nav-area">
                <span className="app-nav-area-name" id={`nav-area-${area}`}>{t.areas[area]}</span>
                <ul className="app-nav-list" aria-labelledby={`nav-area-${area}`}>
                  {inArea.map((r) => (
                    <li key={r.path}><NavLink to={`/${r.path}`} end>{r.nav ? pick(r.nav.label, session.language) : r.path}</NavLink></li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
