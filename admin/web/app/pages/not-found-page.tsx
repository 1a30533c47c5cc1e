import { Link } from 'react-router-dom';
import { Page } from '../components/page.tsx';
import { defineTexts, useTexts } from '../shell/texts.ts';

const TEXTS = defineTexts({
  en: { title: 'Page not found', body: 'There is no page at this address.', home: 'Go to the start page' },
  nl: { title: 'Pagina niet gevonden', body: 'Op dit adres staat geen pagina.', home: 'Naar de startpagina' },
});

/** Any path under /app/ that no route matches. */
export function NotFoundPage() {
  const t = useTexts(TEXTS);
  return (
    <Page title={t.title}>
      <p>{t.body}</p>
      <p><Link to="/">{t.home}</Link></p>
    </Page>
  );
}
