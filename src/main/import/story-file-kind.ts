import JSZip from 'jszip';
import { ApiError } from '../../shared/api/api-error';
import { MAX_STORY_FILE_BYTES } from '../../shared/api/contract';
import { detectImageType } from '../images/image-type';

/** What a file brought in as a story is, read from its bytes: its name and extension are never trusted. */
export type StoryFile = { kind: 'word'; zip: JSZip } | { kind: 'html'; text: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Microsoft's Compound File container: old .doc files, and every password-protected Office file. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [...'%PDF-'].map((ch) => ch.charCodeAt(0));

/** How far into a file an HTML page's first tag must appear. */
const HTML_SNIFF_BYTES = 4096;
const HTML_START = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|table|ul|ol|blockquote)[\s>/]/i;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function refuse(fileName: string, what: string, todo: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}” ${what}. ${todo}`, 'bytes');
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
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { kind: 'word', zip: await wordZip(fileName, bytes) };
  if (startsWith(bytes, COMPOUND_FILE)) throw compoundFileRefusal(fileName, bytes);
  if (startsWith(bytes, PDF)) throw refuse(fileName, 'is a PDF, not a Word document or a web page', `Open the original in Word, save it as a Word Document (.docx) and import that.`);
  const image = detectImageType(bytes);
  if (image !== null) {
    throw refuse(fileName, `is a picture (${image.ext.toUpperCase()}), not a story`, 'Add pictures from the story’s editor instead.');
  }
  const text = htmlText(bytes);
  if (text !== null) return { kind: 'html', text };
  throw refuse(
    fileName,
    'is neither a Word document (.docx) nor a web page (.html)',
    'Copydesk imports only those: save the story as one of them and import that.',
  );
}

async function wordZip(fileName: string, bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(fileName, 'is a damaged ZIP file (the form a Word document is stored in) and cannot be opened', 'Open it in Word, save it again and import the new copy.');
  }
  if (zip.file('word/document.xml') !== null) return zip;
  const other = zip.file('xl/workbook.xml') !== null
    ? 'an Excel workbook'
    : zip.file('ppt/presentation.xml') !== null
      ? 'a PowerPoint presentation'
      : zip.file('content.xml') !== null
        ? 'an OpenDocument file'
        : 'a ZIP archive';
  throw refuse(fileName, `is ${other}, not a Word document (it has no word/document.xml)`, 'Import the Word document (.docx) itself.');
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

/** The file as text when it is an HTML page: no NUL bytes near the start, and an HTML tag among its first bytes. */
function htmlText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, HTML_SNIFF_BYTES);
  if (head.includes(0)) return null;
  const start = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<') || !HTML_START.test(start)) return null;
  return new TextDecoder('utf-8').decode(bytes);
}
