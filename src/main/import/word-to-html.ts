import mammoth from 'mammoth';

/** Word's styles as Copydesk's parts; the title and subtitle are marked so the story's headline and standfirst can be taken out. */
export const TITLE_CLASS = 'cd-word-title';
export const SUBTITLE_CLASS = 'cd-word-subtitle';

const STYLE_MAP = [
  `p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`,
  `p[style-name='Subtitle'] => p.${SUBTITLE_CLASS}:fresh`,
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h3:fresh",
  "p[style-name='Heading 5'] => h3:fresh",
  "p[style-name='Heading 6'] => h3:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** A picture as the converter hands it over, and the img attributes it becomes. */
export type WordPicture = { contentType: string; read: () => Promise<Buffer> };
/** Mammoth adds the picture's alt text (Word's description) itself. */
export type PictureAttributes = { src: string; width?: string; height?: string };

/**
 * The document as HTML, by mammoth: headings, bold, italic, links, lists,
 * tables and pictures (each handed to `convertPicture`, which stores it);
 * mammoth keeps tracked insertions, drops deletions and leaves comments out.
 * Its messages come back as sentences for the editor.
 */
export async function wordToHtml(
  bytes: Uint8Array,
  convertPicture: (picture: WordPicture) => Promise<PictureAttributes>,
): Promise<{ html: string; notes: string[] }> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement((image) =>
        convertPicture({ contentType: image.contentType, read: () => image.readAsBuffer() }),
      ),
    },
  );
  return { html: result.value, notes: readableMessages(result.messages.map((message) => message.message)) };
}

/** Mammoth's messages, said once each in the editor's words; the ones about pictures are the importer's to say. */
export function readableMessages(messages: readonly string[]): string[] {
  const styles = new Set<string>();
  const notes = new Set<string>();
  for (const message of messages) {
    const style = /^Unrecognised (?:paragraph|run|table) style: '([^']*)'/.exec(message);
    if (style !== null) styles.add(style[1]!);
    else if (/^Image of type|image file/i.test(message)) continue;
    else if (/^An unrecognised element was ignored/.test(message)) notes.add('Some Word content Copydesk cannot read (such as text boxes or fields) was left out.');
    else notes.add(`Word conversion: ${message}`);
  }
  const named = [...styles].sort().map((name) => `“${name}”`);
  const styleNote = named.length === 0 ? [] : [`Text in the Word ${named.length === 1 ? 'style' : 'styles'} ${named.join(', ')} came in as plain paragraphs.`];
  return [...styleNote, ...notes];
}
