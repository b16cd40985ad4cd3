export { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, MAX_IMPORT_NODES, type BodyImport } from './body-import';
export { htmlToBodyNodes, type HtmlImportOptions } from './html-to-body';
export { importWarningCodes, type ImportSource, type ImportWarning, type ImportWarningCode } from './import-warning';
export { startsNewParagraph, textToBodyNodes, type TextImportOptions } from './text-to-body';
