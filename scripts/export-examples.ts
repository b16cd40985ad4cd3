/**
 * Regenerates the checked-in export examples (docs/examples/full-story.*.html)
 * from docs/examples/full-story.json. Run it only after a deliberate change to
 * the export format, then read the diff and update docs/export-format.md:
 *
 *   npx tsx scripts/export-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportInputSchema, exportForms } from '../src/shared/export/export-input';
import { exportStory } from '../src/shared/export/export-story';

const examples = join(import.meta.dirname, '..', 'docs', 'examples');
const input = exportInputSchema.parse(JSON.parse(readFileSync(join(examples, 'full-story.json'), 'utf8')));

for (const form of exportForms) {
  const { html, warnings } = exportStory(input, { form });
  if (warnings.length > 0) throw new Error(`The example should export without warnings; got ${JSON.stringify(warnings)}`);
  const file = join(examples, `full-story.${form}.html`);
  writeFileSync(file, html);
  console.log(`wrote ${file}`);
}
