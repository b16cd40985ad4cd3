import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportForms, type ExportForm, type ExportInput } from '../../src/shared/export/export-input';
import { exportStory } from '../../src/shared/export/export-story';
import { fullStoryInput } from '../shared/export/export-fixtures';
import { escapeText } from '../../src/shared/export/html-escape';

/** The path of vnu.jar, as the vnu-jar package gives it (a String object). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

type NuMessage = { type: 'error' | 'info' | 'non-document-error'; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

const folder = mkdtempSync(join(tmpdir(), 'copydesk-vnu-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the W3C Nu checker (java -jar vnu.jar) over the files at once: one JVM start. */
function nuCheck(files: string[]): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.error !== undefined) throw new Error(`Could not run Java for vnu.jar (install a Java runtime, e.g. default-jre-headless): ${run.error.message}`);
  if (run.stdout.trim() === '') throw new Error(`vnu.jar printed no report (exit ${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
}

const line = (m: NuMessage) => `${m.url.split('/').at(-1)}:${m.lastLine ?? '?'} ${m.subType ?? m.type}: ${m.message}`;

/** The full story, plus the same story without a lead image and publish date but with the settings' pictures. */
function stories(): Record<string, ExportInput> {
  const full = fullStoryInput();
  return {
    full,
    bare: {
      ...full,
      leadImage: null,
      story: { ...full.story, publishDate: null, tags: [] },
      settings: { ...full.settings, socialImage: { sha256: 'd'.repeat(64), ext: 'jpg', width: 1200, height: 630, alt: 'Our masthead' } },
    },
  };
}

/**
 * The article and body forms are fragments: checked inside a minimal page,
 * as a CMS embeds them (for the body form, under the headline it prints).
 */
function inShell(html: string, form: ExportForm, input: ExportInput): string {
  if (form === 'page') return html;
  const title = escapeText(input.story.headline);
  const headline = form === 'body' ? `<h1>${title}</h1>\n` : '';
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main>\n${headline}${html}</main>\n</body>\n</html>\n`;
}

describe('the W3C Nu HTML checker (vnu.jar)', () => {
  let messages: NuMessage[] = [];
  beforeAll(() => {
    const files: string[] = [];
    for (const [name, input] of Object.entries(stories())) {
      for (const form of exportForms as readonly ExportForm[]) {
        const file = join(folder, `${name}.${form}.html`);
        writeFileSync(file, inShell(exportStory(input, { form }).html, form, input));
        files.push(file);
      }
    }
    messages = nuCheck(files);
  });

  it('finds no error in any export form', () => {
    expect(messages.filter((m) => m.type !== 'info').map(line)).toEqual([]);
  });

  it('has no warnings', () => {
    expect(messages.filter((m) => m.type === 'info').map(line)).toEqual([]);
  });
});
