import { useEffect, useRef, useState } from 'react';
import { Notice } from '../../components/alerts.tsx';
import { formatDateTime, useTexts } from '../../shell/texts.ts';
import { useSession } from '../../shell/session.tsx';
import type { OneTimeLink } from '../organizations/organization-admin-api.ts';
import { STAFF_TEXTS } from './staff-texts.ts';

/**
 * A link just made (invitation or password reset), shown once: a read-only
 * field to select and a copy button. Focus moves to it so keyboard and
 * screen-reader users find it.
 */
export function OneTimeLinkBox({ link, name, made }: { link: OneTimeLink; name: string; made: string }) {
  const t = useTexts(STAFF_TEXTS);
  const { language } = useSession();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [link.url]);
  return (
    <section className="app-section staff-link" aria-labelledby="staff-link-heading">
      <h2 id="staff-link-heading" ref={heading} tabIndex={-1}>{t.linkTitle(name)}</h2>
      <Notice>{made}</Notice>
      <p id="staff-link-hint" className="app-hint">{t.linkHint(formatDateTime(link.expiresAt, language))}</p>
      <div className="app-field">
        <label htmlFor="staff-link-url">{t.linkLabel}</label>
        <input id="staff-link-url" readOnly value={link.url} aria-describedby="staff-link-hint" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="app-actions">
        <button
          type="button" className="staff-button staff-button-secondary"
          onClick={() => void navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => setCopied(false))}
        >
          {t.copy}
        </button>
        {copied ? <span role="status">{t.copied}</span> : null}
      </div>
    </section>
  );
}
