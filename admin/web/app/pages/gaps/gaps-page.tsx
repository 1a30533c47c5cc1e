import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts, useUiLanguage } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { OrganizationPicker } from '../organizations/organization-picker.tsx';
import { GapGroupCard, languageName } from './gap-group-card.tsx';
import { gapPaths, type GapActionAnswer, type GapList, type LayerTile } from './gaps-api.ts';
import { GAP_TEXTS } from './gaps-texts.ts';
import './gaps.css';

interface Done {
  answer: GapActionAnswer;
}

/**
 * `/app/studio/gaps[/:slug]`: the content-gap loop for a municipality's
 * editors (their municipality's questions) and the national editors
 * (national tiles' questions across municipalities): groups of similar
 * questions at least 3 different people asked, in their language, each
 * with "add as an example question to a tile", "draft a new tile" and
 * "dismiss". The API decides who sees what (maySeeContentGaps).
 */
export function GapsPage() {
  const t = useTexts(GAP_TEXTS);
  const ui = useUiLanguage();
  const session = useSession();
  const organizations = useMemo(() => {
    const seen = new Map<string, { slug: string; name: string }>();
    for (const m of session.staff.memberships) {
      if ((m.kind === 'municipality' || m.kind === 'national') && (m.role === 'editor' || m.role === 'admin')) seen.set(m.slug, { slug: m.slug, name: m.slug });
    }
    return [...seen.values()];
  }, [session.staff.memberships]);
  const slug = useParams().slug ?? organizations[0]?.slug;
  const [language, setLanguage] = useState('');
  const [done, setDone] = useState<Done>();
  const list = useApiGet<GapList>(slug ? gapPaths.list(slug, language || undefined) : null);
  const tiles = useApiGet<{ tiles: LayerTile[] }>(slug ? gapPaths.tiles(slug) : null);
  const themes = useApiGet<{ themes: Array<{ key: string; names: Record<string, string> }> }>(slug ? gapPaths.themes() : null);

  if (!slug) return <Page title={t.title}><p>{t.noOrganization}</p></Page>;
  const published = (tiles.data?.tiles ?? []).filter((tile) => tile.status === 'published');
  const themeOptions = (themes.data?.themes ?? []).map((th) => ({ key: th.key, name: th.names[ui] ?? th.names.en ?? th.key }));
  const languages = [...new Set((list.data?.groups ?? []).map((g) => g.language))].sort();

  async function finished(answer: GapActionAnswer) {
    setDone({ answer });
    await list.reload();
  }

  function message(answer: GapActionAnswer) {
    if (answer.status === 'dismissed') return t.dismissed;
    const tile = answer.tile?.key ?? '';
    if (answer.status === 'drafted') {
      return <>{t.drafted(tile)} <Link to={gapPaths.tilePage(answer.tile?.layer ?? slug as string, tile)}>{t.openDraft}</Link></>;
    }
    return answer.tile?.added === false ? t.alreadyThere(tile) : t.added(tile);
  }

  return (
    <Page title={t.title} lead={t.lead}>
      <OrganizationPicker options={organizations} value={slug} pageOf={gapPaths.page} />
      <Section title={t.filters} id="gap-filters">
        <SelectField
          label={t.language} value={language} onChange={(e) => setLanguage(e.target.value)}
          options={[{ value: '', label: t.allLanguages }, ...(language && !languages.includes(language) ? [language] : []).concat(languages).map((l) => ({ value: l, label: languageName(l, ui) }))]}
        />
      </Section>
      {done ? <Notice>{message(done.answer)}</Notice> : <Notice />}
      <ErrorAlert error={list.error ?? tiles.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <Section title={t.groups} id="gap-groups">
          <p>{t.summary(list.data.groups.length, list.data.hidden, list.data.minPeople)}</p>
          {list.data.groups.length === 0 ? <p>{t.none}</p> : null}
          {list.data.groups.map((group) => (
            <GapGroupCard
              key={`${group.id}:${group.count}`} slug={slug} group={group} tiles={published} themes={themeOptions}
              national={list.data?.scope === 'national'} onDone={(answer) => void finished(answer)}
            />
          ))}
        </Section>
      ) : null}
    </Page>
  );
}
