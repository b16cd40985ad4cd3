import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportForm, ExportImage } from '../../shared/export/export-input';
import { exportStory } from '../../shared/export/export-story';
import type { ExportWarning } from '../../shared/export/export-warning';
import type { Settings } from '../../shared/settings/settings-schema';
import type { Story } from '../../shared/story/story-schema';
import { profilePaths } from '../profile/profile-dir';
import type { Store } from '../store/store';
import { writeFileAtomic } from './atomic-write';
import { buildExportInput } from './build-export-input';

export type FolderExportOptions = {
  store: Store;
  settings: Settings;
  profileDir: string;
  folder: string;
  form?: ExportForm;
  stylesheetHref?: string;
  /** The HTML file's name in the folder; by default exportFileName's. */
  fileName?: string;
  /** Shared across a batch, so an image used by many stories is checked once. */
  copiedImages?: Set<string>;
};

export type FolderExportResult = {
  storyId: string;
  slug: string;
  /** The HTML file written, as an absolute path. */
  file: string;
  warnings: ExportWarning[];
  /** Image files the story uses that are not in the profile's images folder (the HTML still refers to them). */
  missingImages: string[];
};

/** The file name for a story: its slug (or id when it has none), with the form for the partial ones. */
export function exportFileName(story: Pick<Story, 'id' | 'slug'>, form: ExportForm): string {
  const name = story.slug === '' ? story.id : story.slug;
  return form === 'page' ? `${name}.html` : `${name}.${form}.html`;
}

/**
 * Exports one story into a folder as the website takes it: the HTML file
 * (the page form unless told otherwise) and, under images/, the files it
 * refers to, copied from the profile. Every file is written atomically, an
 * identical image already there is left alone, and the export is logged
 * (which never changes the story itself).
 */
export function exportStoryToFolder(storyOrId: string | Story, options: FolderExportOptions): FolderExportResult {
  const form = options.form ?? 'page';
  const folder = resolve(options.folder);
  const story = typeof storyOrId === 'string' ? options.store.getStory(storyOrId) : storyOrId;
  const input = buildExportInput(options.store, options.settings, story);
  const result = exportStory(input, {
    form,
    ...(options.stylesheetHref === undefined ? {} : { stylesheetHref: options.stylesheetHref }),
  });
  mkdirSync(folder, { recursive: true });
  const missingImages = copyImages(result.images, profilePaths(options.profileDir).images, folder, options.copiedImages);
  const file = join(folder, options.fileName ?? exportFileName(story, form));
  writeFileAtomic(file, result.html);
  options.store.logExport({ storyId: story.id, format: form, destination: file });
  return { storyId: story.id, slug: story.slug, file, warnings: result.warnings, missingImages };
}

function copyImages(images: ExportImage[], from: string, folder: string, copied = new Set<string>()): string[] {
  const missing: string[] = [];
  for (const image of images) {
    if (copied.has(image.file)) continue;
    const name = `${image.sha256}.${image.ext}`;
    const source = join(from, name);
    if (!existsSync(source)) {
      missing.push(image.file);
      continue;
    }
    const target = join(folder, image.file);
    if (!sameFile(source, target)) {
      mkdirSync(join(folder, 'images'), { recursive: true });
      writeFileAtomic(target, readFileSync(source));
    }
    copied.add(image.file);
  }
  return missing;
}

function sameFile(a: string, b: string): boolean {
  if (!existsSync(b) || statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}
