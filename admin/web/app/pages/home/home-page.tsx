import { Link } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDate, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type LayerSummary, type OverdueTile } from '../studio/studio-api.ts';

const TEXTS = defineTexts({
  en: {
    title: (name: string) => `Welcome, ${name}`,
    lead: 'What you can do here.',
    inboxTitle: 'Inbox',
    inboxBody: 'Answer people who asked for a person.',
    inboxLink: 'Open the inbox',
    layersTitle: 'Your layers',
    layersNone: 'You have no layers to edit or read.',
    access: { edit: 'you edit', read: 'read only' } as Record<string, string>,
    overdueTitle: 'Overdue reviews',
    overdueNone: 'Nothing is overdue. Well done.',
    overdueMore: (n: number) => `Show all ${n} overdue tiles`,
    reviewBy: 'review by',
    roles: 'Your roles',
    role: { editor: 'editor', outreach_worker: 'outreach worker', analyst: 'analyst', admin: 'administrator', translator: 'translator' } as Record<string, string>,
  },
  nl: {
    title: (name: string) => `Welkom, ${name}`,
    lead: 'Wat u hier kunt doen.',
    inboxTitle: 'Postvak',
    inboxBody: 'Beantwoord mensen die om een medewerker vroegen.',
    inboxLink: 'Open het postvak',
    layersTitle: 'Uw lagen',
    layersNone: 'U hebt geen lagen om te bewerken of te lezen.',
    access: { edit: 'u bewerkt', read: 'alleen lezen' } as Record<string, string>,
    overdueTitle: 'Te late controles',
    overdueNone: 'Er is niets te laat. Goed bezig.',
    overdueMore: (n: number) => `Alle ${n} te late tegels tonen`,
    reviewBy: 'controleren voor',
    roles: 'Uw rollen',
    role: { editor: 'redacteur', outreach_worker: 'outreachmedewerker', analyst: 'analist', admin: 'beheerder', translator: 'vertaler' } as Record<string, string>,
  },
});

const OVERDUE_SHOWN = 5;

function LayersList() {
  const t = useTexts(TEXTS);
  const layers = useApiGet<{ layers: LayerSummary[] }>(studioPaths.layers());
  if (layers.error) return <ErrorAlert error={layers.error} />;
  if (!layers.data) return <Loading />;
  if (layers.data.layers.length === 0) return <p>{t.layersNone}</p>;
  return (
    <ul className="app-link-list" id="home-layers">
      {layers.data.layers.map((l) => (
        <li key={l.slug}><Link to={studioPages.layer(l.slug)}>{l.name}</Link> <span className="app-muted">({t.access[l.access] ?? l.access})</span></li>
      ))}
    </ul>
  );
}

function OverdueList() {
  const t = useTexts(TEXTS);
  const { language } = useSession();
  const overdue = useApiGet<{ tiles: OverdueTile[] }>(studioPaths.overdue());
  if (overdue.error) return <ErrorAlert error={overdue.error} />;
  if (!overdue.data) return <Loading />;
  const tiles = overdue.data.tiles;
  if (tiles.length === 0) return <p>{t.overdueNone}</p>;
  return (
    <>
      <ul className="app-link-list" id="home-overdue">
        {tiles.slice(0, OVERDUE_SHOWN).map((tile) => (
          <li key={`${tile.layer.slug}/${tile.key}`}>
            <Link to={studioPages.tile(tile.layer.slug, tile.key)}>{tile.title}</Link>{' '}
            <span className="app-muted">({tile.layer.name}, {t.reviewBy} {formatDate(tile.reviewBy, language)})</span>
          </li>
        ))}
      </ul>
      {tiles.length > OVERDUE_SHOWN ? <p><Link to={studioPages.overdue()}>{t.overdueMore(tiles.length)}</Link></p> : null}
    </>
  );
}

/** Where staff land after signing in: what they can do, by role. */
export function HomePage() {
  const t = useTexts(TEXTS);
  const session = useSession();
  const isEditor = session.hasRole(['editor', 'admin']);
  const roles = [...new Set(session.staff.memberships.map((m) => `${t.role[m.role] ?? m.role} (${m.slug})`))];
  return (
    <Page title={t.title(session.staff.name)} lead={t.lead}>
      <div className="app-cards">
        {session.hasRole('outreach_worker') ? (
          <Section id="home-inbox" title={t.inboxTitle}>
            <p>{t.inboxBody}</p>
            <p><a className="staff-button" href="/inbox">{t.inboxLink}</a></p>
          </Section>
        ) : null}
        {isEditor ? <Section id="home-overdue-section" title={t.overdueTitle}><OverdueList /></Section> : null}
        <Section id="home-layers-section" title={t.layersTitle}><LayersList /></Section>
        <Section id="home-roles" title={t.roles}>
          <ul>{roles.map((r) => <li key={r}>{r}</li>)}</ul>
        </Section>
      </div>
    </Page>
  );
}
