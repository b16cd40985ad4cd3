import { detectImageType } from '../images/image-type';

/** What a file that is not a story appears to be, and what to do instead; for the message that refuses it. */
export type ForeignFile = { what: string; todo: string };

const SAVE_AS_DOCX = 'Open the original in Word, save it as a Word Document (.docx) and import that.';
const NOT_A_STORY = 'Copydesk imports stories only: a web page (.html) or a Word document (.docx).';

const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

/** Whether the bytes at `at` are the signature. */
export function startsWithBytes(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

/** ISO media files (MP4, MOV, HEIC, AVIF…) name their brand after "ftyp" at byte 4. */
function isoBrand(bytes: Uint8Array): string | null {
  if (!startsWithBytes(bytes, ascii('ftyp'), 4) || bytes.length < 12) return null;
  return String.fromCharCode(...bytes.subarray(8, 12));
}

type Signature = { matches: (bytes: Uint8Array) => boolean; what: string; todo: string };

const picture = (kind: string): Pick<Signature, 'what' | 'todo'> => ({
  what: `a picture (${kind})`,
  todo: 'Add pictures from the story’s editor instead.',
});
const archive = (kind: string): Pick<Signature, 'what' | 'todo'> => ({
  what: `a compressed archive (${kind})`,
  todo: 'Take the web page or Word document out of it and import that.',
});
const media = (kind: string): Pick<Signature, 'what' | 'todo'> => ({ what: kind, todo: NOT_A_STORY });

/**
 * Well-known formats by their magic numbers (the published signature at the
 * start of the file), for the ones people send by mistake. ZIP and Microsoft's
 * Compound File are not here: a Word document is one of them, and is looked
 * inside instead (story-file-kind).
 */
const SIGNATURES: readonly Signature[] = [
  { matches: (b) => startsWithBytes(b, ascii('%PDF-')), what: 'a PDF document', todo: SAVE_AS_DOCX },
  { matches: (b) => startsWithBytes(b, ascii('%!PS')), what: 'a PostScript document', todo: SAVE_AS_DOCX },
  { matches: (b) => startsWithBytes(b, ascii('{\\rtf')), what: 'a Rich Text (RTF) document', todo: SAVE_AS_DOCX },
  { matches: (b) => startsWithBytes(b, ascii('BM')) && b.length > 26 && startsWithBytes(b, [0, 0, 0, 0], 6), ...picture('BMP') },
  { matches: (b) => startsWithBytes(b, [0x49, 0x49, 0x2a, 0x00]) || startsWithBytes(b, [0x4d, 0x4d, 0x00, 0x2a]), ...picture('TIFF') },
  { matches: (b) => ['heic', 'heix', 'mif1', 'msf1'].includes(isoBrand(b) ?? ''), ...picture('HEIC') },
  { matches: (b) => ['avif', 'avis'].includes(isoBrand(b) ?? ''), ...picture('AVIF') },
  { matches: (b) => startsWithBytes(b, ascii('8BPS')), ...picture('Photoshop') },
  { matches: (b) => startsWithBytes(b, [0x00, 0x00, 0x01, 0x00, 0x01]) && b.length > 22, ...picture('icon') },
  { matches: (b) => startsWithBytes(b, [0x1f, 0x8b]), ...archive('gzip') },
  { matches: (b) => startsWithBytes(b, ascii('BZh')) && b.length > 4 && b[3]! >= 0x31 && b[3]! <= 0x39, ...archive('bzip2') },
  { matches: (b) => startsWithBytes(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), ...archive('xz') },
  { matches: (b) => startsWithBytes(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), ...archive('7-Zip') },
  { matches: (b) => startsWithBytes(b, ascii('Rar!\x1a\x07')), ...archive('RAR') },
  { matches: (b) => startsWithBytes(b, [0x28, 0xb5, 0x2f, 0xfd]), ...archive('Zstandard') },
  { matches: (b) => startsWithBytes(b, ascii('ustar'), 257), ...archive('tar') },
  { matches: (b) => startsWithBytes(b, ascii('ID3')) || (b.length > 2 && b[0] === 0xff && (b[1]! & 0xe6) === 0xe2), ...media('an audio file (MP3)') },
  { matches: (b) => startsWithBytes(b, ascii('fLaC')), ...media('an audio file (FLAC)') },
  { matches: (b) => startsWithBytes(b, ascii('OggS')), ...media('an audio or video file (Ogg)') },
  { matches: (b) => startsWithBytes(b, ascii('RIFF')) && startsWithBytes(b, ascii('WAVE'), 8), ...media('an audio file (WAV)') },
  { matches: (b) => startsWithBytes(b, ascii('RIFF')) && startsWithBytes(b, ascii('AVI '), 8), ...media('a video (AVI)') },
  { matches: (b) => startsWithBytes(b, [0x1a, 0x45, 0xdf, 0xa3]), ...media('a video (Matroska or WebM)') },
  { matches: (b) => isoBrand(b) !== null, ...media('a video or audio file (MP4 or QuickTime)') },
  { matches: (b) => startsWithBytes(b, ascii('SQLite format 3\0')), ...media('a database file (SQLite)') },
  { matches: (b) => startsWithBytes(b, ascii('wOFF')) || startsWithBytes(b, ascii('wOF2')) || startsWithBytes(b, ascii('OTTO')), ...media('a font file') },
  { matches: (b) => startsWithBytes(b, [0x7f, 0x45, 0x4c, 0x46]), ...media('a program (Linux executable)') },
  { matches: (b) => startsWithBytes(b, ascii('MZ')) && b.length >= 64, ...media('a program (Windows executable)') },
  {
    matches: (b) => [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]].some((s) => startsWithBytes(b, s)),
    ...media('a program (macOS executable or Java class)'),
  },
];

/** The well-known format these bytes are in, when it is one that is not a story; null when none matches. */
export function foreignFileType(bytes: Uint8Array): ForeignFile | null {
  const image = detectImageType(bytes);
  if (image !== null) return picture(image.ext === 'jpg' ? 'JPEG' : image.ext.toUpperCase());
  const found = SIGNATURES.find((signature) => signature.matches(bytes));
  return found === undefined ? null : { what: found.what, todo: found.todo };
}
