import { cleanText, collapseWhiteSpace } from './clean-text';

const NAME_MAX = 60;

/** How the editor will recognise a left-out picture: its alt text, else its file name. */
export function leftOutImageName(alt: string | undefined, src: string | undefined): string {
  const text = collapseWhiteSpace(cleanText(alt ?? '')).trim();
  if (text !== '') return `“${shorten(text)}”`;
  const source = (src ?? '').trim();
  if (source.startsWith('data:')) return 'a picture embedded in the copied text';
  const file = source.split(/[?#]/)[0]?.split(/[/\\]/).pop() ?? '';
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // keep it as written
  }
  name = collapseWhiteSpace(cleanText(name)).trim();
  return name === '' ? 'an image without a name' : shorten(name);
}

function shorten(text: string): string {
  return text.length <= NAME_MAX ? text : `${text.slice(0, NAME_MAX - 1)}…`;
}
