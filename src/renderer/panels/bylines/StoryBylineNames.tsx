import type { Byline } from '../../../shared/story/story-schema';

/** "By Priya Shah and Tom Reid", as the published article prints the bylines. */
export function bylineSentence(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The bylines under the standfirst, read-only: they are edited in the panel. */
export function StoryBylineNames({ bylines }: { bylines: readonly Byline[] }) {
  if (bylines.length === 0) return null;
  return (
    <p className="story-bylines" aria-label="Bylines">
      By {bylineSentence(bylines.map((byline) => byline.name))}
    </p>
  );
}
