/** The parts of structured-data-testing-tool 4.5 the tests use (the package ships no types). */
declare module 'structured-data-testing-tool' {
  export interface StructuredDataTest {
    test: string;
    type?: string;
    description?: string;
    value?: unknown;
    group?: string;
    error?: { type: string; message: string };
  }
  export interface StructuredDataPreset {
    name: string;
    description?: string;
  }
  export interface StructuredDataResponse {
    tests: StructuredDataTest[];
    passed: StructuredDataTest[];
    failed: StructuredDataTest[];
    warnings: StructuredDataTest[];
    optional: StructuredDataTest[];
    skipped: StructuredDataTest[];
    /** Schema types found, e.g. ['OpinionNewsArticle']. */
    schemas: string[];
    structuredData: { metatags: Record<string, unknown[]>; jsonld: Record<string, unknown[]>; microdata: Record<string, unknown[]>; rdfa: Record<string, unknown[]> };
  }
  /** Parses the HTML string it is given; only the URL entry points fetch. */
  export function structuredDataTestHtml(html: string, options?: { presets?: StructuredDataPreset[] }): Promise<StructuredDataResponse>;
}

declare module 'structured-data-testing-tool/presets' {
  import type { StructuredDataPreset } from 'structured-data-testing-tool';
  export const Google: StructuredDataPreset;
  export const SocialMedia: StructuredDataPreset;
}
