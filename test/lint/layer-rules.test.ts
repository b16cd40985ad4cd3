import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../..');
const configFile = join(repo, 'eslint.config.mjs');
const eslint = new ESLint({ cwd: repo, overrideConfigFile: configFile });

/** The rules that fire on `code` as if it were the file at `path` in the repository, with their messages. */
async function problems(path: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, path) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ rule: ruleId, message }));
}

async function rulesFired(path: string, code: string): Promise<(string | null)[]> {
  return (await problems(path, code)).map((problem) => problem.rule);
}

describe('the layer rules of eslint.config.mjs', () => {
  it('refuse Node and DOM globals in src/shared, and allow the same code where it belongs', async () => {
    expect(await rulesFired('src/shared/x.ts', 'export const home = process.env.HOME;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/shared/x.ts', 'export const title = document.title;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/shared/x.ts', 'export const width = window.innerWidth;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/shared/x.ts', 'export const bytes = Buffer.from("a");\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/shared/x.ts', 'export const saved = globalThis.localStorage;\n')).toEqual(['no-restricted-properties']);
    expect(await rulesFired('src/shared/x.ts', 'export const title = (document: { title: string }) => document.title;\n')).toEqual([]);
    expect(await rulesFired('src/main/x.ts', 'export const home = process.env.HOME;\n')).toEqual([]);
    expect(await rulesFired('src/renderer/x.ts', 'export const title = document.title;\n')).toEqual([]);
  });

  it('refuse Node globals in the renderer', async () => {
    expect(await rulesFired('src/renderer/x.ts', 'export const home = process.env.HOME;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/renderer/x.tsx', 'export const here = __dirname;\n')).toEqual(['no-restricted-globals']);
  });

  it("split each node folder of src/nodes by layer: its top level pure, its editor/ folder renderer code", async () => {
    expect(await rulesFired('src/nodes/x/x-html.ts', 'export const title = document.title;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/nodes/x/x-html.ts', 'export const home = process.env.HOME;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/nodes/x/x-html.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/nodes/x/x-html.ts', "import { XNode } from './editor/XNode';\nexport const node = XNode;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/nodes/x/x-html.ts', "import { escapeText } from '../../shared/export/html-escape';\nexport const escape = escapeText;\n")).toEqual([]);
    // Lexical's core and its DOM-free packages are pure; React and the page's packages are not.
    expect(await rulesFired('src/nodes/x/x-node.ts', "import { DecoratorNode } from 'lexical';\nexport const base = DecoratorNode;\n")).toEqual([]);
    expect(await rulesFired('src/nodes/x/x-node.ts', "import { createBinding } from '@lexical/yjs';\nexport const bind = createBinding;\n")).toEqual([]);
    expect(await rulesFired('src/nodes/x/x-node.ts', "import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';\nexport const rule = HorizontalRuleNode;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/nodes/x/x-node.ts', "import { $generateHtmlFromNodes } from '@lexical/html';\nexport const html = $generateHtmlFromNodes;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/nodes/x/editor/XView.tsx', 'export const title = document.title;\n')).toEqual([]);
    expect(await rulesFired('src/nodes/x/editor/XView.tsx', 'export const home = process.env.HOME;\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFired('src/nodes/x/editor/XView.tsx', "import { openStore } from '../../../main/store/store';\nexport const open = openStore;\n")).toEqual(['no-restricted-imports']);
    // Nothing but the renderer reaches a node's editor part.
    expect(await rulesFired('src/shared/export/x.ts', "import { XNode } from '../../nodes/x/editor/XNode';\nexport const node = XNode;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/export/x.ts', "import { XNode } from '../../nodes/x/editor/XNode';\nexport const node = XNode;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/renderer/x.ts', "import { XNode } from '../nodes/x/editor/XNode';\nexport const node = XNode;\n")).toEqual([]);
  });

  it('keep the SQLite driver under src/main/store', async () => {
    const importDriver = "import Database from 'better-sqlite3';\nexport const open = (file: string) => new Database(file);\n";
    expect(await rulesFired('src/main/api/x.ts', importDriver)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/electron/x.ts', importDriver)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/preview/x.ts', importDriver)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/store/x.ts', importDriver)).toEqual([]);
  });

  it('keep SQL under src/main/store, in strings, templates and pragmas', async () => {
    const select = "export const byId = 'SELECT id FROM stories WHERE id = ?';\n";
    expect(await rulesFired('src/main/cli/x.ts', select)).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('src/main/cli/x.ts', 'export const drop = (t: string) => `DELETE FROM ${t}`;\n')).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('src/main/backup/x.ts', "export const fold = (db: { pragma(s: string): void }) => db.pragma('journal_mode = DELETE');\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('src/main/store/x.ts', select)).toEqual([]);
    // Words in capitals that are not a statement are not SQL.
    expect(await rulesFired('src/main/cli/x.ts', "export const word = 'SELECTED';\n")).toEqual([]);
  });

  it('keep the store from importing anything above it', async () => {
    const fromApi = "import { apiService } from '../api/api-service';\nexport const service = apiService;\n";
    expect(await rulesFired('src/main/store/x.ts', fromApi)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/store/migrations/x.ts', "export { runCli } from '../../cli/run-cli';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/store/x.ts', "export { slugify } from '../../shared/text/slug';\n")).toEqual([]);
    expect(await rulesFired('src/main/api/x.ts', "export { openStore } from '../store/store';\n")).toEqual([]);
  });
});

describe('the layer rules of the sync server (src/server)', () => {
  const importServer = "export { startNewsroomServer } from '../../server/newsroom-server';\n";

  it('let only the command line import src/server', async () => {
    expect(await rulesFired('src/main/cli/x.ts', importServer)).toEqual([]);
    expect(await rulesFired('src/main/api/x.ts', importServer)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/electron/x.ts', importServer)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/store/x.ts', importServer)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/main/x.ts', "export { startNewsroomServer } from '../server/newsroom-server';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/preview/x.ts', "export { startNewsroomServer } from '../server/newsroom-server';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/renderer/x.ts', "export { startNewsroomServer } from '../server/newsroom-server';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/shared/api/x.ts', importServer)).toEqual(['no-restricted-imports']);
    // The preview's own server.ts and the Hocuspocus package are not the sync server.
    expect(await rulesFired('src/preview/x.ts', "export { startPreview } from './server';\n")).toEqual([]);
  });

  it('let src/server import src/shared and itself, and no layer of the app', async () => {
    expect(await rulesFired('src/server/x.ts', "export { ApiError } from '../shared/api/api-error';\n")).toEqual([]);
    expect(await rulesFired('src/server/x.ts', "export { Server } from '@hocuspocus/server';\n")).toEqual([]);
    expect(await rulesFired('src/server/x.ts', "export { openStore } from '../main/store/store';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/x.ts', "export { runCli } from '../main/cli/run-cli';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/x.ts', "export { registry } from '../nodes/registry';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/x.ts', "import { app } from 'electron';\nexport const name = app.name;\n")).toEqual(['no-restricted-imports']);
  });

  it('keep its database drivers (SQLite, pg) and SQL under src/server/store, which imports nothing else of the server', async () => {
    const importDriver = "import Database from 'better-sqlite3';\nexport const open = (file: string) => new Database(file);\n";
    const select = "export const byName = 'SELECT state FROM documents WHERE name = ?';\n";
    expect(await rulesFired('src/server/store/x.ts', importDriver)).toEqual([]);
    expect(await rulesFired('src/server/store/x.ts', select)).toEqual([]);
    expect(await rulesFired('src/server/x.ts', importDriver)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/x.ts', "import pg from 'pg';\nexport const client = new pg.Client();\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/store/x.ts', "import pg from 'pg';\nexport const client = new pg.Client();\n")).toEqual([]);
    expect(await rulesFired('src/server/x.ts', select)).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('src/server/store/x.ts', "export { tokenHash } from '../newsroom-tokens';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/server/store/x.ts', "export { ApiError } from '../../shared/api/api-error';\n")).toEqual([]);
    expect(await rulesFired('src/server/store/x.ts', "export { openStore } from '../../main/store/store';\n")).toEqual(['no-restricted-imports']);
  });
});

describe('the import circle rule', () => {
  const project = mkdtempSync(join(tmpdir(), 'copydesk-cycle-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const inProject = new ESLint({ cwd: project, overrideConfigFile: configFile });
  const write = (path: string, code: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), code);
  };

  it('reports a two-file circle made of a type-only import, on both files, and nothing once it is broken', async () => {
    write('src/shared/a.ts', "import type { B } from './b';\nexport type A = { b?: B };\n");
    write('src/shared/b.ts', "import type { A } from './a';\nexport type B = { a?: A };\n");
    const results = await inProject.lintFiles(['src/shared/a.ts', 'src/shared/b.ts']);
    const circles = results.map((result) => result.messages.filter((message) => message.ruleId === 'copydesk/no-import-cycle'));
    expect(circles.map((messages) => messages.length)).toEqual([1, 1]);
    expect(circles[0]?.[0]?.message).toContain('src/shared/a.ts → src/shared/b.ts → src/shared/a.ts');

    write('src/shared/b.ts', 'export type B = { name: string };\n');
    const [after] = await inProject.lintFiles(['src/shared/a.ts']);
    expect(after?.messages).toEqual([]);
  });

  it('reports a circle through a re-export', async () => {
    write('src/main/c.ts', "export { d } from './d';\nexport const c = 1;\n");
    write('src/main/d.ts', "import { c } from './c';\nexport const d = c + 1;\n");
    const [result] = await inProject.lintFiles(['src/main/d.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['copydesk/no-import-cycle']);
  });
});

describe('the TypeScript configuration of each layer', () => {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-layer-types-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** TypeScript's errors for `code` compiled with the options of `config`, with the files that config always reads. */
  function typeErrors(config: string, code: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(join(repo, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (parsed === undefined) throw new Error(`${config} could not be read`);
    const file = join(folder, `${config}.sample.ts`);
    writeFileSync(file, code);
    const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
    const program = ts.createProgram([file, ...declarations], { ...parsed.options, incremental: false, tsBuildInfoFile: undefined });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  it('shared knows neither the DOM nor Node, but knows URL', () => {
    expect(typeErrors('tsconfig.shared.json', 'export const title = document.title;\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
    expect(typeErrors('tsconfig.shared.json', 'export const home = process.env.HOME;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    expect(typeErrors('tsconfig.shared.json', "export const host = new URL('https://example.org/a?q=1').searchParams.get('q');\n")).toEqual([]);
  });

  it('the renderer knows the DOM but not Node; main knows Node but not the DOM', () => {
    expect(typeErrors('tsconfig.renderer.json', 'export const title = document.title;\n')).toEqual([]);
    expect(typeErrors('tsconfig.renderer.json', 'export const home = process.env.HOME;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    expect(typeErrors('tsconfig.node.json', 'export const home = process.env.HOME;\n')).toEqual([]);
    expect(typeErrors('tsconfig.node.json', 'export const title = document.title;\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });

  it("a node folder's top level is checked as shared code, its editor/ folder as renderer code", () => {
    const filesOf = (config: string) =>
      ts.getParsedCommandLineOfConfigFile(join(repo, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })?.fileNames ?? [];
    const shared = filesOf('tsconfig.shared.json');
    const renderer = filesOf('tsconfig.renderer.json');
    const pure = join(repo, 'src/nodes/pull-quote/pull-quote-schema.ts');
    const editor = join(repo, 'src/nodes/pull-quote/editor/PullQuoteEditorNode.tsx');
    expect([shared.includes(pure), shared.includes(editor)]).toEqual([true, false]);
    expect([renderer.includes(pure), renderer.includes(editor)]).toEqual([false, true]);
  });

  it('the sync server knows Node but not the DOM', () => {
    expect(typeErrors('tsconfig.server.json', 'export const home = process.env.HOME;\n')).toEqual([]);
    expect(typeErrors('tsconfig.server.json', 'export const title = document.title;\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });

  it("the preview's page bridge knows the DOM but not Node", () => {
    expect(typeErrors('tsconfig.bridge.json', 'export const title = document.title;\n')).toEqual([]);
    expect(typeErrors('tsconfig.bridge.json', 'export const home = process.env.HOME;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
  });
});
