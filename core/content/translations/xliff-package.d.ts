/**
 * Types of the parts of locize's `xliff` package (no types of its own) that
 * core/content/translations/xliff.ts uses: XLIFF 2.0 to and from its JS form.
 */
declare module 'xliff/js2xliff' {
  export interface XliffUnitJs {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffGroupJs {
    groupUnits: Record<string, XliffUnitJs | XliffGroupJs>;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<string, Record<string, XliffUnitJs | XliffGroupJs>>;
  }
  export default function js2xliff(obj: XliffJs, opt?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  import type { XliffJs } from 'xliff/js2xliff';
  export default function xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffJs & { xliffVersion?: string }>;
}
