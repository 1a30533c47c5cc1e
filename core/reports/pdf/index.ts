/**
 * The half-yearly report (issue 13, Deliver 5): a PDF per municipality and
 * period, in Dutch and in English, with charts and a short plain-language
 * summary, made by a scheduled job on 1 January and 1 July (the half-year
 * that just ended) and on demand for any whole-month period; kept in
 * report_documents and downloadable. Every figure is a published one
 * (core/reports disclosure): the PDF shows what the dashboard shows.
 */
export {
  REPORT_TIME_ZONE, dayDate, dayString, halfYearOf, isHalfYear, localDay, monthKeys, monthsIn, periodBefore, previousHalfYear, type ReportPeriod,
} from './half-years.ts';
export { isShown, largestFirst, type PublishedCount, type ReportContent, type ReportRow } from './report-content.ts';
export { REPORT_LANGUAGES, REPORT_TEXTS, isReportLanguage, reportFormat, type ReportLanguage } from './report-texts.ts';
export { reportSummary } from './report-summary.ts';
export { renderReportPdf, reportTitle } from './report-pdf.ts';
export { type ReportDocumentFile, type ReportDocumentInfo, type ReportDocumentKind } from './report-document-repository.ts';
export {
  ReportDocumentService, type HalfYearRun, type ReportContentSource, type ReportDocumentServiceOptions, type ReportMunicipality,
} from './report-document-service.ts';
export { ServiceReportContent } from './report-content-source.ts';
export { REPORT_PATTERN, REPORT_SCHEDULER_ID, ReportScheduler, type ReportJob, type ReportSchedulerOptions } from './report-scheduler.ts';
