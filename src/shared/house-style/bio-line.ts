import type { BylineLike } from './document';

/**
 * The author bio line from the bylines and the settings' template (default
 * "{name} is {role} of {organisation}."), one sentence per author.
 */
export function bioLine(bylines: readonly BylineLike[], template: string): string {
  return bylines
    .map((byline) =>
      template
        .replaceAll('{name}', byline.name.trim())
        .replaceAll('{role}', byline.role.trim())
        .replaceAll('{organisation}', byline.organisation.trim()),
    )
    .join(' ');
}
