import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Fails on any circle of static imports between the project's own files,
 * type-only imports and re-exports included: a circle means two files that
 * cannot be read, tested or moved apart. Dynamic import() is left out (it
 * loads later, on demand). Only relative specifiers are followed: packages
 * cannot import back into the project.
 */

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.d.ts', '/index.ts', '/index.tsx'];

/** file → the project files it imports statically, and the version of the file they were read from. */
const importsOf = new Map();

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  return undefined;
}

function staticSpecifiers(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers = [];
  for (const statement of source.statements) {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)
          ? statement.moduleReference.expression
          : undefined;
    if (specifier && ts.isStringLiteral(specifier)) specifiers.push(specifier.text);
  }
  return specifiers;
}

function importedFiles(file, text) {
  return staticSpecifiers(file, text)
    .map((specifier) => resolveSpecifier(file, specifier))
    .filter((target) => target !== undefined);
}

/** Read again whenever the file changes, so an editor's long-running linter never judges an old version. */
function projectImports(file) {
  let version;
  try {
    const stats = statSync(file);
    version = `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return [];
  }
  const known = importsOf.get(file);
  if (known?.version === version) return known.imports;
  const imports = importedFiles(file, readFileSync(file, 'utf8'));
  importsOf.set(file, { version, imports });
  return imports;
}

/** The shortest chain of imports from `start` back to `target`, or undefined. */
function pathBack(start, target) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of projectImports(file)) {
      if (next === target) {
        const chain = [file];
        for (let step = cameFrom.get(file); step !== undefined; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import circles between project files, type-only imports included.' },
    schema: [],
    messages: {
      cycle: 'Import circle: {{chain}}. Move what both sides need into a file that neither imports back.',
    },
  },
  create(context) {
    const file = resolve(context.filename);
    const cwd = context.cwd;
    const check = (node) => {
      if (node.source?.type !== 'Literal' || typeof node.source.value !== 'string') return;
      const target = resolveSpecifier(file, node.source.value);
      if (target === undefined) return;
      if (target === file) {
        context.report({ node, messageId: 'cycle', data: { chain: `${relative(cwd, file)} imports itself` } });
        return;
      }
      const chain = pathBack(target, file);
      if (chain === undefined) return;
      const names = [file, ...chain, file].map((step) => relative(cwd, step));
      context.report({ node, messageId: 'cycle', data: { chain: names.join(' → ') } });
    };
    return {
      Program() {
        // This file as the linter sees it, which may be newer than the disk.
        importsOf.set(file, { version: 'being linted', imports: importedFiles(file, context.sourceCode.text) });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
