import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { LibraryTilesTable } from './library-tiles-table.tsx';
import { SubscriptionForm } from './subscription-form.tsx';
import {
  subscriptionPages, subscriptionPaths, type AdditionListItem, type LibraryTile, type SubscriptionsAnswer, type Theme, type TileState,
} from './subscriptions-api.ts';
import { SUBSCRIPTION_TEXTS } from './subscriptions-texts.ts';
import './subscriptions.css';

const FILTERS: ReadonlyArray<TileState | ''> = ['', 'shown', 'waiting', 'hidden', 'out_of_scope', 'not_subscribed'];

/**
 * `/app/studio/subscriptions[/:slug]`: what a municipality shows of the
 * national and regional libraries. Its subscriptions (one form per library),
 * the tiles waiting for acceptance, the local additions to check after their
 * tile changed, and every library tile with its state. Without `:slug`, the
 * first municipality the staff member belongs to (a picker when several).
 */
export function SubscriptionsPage() {
  const t = useTexts(SUBSCRIPTION_TEXTS);
  const { staff } = useSession();
  const navigate = useNavigate();
  const municipalities = [...new Map(staff.memberships.filter((m) => m.kind === 'municipality').map((m) => [m.slug, m])).keys()];
  const slug = useParams().slug ?? municipalities[0];
  const [filter, setFilter] = useState<TileState | ''>('');

  const subscriptions = useApiGet<SubscriptionsAnswer>(slug ? subscriptionPaths.subscriptions(slug) : null);
  const tiles = useApiGet<{ tiles: LibraryTile[] }>(slug ? subscriptionPaths.tiles(slug) : null);
  const review = useApiGet<{ additions: AdditionListItem[] }>(slug ? subscriptionPaths.additions(slug, true) : null);
  const themes = useApiGet<{ themes: Theme[] }>(subscriptionPaths.themes());
  const reload = () => {
    void subscriptions.reload();
    void tiles.reload();
    void review.reload();
  };

  if (!slug) return <Page title={t.title}><p>{t.noMunicipality}</p></Page>;
  const editable = subscriptions.data?.access === 'edit';
  const waiting = tiles.data?.tiles.filter((tile) => tile.state === 'waiting') ?? [];
  const shownTiles = tiles.data?.tiles.filter((tile) => !filter || tile.state === filter) ?? [];
  return (
    <Page title={t.title} lead={t.lead}>
      {municipalities.length > 1 ? (
        <SelectField
          label={t.municipality} value={slug}
          onChange={(e) => navigate(subscriptionPages.municipality(e.target.value))}
          options={municipalities.map((m) => ({ value: m, label: m }))}
        />
      ) : null}
      <ErrorAlert error={subscriptions.error ?? tiles.error} />
      {subscriptions.loading && !subscriptions.data ? <Loading /> : null}
      {subscriptions.data && !editable ? <p className="app-hint">{t.readOnly}</p> : null}

      <Section title={t.waitingTitle} id="waiting">
        {tiles.data && waiting.length === 0 ? <p>{t.waitingNone}</p> : null}
        {waiting.length > 0 ? <LibraryTilesTable id="waiting-table" slug={slug} tiles={waiting} editable={editable} onChanged={reload} /> : null}
      </Section>

      <Section title={t.reviewTitle} id="review">
        <ErrorAlert error={review.error} />
        {review.data && review.data.additions.length === 0 ? <p>{t.reviewNone}</p> : null}
        {review.data && review.data.additions.length > 0 ? (
          <>
            <p>{t.reviewLead}</p>
            <ul id="review-list">
              {review.data.additions.map((a) => (
                <li key={`${a.library.slug}/${a.key}`}>
                  <Link to={subscriptionPages.addition(slug, a.library.slug, a.key)}>{a.title}</Link> ({a.library.slug})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {subscriptions.data?.libraries.map((view) => (
        <SubscriptionForm
          key={view.library.slug} slug={slug} view={view} themes={themes.data?.themes ?? []} editable={editable} onChanged={reload}
        />
      ))}

      <Section title={t.tilesTitle} id="library-tiles">
        <SelectField
          label={t.filter} value={filter} onChange={(e) => setFilter(e.target.value as TileState | '')}
          options={FILTERS.map((f) => ({ value: f, label: f ? t.state[f] : t.filterAll }))}
        />
        {tiles.loading && !tiles.data ? <Loading /> : null}
        {tiles.data ? <LibraryTilesTable id="library-tiles-table" slug={slug} tiles={shownTiles} editable={editable} onChanged={reload} /> : null}
      </Section>
    </Page>
  );
}
