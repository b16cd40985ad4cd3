import type JSZip from 'jszip';

/** Elements counted by their start tag, never by a longer name that begins the same (w:delText, w:insideH). */
function countTags(xml: string, tag: string): number {
  return xml.match(new RegExp(`<${tag}(?=[\\s>/])`, 'g'))?.length ?? 0;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a Word document carries that a story does not: tracked changes (the
 * converter keeps insertions and drops deletions, as if every change were
 * accepted) and comments (never read). Said as notes so nothing goes in
 * silence.
 */
export async function wordRevisionNotes(zip: JSZip): Promise<string[]> {
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const notes: string[] = [];
  const insertions = countTags(document, 'w:ins') + countTags(document, 'w:moveTo');
  const deletions = countTags(document, 'w:del') + countTags(document, 'w:moveFrom');
  if (insertions + deletions > 0) {
    notes.push(
      `Tracked changes accepted: ${plural(insertions, 'insertion', 'insertions')} kept, ${plural(deletions, 'deletion', 'deletions')} taken out.`,
    );
  }
  const commentCount = countTags(comments, 'w:comment');
  if (commentCount > 0) notes.push(`${plural(commentCount, 'comment', 'comments')} left out.`);
  return notes;
}

/** How many pictures the document's text shows (DrawingML and the older VML), for progress before they are read. */
export async function wordPictureCount(zip: JSZip): Promise<number> {
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return countTags(document, 'a:blip') + countTags(document, 'v:imagedata');
}
