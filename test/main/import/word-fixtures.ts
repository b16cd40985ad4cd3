import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { pngBytes } from '../../support/image-bytes';

/** A distinct small PNG for each n (its pixel size differs), as Word stores a pasted picture. */
export function picture(n: number): Uint8Array {
  return pngBytes(400 + n, 300);
}

function imageParagraph(n: number, bytes: Uint8Array): Paragraph {
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: bytes,
        transformation: { width: 200, height: 150 },
        altText: { name: `picture-${n}`, title: `Picture ${n}`, description: `Chart ${n} of pay rises` },
      }),
    ],
  });
}

/**
 * A contributor's opinion piece as Word saves it: title, subtitle, headings,
 * bold and italic, a link, both kinds of list, a table, pictures and two
 * comments.
 */
export async function articleDocx(options: { pictures?: number; pictureBytes?: (n: number) => Uint8Array } = {}): Promise<Uint8Array> {
  const pictures = options.pictures ?? 1;
  const pictureBytes = options.pictureBytes ?? picture;
  const doc = new Document({
    styles: {
      paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { italics: true } }],
    },
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    comments: {
      children: [
        { id: 0, author: 'Sub-editor', date: new Date('2026-12-01T10:00:00Z'), children: [new Paragraph('Check this figure')] },
        { id: 1, author: 'Sub-editor', date: new Date('2026-12-01T10:05:00Z'), children: [new Paragraph('Source?')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Trust managers to lead', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Boards should let managers manage', style: 'Subtitle' }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Boards ask for "assurance" on everything. '),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun({ text: 'It is slow', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'costly', italics: true }),
              new TextRun(' - as the '),
              new ExternalHyperlink({ link: 'https://www.example.org/report', children: [new TextRun({ text: 'report', style: 'Hyperlink' })] }),
              new TextRun({ children: [new CommentReference(1)] }),
              new TextRun(' shows.'),
            ],
          }),
          new Paragraph({ text: 'What boards do', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'They meet monthly', bullet: { level: 0 } }),
          new Paragraph({ text: 'They read papers', bullet: { level: 0 } }),
          new Paragraph({ text: 'In detail', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Set the aim', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Step back', numbering: { reference: 'steps', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Year')] }), new TableCell({ children: [new Paragraph('Meetings')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('2025')] }), new TableCell({ children: [new Paragraph('12')] })] }),
            ],
          }),
          ...Array.from({ length: pictures }, (_, n) => imageParagraph(n, pictureBytes(n))),
          new Paragraph('The end.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A document without a Title whose first paragraph is short and all italic (a standfirst typed by hand). */
export async function italicFirstDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Why the pay deal matters', italics: true })] }),
          new Paragraph('The text begins here.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Word's tracked changes, which the docx package cannot write: a minimal
 * .docx zipped by hand with two insertions and one deletion (and a deleted
 * paragraph), authored as Word writes them.
 */
export async function trackedChangesDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const change = (tag: 'ins' | 'del', id: number, inner: string) =>
    `<w:${tag} w:id="${id}" w:author="Editor" w:date="2026-12-01T10:00:00Z">${inner}</w:${tag}>`;
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>` +
      `<w:p><w:r><w:t xml:space="preserve">Pay rose </w:t></w:r>` +
      change('del', 1, '<w:r><w:delText xml:space="preserve">by 2% </w:delText></w:r>') +
      change('ins', 2, '<w:r><w:t xml:space="preserve">by 3% </w:t></w:r>') +
      `<w:r><w:t>this year.</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Boards agreed</w:t></w:r>` +
      change('ins', 3, '<w:r><w:t xml:space="preserve"> at once</w:t></w:r>') +
      `<w:r><w:t>.</w:t></w:r></w:p>` +
      `</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A zip that is not a Word document. */
export function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', 'Not a Word document');
  return zip.generateAsync({ type: 'uint8array' });
}

/** A Word document cut short, as a failed download leaves it. */
export async function damagedDocx(): Promise<Uint8Array> {
  const whole = await articleDocx();
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** The start of a PDF file. */
export const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');

/** The header of a Compound File holding an encrypted Office package, as Word writes a password-protected .docx. */
export function encryptedOfficeBytes(): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le'));
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  bytes.set(name, 512);
  return bytes;
}
