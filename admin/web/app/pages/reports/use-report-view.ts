import { useApiGet } from '../../shell/use-api.ts';

/**
 * A view's answer (core/reports ReportsService `ReportEnvelope`): the
 * organization, the snapped period and its predecessor, k, and the figures:
 * `data` for a municipality, the national figures or a layer, or
 * `municipalities` for a region (each municipality protected on its own).
 */
export interface ReportEnvelope<V> {
  organization: { slug: string; name: string; kind: string };
  view: string;
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  k: number;
  data?: V;
  municipalities?: Array<{ slug: string; name: string; data: V }>;
}

/** What a section gets: the figures of the organization (or of the chosen municipality of a region), and the envelope. */
export interface ReportViewState<V> {
  data: V | undefined;
  envelope: ReportEnvelope<V> | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * GETs a view and picks its figures: the organization's own, or, for a
 * region, those of `municipality` (a slug; the first municipality when it is
 * not one of the region's).
 */
export function useReportView<V>(path: string, municipality?: string): ReportViewState<V> {
  const answer = useApiGet<ReportEnvelope<V>>(path);
  const envelope = answer.data;
  let data: V | undefined;
  if (envelope?.data !== undefined) data = envelope.data;
  else if (envelope?.municipalities) {
    data = (envelope.municipalities.find((m) => m.slug === municipality) ?? envelope.municipalities[0])?.data;
  }
  return { data, envelope, error: answer.error, loading: answer.loading };
}
