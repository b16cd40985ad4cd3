import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/run-cli';
import { storeImageFile } from '../../../src/main/images/store-image';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { Store } from '../../../src/main/store/store';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { pngBytes } from '../../support/image-bytes';
import { openTestStore, paragraphs, type TestClock } from '../store/store-fixtures';

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs the command line in-process, against real files, with its own environment. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

/** A body of a paragraph and an image. */
function bodyWithImage(text: string, image: { sha256: string; ext: 'png' | 'jpg' | 'gif' | 'webp' }): StoryBody {
  const body = paragraphs(text);
  body.root.children.push({
    type: 'image',
    version: 1,
    sha256: image.sha256,
    ext: image.ext,
    width: 640,
    height: 480,
    alt: 'A chart',
    caption: 'The chart',
    credit: 'Chart: MiP',
  });
  return body;
}

/**
 * A profile folder as the app leaves it: an author, three stories (ready,
 * ready with a lead image, a body image and related links, and a draft), and
 * their images in the profile's images folder.
 */
export async function seedProfile(dir: string) {
  const { store, file, clock } = openTestStore(dir);
  const images = profilePaths(dir).images;
  const chart = await storeImageFile(images, { fileName: 'chart.png', bytes: pngBytes(640, 480) });
  const photo = await storeImageFile(images, { fileName: 'photo.png', bytes: pngBytes(1600, 900) });
  store.images.record(chart);
  store.images.record(photo);
  const author = store.authors.create({ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust', email: '' });
  const byline = { authorId: author.id, role: author.role, organisation: author.organisation };

  const other = save(store, clock, 'News', 'Pay talks resume', { status: 'ready', body: paragraphs('Talks resumed today.') });
  const featured = save(store, clock, 'Opinion', 'Trust managers to lead', {
    status: 'ready',
    standfirst: 'Boards should let managers manage.',
    publishDate: '2026-11-26T09:00:00.000Z',
    bylines: [byline],
    leadImage: { sha256: photo.sha256, alt: 'A board meeting', caption: '', credit: '' },
    body: bodyWithImage('Boards ask for assurance on everything.', chart),
    related: [
      { kind: 'story', storyId: other.id },
      {
        kind: 'external',
        url: 'https://www.example.org/news/older-piece',
        headline: 'An older piece',
        standfirst: 'From the archive.',
        byline: 'Sam Lee',
        imageUrl: '',
      },
    ],
  });
  const draft = save(store, clock, 'Feature', 'A draft feature', { body: paragraphs('Not ready yet.') });
  store.close();
  return { dir, file, clock, ids: { other: other.id, featured: featured.id, draft: draft.id }, images: { chart, photo } };
}

/** A new story saved with changes, a minute after the one before, so the library order is known. */
function save(store: Store, clock: TestClock, section: string, headline: string, changes: Parameters<Store['saveStory']>[2]) {
  clock.advance();
  const created = store.createStory({ section, headline });
  store.saveStory(created.id, created.revision, changes);
  return store.getStory(created.id);
}

export function outDir(dir: string): string {
  return join(dir, 'out');
}
