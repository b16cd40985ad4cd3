import type { ApiOutput } from '../../shared/api/contract';
import type { Settings } from '../../shared/settings/settings-schema';
import type { Store } from '../store/store';
import { exportStoryToFolder } from './export-to-folder';

type BatchResult = Extract<ApiOutput<'exportStoriesToFolder'>, { folder: string }>['results'][number];

/**
 * Exports each story as a page into one folder, one after another; a story
 * that fails (deleted meanwhile, a disk error) is reported with its reason
 * and the others go on.
 */
export function exportStoriesBatch(
  ids: readonly string[],
  options: { store: Store; settings: Settings; profileDir: string; folder: string; copiedImages: Set<string> },
): BatchResult[] {
  return ids.map((id) => {
    let headline = '';
    try {
      const story = options.store.getStory(id);
      headline = story.headline;
      const result = exportStoryToFolder(story, { ...options, form: 'page' });
      const warnings = result.warnings.map((w) => w.message);
      for (const missing of result.missingImages) warnings.push(`The image ${missing} is missing from the profile.`);
      return { id, headline, file: result.file, warnings, error: null };
    } catch (error) {
      return { id, headline, file: null, warnings: [], error: error instanceof Error ? error.message : String(error) };
    }
  });
}
