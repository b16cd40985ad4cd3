import type { Byline } from './story-schema';

type BylineParts = Pick<Byline, 'name' | 'role' | 'organisation'>;

const PLACEHOLDER = /\{(name|role|organisation)\}/g;

/**
 * The author bio generated from the bylines and the settings' template
 * (default "{name} is {role} of {organisation}."): one sentence per author,
 * each on its own line (the export prints each line as a paragraph).
 * A byline without a role or organisation drops that placeholder together
 * with the words joining it to the one before ("Jane Smith is chief
 * executive."), so the line never reads "Jane Smith is  of ."; a byline
 * without a name, or with neither role nor organisation, is left out.
 */
export function generatedAuthorBio(bylines: readonly BylineParts[], template: string): string {
  return bylines
    .map((byline) => bioSentence(byline, template))
    .filter((sentence) => sentence !== '')
    .join('\n');
}

/** The bio to print: the story's own when set, else the generated one. */
export function authorBioFor(story: { authorBio: string | null; bylines: readonly BylineParts[] }, template: string): string {
  return story.authorBio ?? generatedAuthorBio(story.bylines, template);
}

function bioSentence(byline: BylineParts, template: string): string {
  const values = { name: byline.name.trim(), role: byline.role.trim(), organisation: byline.organisation.trim() };
  if (values.name === '') return '';
  const parts = template.split(PLACEHOLDER);
  const details = parts.filter((part, i) => i % 2 === 1 && part !== 'name') as ('role' | 'organisation')[];
  // "Jane Smith." says nothing a byline does not.
  if (details.length > 0 && details.every((key) => values[key] === '')) return '';
  // split() with one capture group alternates literal, placeholder name, literal, …
  let out = '';
  let skipNext = false;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (i % 2 === 0) {
      if (!skipNext) out += part;
      skipNext = false;
      continue;
    }
    const value = values[part as keyof typeof values];
    if (value !== '') {
      out += value;
      continue;
    }
    // Drop what joins it to a neighbour: the punctuation before the next value ("{role}, {organisation}"),
    // else the words back to the previous one (" of {organisation}").
    const next = parts[i + 1] ?? '';
    const nextKept = i + 2 < parts.length && values[parts[i + 2] as keyof typeof values] !== '';
    if (nextKept && /^[\s,;:/|–—-]*$/.test(next)) skipNext = true;
    else if (i >= 3) out = out.slice(0, out.length - parts[i - 1]!.length);
  }
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([.,;:!?)])/g, '$1').trim();
}
