import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPreview } from '../../e2e/support/preview-process';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../../src/preview/preview-protocol';
import type { GeneratedStory } from '../story-generator';

const REPO_ROOT = resolve(__dirname, '../..');

/** The app as people open a story in it: the built renderer in the browser preview, on a profile holding the story. */
export type AppUnderTest = {
  /** The story's own address (`#/story/<id>`), as a link or the library opens it. */
  storyUrl: string;
  /** An init script that gives a fresh browser context the preview's token, as the preview's first URL gives it. */
  tokenScript: string;
  stop(): Promise<void>;
};

/** `npm run build`: the benchmark measures what ships, not a development build. */
export function buildApp(log: (line: string) => void): void {
  log('building the app (npm run build) …');
  const built = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}

async function call(origin: string, token: string, operation: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${origin}${API_PATH_PREFIX}${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`The preview refused ${operation}: ${result.error?.message ?? response.status}`);
  return result.value;
}

/** A desk server the profile joins, so the story opens shared (docs/newsroom.md). */
export type BenchDesk = { url: string; token: string };

/**
 * Starts the preview (src/preview/server.ts) on a temporary profile and stores `story` in it through its API;
 * with `desk`, the profile then joins it, so the story is shared and its body opens in the collaboration editor.
 */
export async function startAppWithStory(story: GeneratedStory, desk?: BenchDesk): Promise<AppUnderTest> {
  const profileDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const preview = await startPreview(profileDir);
  try {
    const url = new URL(preview.url);
    const token = decodeURIComponent(/token=([^&]+)/.exec(url.hash)![1]!);
    const created = (await call(url.origin, token, 'createStory', { section: story.section, headline: story.headline })) as { id: string; revision: number };
    await call(url.origin, token, 'saveStory', { id: created.id, baseRevision: created.revision, changes: { standfirst: story.standfirst, body: story.body } });
    if (desk !== undefined) {
      const joined = (await call(url.origin, token, 'joinDesk', { serverUrl: desk.url, token: desk.token, editorName: 'Bench Editor' })) as { synced: boolean };
      if (!joined.synced) throw new Error(`The profile joined the desk at ${desk.url} but its story did not go up.`);
    }
    return {
      storyUrl: `${url.origin}/#/story/${created.id}`,
      tokenScript: `sessionStorage.setItem(${JSON.stringify(TOKEN_STORAGE_KEY)}, ${JSON.stringify(token)});`,
      async stop() {
        await preview.stop();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await preview.stop();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
