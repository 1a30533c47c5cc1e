import { useState } from 'react';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { formatDate, formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import type { ReportFilters } from './report-filters.ts';
import { languageName } from './report-labels.ts';
import { reportPaths, type ReportDocument } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';

/**
 * The kept PDFs of the organization (half-year reports made on 1 January and
 * 1 July, and those made on request), each downloadable, and a button that
 * makes one for the period the dashboard shows (in Dutch and English).
 */
export function ReportDocuments({ slug, filters }: { slug: string; filters: ReportFilters }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const documents = useApiGet<{ documents: ReportDocument[] }>(reportPaths.documents(slug));
  const [made, setMade] = useState(false);
  const make = useAction(async () => {
    setMade(false);
    await api.post<{ documents: ReportDocument[] }>(reportPaths.documents(slug), { from: filters.from, to: filters.to });
    await documents.reload();
    setMade(true);
  });
  const period = (d: ReportDocument) => `${formatDate(d.period.from, language)} – ${formatDate(d.period.to, language)}`;
  return (
    <Section title={t.documents} id="report-documents">
      <p>{t.documentsLead}</p>
      <ErrorAlert error={documents.error} />
      {documents.loading && !documents.data ? <Loading /> : null}
      {documents.data && documents.data.documents.length === 0 ? <p>{t.noDocuments}</p> : null}
      {documents.data && documents.data.documents.length > 0 ? (
        <div className="app-table-wrap">
          <table className="app-table report-table" id="report-documents-table">
            <caption className="visually-hidden">{t.documents}</caption>
            <thead>
              <tr>
                <th scope="col">{t.documentPeriod}</th><th scope="col">{t.documentLanguage}</th><th scope="col">{t.documentKind}</th>
                <th scope="col">{t.documentMade}</th><th scope="col">{t.documentDownload}</th>
              </tr>
            </thead>
            <tbody>
              {documents.data.documents.map((d) => (
                <tr key={d.id} data-document={d.id}>
                  <th scope="row">{period(d)}</th>
                  <td>{languageName(d.language, language)}</td>
                  <td>{t.documentKinds[d.kind] ?? d.kind}</td>
                  <td>{formatDateTime(d.createdAt, language)}</td>
                  <td>
                    <a href={d.url} download={d.fileName}>{t.documentLink(period(d), languageName(d.language, language))}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="app-actions">
        <button type="button" className="staff-button" disabled={make.busy} onClick={() => void make.run()}>
          {make.busy ? t.makingDocument : t.makeDocument}
        </button>
      </div>
      <ErrorAlert error={make.error} focus />
      {make.busy ? <Notice>{t.makingDocument}</Notice> : null}
      {made && !make.busy ? <Notice>{t.madeDocument}</Notice> : null}
    </Section>
  );
}
