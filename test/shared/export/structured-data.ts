import { structuredDataTestHtml, type StructuredDataResponse } from 'structured-data-testing-tool';
import { Google, SocialMedia } from 'structured-data-testing-tool/presets';

export const presets = { Google, SocialMedia };
export type PresetName = keyof typeof presets;

/**
 * structured-data-testing-tool over an HTML string, as its CLI checks a
 * page: structuredDataTestHtml parses the string (only the URL entry points
 * fetch). The tool rejects when a test fails; the report is the same either way.
 */
export async function checkStructuredData(html: string, preset?: PresetName): Promise<StructuredDataResponse> {
  try {
    return await structuredDataTestHtml(html, preset === undefined ? {} : { presets: [presets[preset]] });
  } catch (error) {
    const report = (error as { res?: StructuredDataResponse }).res;
    if (report === undefined) throw error;
    return report;
  }
}

/** The tests of a report that failed or warned, by their test expression. */
export function findings(report: StructuredDataResponse): { failed: string[]; warnings: string[] } {
  return { failed: report.failed.map((t) => t.test), warnings: report.warnings.map((t) => t.test) };
}
