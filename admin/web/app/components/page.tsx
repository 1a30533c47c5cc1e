import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A page's frame: sets the document title, renders the one `<h1>` and, when
 * the page was opened by a client-side navigation, moves focus to it (so a
 * screen reader hears the new page; on a full page load focus stays at the
 * top, where the skip link is), then the page's content.
 */
export function Page({ title, heading: headingContent, lead, actions, children }: {
  title: string;
  /** The `<h1>`'s content when it is more than `title` (e.g. part of it in another language); `title` stays the document title. */
  heading?: ReactNode;
  /** One sentence under the heading. */
  lead?: ReactNode;
  /** Buttons or links shown next to the heading. */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    document.title = `${title} – Migrant info bot`;
  }, [title]);
  useEffect(() => {
    // React Router's first location has the key "default": a full page load.
    if (key !== 'default') heading.current?.focus();
  }, [key]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>{headingContent ?? title}</h1>
          {lead ? <p className="page-lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

/** A titled part of a page (`<section>` named by its `<h2>`). */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
