import { defineTexts, useTexts } from '../../shell/texts.ts';
import type { DiffPart, TileDiff } from './studio-api.ts';
import { languageName } from './studio-texts.ts';

const TEXTS = defineTexts({
  en: {
    added: 'added:', removed: 'removed:', theme: 'Theme', sensitive: 'Sensitive subject', links: 'Links', unchangedFields: 'Theme, sensitive flag and links are the same.',
    title: 'Title', body: 'Text', examples: 'Example questions',
    change: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' } as Record<string, string>,
    yes: 'yes', no: 'no', none: '—',
  },
  nl: {
    added: 'toegevoegd:', removed: 'verwijderd:', theme: 'Thema', sensitive: 'Gevoelig onderwerp', links: 'Links', unchangedFields: 'Thema, gevoeligheid en links zijn gelijk.',
    title: 'Titel', body: 'Tekst', examples: 'Voorbeeldvragen',
    change: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd', unchanged: 'ongewijzigd' } as Record<string, string>,
    yes: 'ja', no: 'nee', none: '—',
  },
});

/** Parts of a diff as text with `<ins>`/`<del>` (each also named in words for screen readers). */
function Parts({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  const t = useTexts(TEXTS);
  return (
    <p className="diff-text" lang={lang}>
      {parts.map((part, i) => {
        if (part.op === 'added') return <ins key={i}><span className="visually-hidden">{t.added} </span>{part.value}</ins>;
        if (part.op === 'removed') return <del key={i}><span className="visually-hidden">{t.removed} </span>{part.value}</del>;
        return <span key={i}>{part.value}</span>;
      })}
    </p>
  );
}

/** A diff of two versions of a tile (from the API): the shared fields, then each language's title, text and examples. */
export function TileDiffView({ diff }: { diff: TileDiff }) {
  const t = useTexts(TEXTS);
  const { theme, sensitive, links } = diff.fields;
  const flag = (v: boolean | null) => (v === null ? t.none : v ? t.yes : t.no);
  const linksChanged = links.some((p) => p.op !== 'same');
  return (
    <div className="tile-diff" id="tile-diff">
      {!theme.changed && !sensitive.changed && !linksChanged ? <p>{t.unchangedFields}</p> : (
        <dl>
          {theme.changed ? <><dt>{t.theme}</dt><dd><del>{theme.from ?? t.none}</del> → <ins>{theme.to ?? t.none}</ins></dd></> : null}
          {sensitive.changed ? <><dt>{t.sensitive}</dt><dd><del>{flag(sensitive.from)}</del> → <ins>{flag(sensitive.to)}</ins></dd></> : null}
          {linksChanged ? <><dt>{t.links}</dt><dd><Parts parts={links} /></dd></> : null}
        </dl>
      )}
      {diff.languages.map((l) => (
        <section key={l.language} className="diff-language" aria-labelledby={`diff-${l.language}`}>
          <h3 id={`diff-${l.language}`}><span lang={l.language}>{languageName(l.language)}</span> ({t.change[l.change] ?? l.change})</h3>
          {l.change === 'unchanged' ? null : (
            <>
              <h4>{t.title}</h4><Parts parts={l.title} lang={l.language} />
              <h4>{t.body}</h4><Parts parts={l.body} lang={l.language} />
              <h4>{t.examples}</h4><Parts parts={l.examples} lang={l.language} />
            </>
          )}
        </section>
      ))}
    </div>
  );
}
