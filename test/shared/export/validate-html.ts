import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ExportForm } from '../../../src/shared/export/export-input';

/**
 * html-validate's recommended preset, as docs/export-format.md states it:
 * long-title is off because the title is the headline (up to 90 characters
 * by house style) plus the site name.
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off' },
  }),
);

/** The article and body forms are fragments: validate them inside a minimal document. */
export function asDocument(html: string, form: ExportForm): string {
  if (form === 'page') return html;
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<title>Export</title>\n</head>\n<body>\n${html}</body>\n</html>\n`;
}

/** The validator's error messages for an export ('' when there are none). */
export async function validationErrors(html: string, form: ExportForm): Promise<string> {
  const report = await validator.validateString(asDocument(html, form), `export.${form}.html`);
  return report.results
    .flatMap((r) => r.messages)
    .filter((m) => m.severity === 2)
    .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    .join('\n');
}
