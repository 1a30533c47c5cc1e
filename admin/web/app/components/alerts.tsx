import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError, NetworkError } from '../shell/api-client.ts';
import { defineTexts, useTexts } from '../shell/texts.ts';

const TEXTS = defineTexts({
  en: {
    forbidden: 'You may look at this, but not change it. Ask an administrator of this organization if you need to.',
    notFound: 'This does not exist, or you have no access to it.',
    conflict: 'Someone else changed this in the meantime.',
    invalid: 'Please check what you entered:',
    tooMany: 'Too many requests. Please wait a moment and try again.',
    network: 'The server cannot be reached. Check the connection and try again.',
    unexpected: 'Something went wrong on the server. Please try again later.',
    loading: 'Loading…',
  },
  nl: {
    forbidden: 'U mag dit bekijken, maar niet wijzigen. Vraag zo nodig een beheerder van deze organisatie.',
    notFound: 'Dit bestaat niet, of u hebt er geen toegang toe.',
    conflict: 'Iemand anders heeft dit intussen gewijzigd.',
    invalid: 'Controleer wat u hebt ingevuld:',
    tooMany: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    network: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    unexpected: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    loading: 'Bezig met laden…',
  },
});

/** The sentence staff read for an error of the API client, by status (the server's message added for 400 and 409). */
export function useErrorText(): (error: unknown) => string {
  const t = useTexts(TEXTS);
  return (error) => {
    if (error instanceof NetworkError) return t.network;
    if (!(error instanceof ApiError)) return t.unexpected;
    switch (error.status) {
      case 400: return `${t.invalid} ${error.message}`;
      case 403: return t.forbidden;
      case 404: return t.notFound;
      case 409: return `${t.conflict} ${error.message}`;
      case 422: return `${t.invalid} ${error.message}`;
      case 429: return t.tooMany;
      default: return error.status >= 500 ? t.unexpected : error.message;
    }
  };
}

/**
 * An error shown to staff (role="alert": read out when it appears); nothing
 * when `error` is undefined. `focus`: also move keyboard focus to it (for
 * the error of something the user just did, e.g. a failed save).
 */
export function ErrorAlert({ error, focus = false, children }: { error: unknown; focus?: boolean; children?: ReactNode }) {
  const text = useErrorText();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && error !== undefined && error !== null) box.current?.focus();
  }, [error, focus]);
  if (error === undefined || error === null) return null;
  return (
    <div ref={box} className="app-alert app-alert-error" role="alert" tabIndex={-1}>
      <p>{text(error)}</p>
      {children}
    </div>
  );
}

/** A success or progress message (role="status": read out without moving focus). */
export function Notice({ children }: { children?: ReactNode }) {
  return <div className="app-notice" role="status">{children ? <p>{children}</p> : null}</div>;
}

/** "Loading…" while a page's data comes. */
export function Loading() {
  const t = useTexts(TEXTS);
  return <p className="app-muted" role="status">{t.loading}</p>;
}
