import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../..');
const ROOTS = ['src', 'docs', 'test', 'e2e', 'bench', 'scripts', 'resources', 'README.md', 'eslint.config.mjs', 'eslint-rules'];
const SKIP = new Set(['node_modules', '.work', 'test-results', 'playwright-report']);
const TEXT = /\.(?:ts|tsx|mts|mjs|cjs|js|css|html|md|json|yml)$/;

function textFiles(path: string): string[] {
  const full = join(repo, path);
  if (!existsSync(full)) return [];
  if (TEXT.test(path) && !readdirSafe(full)) return [path];
  return (readdirSafe(full) ?? []).filter((name) => !SKIP.has(name) && !name.startsWith('.')).flatMap((name) => textFiles(join(path, name)));
}

function readdirSafe(path: string): string[] | undefined {
  try {
    return readdirSync(path);
  } catch {
    return undefined;
  }
}

/** The product brief lives outside the repository; code and docs must not send readers there. */
const OUTSIDE = new RegExp(['DESIGN §', 'DESIGN\\.md', 'HOUSE' + '-STYLE', '\\bUI\\.md'].join('|'));

describe('references in code and docs', () => {
  const files = ROOTS.flatMap(textFiles).filter((file) => file !== relative(repo, __filename));

  it('never point to the product brief outside the repository', () => {
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(join(repo, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (OUTSIDE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('name only documents that exist in the repository', () => {
    const cited = /\b((?:docs|bench)\/[\w./-]+\.md)\b/g;
    const missing = files.flatMap((file) =>
      [...readFileSync(join(repo, file), 'utf8').matchAll(cited)]
        .map((match) => match[1]!)
        .filter((doc) => !existsSync(join(repo, doc)))
        .map((doc) => `${file} names ${doc}`),
    );
    expect(missing).toEqual([]);
  });

  it('name only source files and folders that exist', () => {
    // Paths written from the repository's root in the source and the documents. One followed by
    // `<`, `*` or `{` is a pattern; one in quotes right after `from` is an example's module name.
    const pathLike = /(?<![\w./-])(?:src|test|e2e|bench|scripts|resources|docs|types)\/[\w./-]*\w/g;
    const readers = files.filter((file) => file.startsWith('src/') || file.endsWith('.md'));
    const missing = readers.flatMap((file) => {
      const text = readFileSync(join(repo, file), 'utf8');
      return [...text.matchAll(pathLike)]
        .filter((match) => !'<*{'.includes(text[match.index + match[0].length] ?? ''))
        .filter((match) => !/from ['"]$/.test(text.slice(Math.max(0, match.index - 6), match.index)))
        .map((match) => match[0])
        .filter((path) => !path.startsWith('bench/.work') && !path.startsWith('bench/comparisons/node_modules') && !existsSync(join(repo, path)))
        .map((path) => `${file} names ${path}`);
    });
    expect(missing).toEqual([]);
  });
});
