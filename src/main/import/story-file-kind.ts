import JSZip from 'jszip';
import { ApiError } from '../../shared/api/api-error';
import { MAX_STORY_FILE_BYTES } from '../../shared/api/contract/import';
import { foreignFileType, startsWithBytes } from './file-signature';
import { readPageText } from './web-page-text';

/** What a file brought in as a story is, read from its bytes: its name and extension are never trusted. */
export type StoryFile = { kind: 'word'; zip: JSZip } | { kind: 'html'; text: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Microsoft's Compound File container: old .doc files, and every password-protected Office file. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Names the file, what it is, and what to do; the caller says that nothing was imported. */
function refuse(fileName: string, what: string, todo: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}” ${what}. ${todo}`, 'bytes');
}

/** "“report.pdf” is a PDF document, not a web page or a Word document (.docx)." */
function notAStory(fileName: string, what: string, todo: string): ApiError {
  return refuse(fileName, `is ${what}, not a web page or a Word document (.docx)`, todo);
}

const SAVE_AS_DOCX = 'Open it in Word, save it as a Word Document (.docx) and import that.';

/**
 * A Word document (a ZIP holding word/document.xml) or a web page (HTML by
 * its content); anything else is refused with an error naming the file and
 * what it is, before anything is stored.
 */
export async function readStoryFileKind(fileName: string, bytes: Uint8Array): Promise<StoryFile> {
  if (bytes.byteLength === 0) throw refuse(fileName, 'is empty', 'There is nothing to import.');
  if (bytes.byteLength > MAX_STORY_FILE_BYTES) {
    throw refuse(
      fileName,
      `is larger than ${MAX_STORY_FILE_BYTES / 1024 / 1024} MB, too large for one story`,
      'Split the document, or make its pictures smaller, and import it again.',
    );
  }
  if (startsWithBytes(bytes, ZIP) || startsWithBytes(bytes, EMPTY_ZIP)) return { kind: 'word', zip: await wordZip(fileName, bytes) };
  if (startsWithBytes(bytes, COMPOUND_FILE)) throw compoundFileRefusal(fileName, bytes);
  const foreign = foreignFileType(bytes);
  if (foreign !== null) throw notAStory(fileName, foreign.what, foreign.todo);
  const page = readPageText(bytes);
  switch (page.kind) {
    case 'page':
      return { kind: 'html', text: page.text };
    case 'svg':
      throw notAStory(fileName, 'a picture (SVG)', 'Add pictures from the story’s editor instead.');
    case 'plain-text':
      throw notAStory(fileName, 'plain text with no web page markup', 'Save it as a Word document or a web page, or paste its text into a new story.');
    case 'binary':
      throw notAStory(fileName, 'binary data of a kind Copydesk does not know (not text)', 'Check that it is the file you meant: Copydesk imports web pages (.html) and Word documents (.docx).');
  }
}

async function wordZip(fileName: string, bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(
      fileName,
      'is a damaged ZIP file (the form a Word document is stored in) and cannot be opened',
      'If it is a Word document, open it in Word, save it again and import the new copy.',
    );
  }
  if (zip.file('word/document.xml') !== null) return zip;
  const other = zip.file('xl/workbook.xml') !== null
    ? 'an Excel workbook'
    : zip.file('ppt/presentation.xml') !== null
      ? 'a PowerPoint presentation'
      : zip.file('content.xml') !== null
        ? 'an OpenDocument file'
        : 'a ZIP archive';
  throw notAStory(fileName, other, 'Import the Word document (.docx) itself.');
}

/** Compound files hold named streams (names in UTF-16): an encrypted Office package, or an old binary .doc. */
function compoundFileRefusal(fileName: string, bytes: Uint8Array): ApiError {
  const has = (name: string) => indexOfUtf16(bytes, name);
  if (has('EncryptedPackage')) {
    return refuse(fileName, 'is a password-protected (encrypted) Office document', 'Open it in Word, remove the password (File › Info › Protect Document), save it and import it again.');
  }
  if (has('WordDocument')) return refuse(fileName, 'is an old Word 97–2003 document (.doc)', SAVE_AS_DOCX);
  return refuse(fileName, 'is an old Microsoft Office file (not a Word .docx)', SAVE_AS_DOCX);
}

function indexOfUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pattern) >= 0;
}
