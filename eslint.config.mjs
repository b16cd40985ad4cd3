import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import noImportCycle from './eslint-rules/no-import-cycle.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The SQLite drivers: imported only under src/main/store (node-database.ts and electron-database.ts hand them out) and the sync server's src/server/store. */
const sqliteDrivers = ['better-sqlite3', 'better-sqlite3-napi'];

/**
 * The layers (src/shared pure, the renderer never reaching Node, the glue in
 * src/main/electron thin, SQL only in src/main/store), enforced here rather
 * than remembered. One config object per layer: a later object's no-restricted-imports replaces
 * an earlier one's for the same file, so each layer lists all it forbids. A
 * pattern may be a group, whose exceptions (`!name`) apply within it.
 */
function forbid(message, { paths = [], patterns = [], regexes = [] }, { server = true } = {}) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message })),
        patterns: [
          ...patterns.map((group) => ({ group: Array.isArray(group) ? group : [group], message })),
          ...regexes.map((regex) => ({ regex, message })),
          ...(server ? [{ regex: intoServer, message: serverMessage }] : []),
        ],
      },
    ],
  };
}

/**
 * The newsroom's sync server (src/server) is a program of its own that the
 * app never loads: only the command line's `server` command (src/main/cli)
 * imports it.
 */
const intoServer = '^(\\.\\./)+server(/|$)';
const serverMessage = 'Only the command line (src/main/cli) imports the sync server in src/server; the app never loads it.';

/** Node's globals: code that may not touch Node must not reach them without an import either. */
const nodeGlobals = ['process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate', 'clearImmediate'];
/** The browser's globals: code that must run in Node (tests, the command line, the main process) cannot rely on them. */
const domGlobals = ['window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB', 'XMLHttpRequest', 'requestAnimationFrame', 'requestIdleCallback', 'getComputedStyle', 'matchMedia'];

function restrictGlobals(names, message) {
  return {
    'no-restricted-globals': ['error', ...names.map((name) => ({ name, message }))],
    // The same globals reached through globalThis.
    'no-restricted-properties': ['error', ...names.map((property) => ({ object: 'globalThis', property, message }))],
  };
}

/**
 * A custom node's folder (src/nodes/<node>) is split by layer: its editor/
 * subfolder (Lexical node, view, editor actions) is renderer code, the rest
 * is as pure as src/shared, so the exporter and the importer can use it.
 */
const nodeEditorFiles = ['src/nodes/*/editor/**'];
/** A node's editor part, as other layers would import it. */
const nodeEditorImports = '**/nodes/*/editor/**';
const sharedFiles = ['src/shared/**/*.ts', 'src/nodes/**/*.ts'];
const rendererFiles = ['src/renderer/**/*.{ts,tsx}', 'src/nodes/*/editor/**/*.{ts,tsx}'];

/**
 * Lexical's core and the packages that define body nodes or bind a document
 * to Yjs run without a DOM, so pure code may use them (the nodes' own
 * classes, the story document in src/shared/newsroom); the rest of
 * @lexical (React, clipboard, HTML) needs the page.
 */
const pureLexicalPackages = ['@lexical/yjs', '@lexical/headless', '@lexical/rich-text', '@lexical/list', '@lexical/link', '@lexical/table', '@lexical/extension'];
/** One pattern group, so that its exceptions (!) apply to it. */
const lexicalOutsidePure = ['@lexical/*', ...pureLexicalPackages.map((name) => `!${name}`)];

/** SQL text starts with one of these keywords; outside the store it is a sign that a query leaked out of it. */
const sqlStart = '/^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|REPLACE|BEGIN|COMMIT|VACUUM|ATTACH)\\s/';
const sqlMessage = 'SQL lives only in src/main/store (the sync server\'s in src/server/store): add a function there and call it.';
const sqlOutsideStore = {
  'no-restricted-syntax': [
    'error',
    { selector: `Literal[value=${sqlStart}]`, message: sqlMessage },
    { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${sqlStart}]`, message: sqlMessage },
    // better-sqlite3's own ways to run SQL, however the text is built.
    { selector: "CallExpression[callee.property.name=/^(pragma|prepare)$/][arguments.0.type=/Literal$/]", message: sqlMessage },
  ],
};

const mainMessage =
  'Only the thin glue in src/main/electron may import Electron; the main process never imports React or editor DOM code; only src/main/store imports the SQLite driver.';
const mainForbids = {
  paths: ['electron', 'react', 'react-dom', 'lexical', ...sqliteDrivers],
  patterns: ['**/renderer/**', '**/preload/**', '**/preview/**', '**/electron/**', '@lexical/*', nodeEditorImports],
};

/** The sync server (src/server) runs under plain Node and imports src/shared and itself; only src/server/store imports the database drivers (SQLite, PostgreSQL's pg) and holds SQL, and imports nothing else of the server. */
const serverLayerMessage =
  'The sync server in src/server imports src/shared and itself only (no app layer, no Electron, React or editor); only src/server/store imports a database driver (SQLite, pg), and the store imports nothing else of the server.';
const serverForbids = {
  paths: ['electron', 'react', 'react-dom', 'lexical'],
  patterns: ['**/main/**', '**/renderer/**', '**/preload/**', '**/preview/**', '**/nodes/**', '@lexical/*'],
};

/** What the store may not import: every part of the app that stands above it. */
const aboveTheStore = '^(\\.\\./)+(api|backup|cli|electron|export|house-style|images|import|profile|settings|preview|preload|renderer)(/|$)';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // An import of types only must say so whole: `import { type A }` is kept by bundlers as an import of the module itself.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { copydesk: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'copydesk/no-import-cycle': 'error' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: rendererFiles,
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: sharedFiles,
    ignores: nodeEditorFiles,
    rules: forbid('src/shared and the pure part of each node in src/nodes are pure: no DOM, Node, Electron, React, editor or other layers.', {
      paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', ...sqliteDrivers],
      patterns: ['**/main/**', '**/renderer/**', '**/preload/**', '**/preview/**', lexicalOutsidePure, '**/editor/**'],
    }),
  },
  {
    files: sharedFiles,
    ignores: nodeEditorFiles,
    rules: restrictGlobals([...nodeGlobals, ...domGlobals], 'src/shared is pure: no DOM or Node globals; take what you need as a parameter.'),
  },
  {
    files: rendererFiles,
    rules: forbid('The renderer never touches Node or Electron; it reaches the main process only through the API contract.', {
      paths: [...nodeBuiltins, 'electron', ...sqliteDrivers],
      patterns: ['**/main/**', '**/preload/**', '**/preview/**'],
    }),
  },
  {
    files: rendererFiles,
    rules: restrictGlobals(nodeGlobals, 'The renderer never touches Node: no Node globals.'),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/store/**', 'src/main/cli/**'],
    rules: forbid(mainMessage, mainForbids),
  },
  {
    files: ['src/main/cli/**/*.ts'],
    rules: forbid(mainMessage, mainForbids, { server: false }),
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: forbid('The main process never imports React, the editor or the browser preview; only src/main/store imports the SQLite driver.', {
      paths: ['react', 'react-dom', 'lexical', ...sqliteDrivers],
      patterns: ['**/renderer/**', '**/preload/**', '**/preview/**', '@lexical/*', nodeEditorImports],
    }),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid('The preload exposes the API contract and nothing else.', {
      paths: [...nodeBuiltins, 'react', 'react-dom', ...sqliteDrivers],
      patterns: ['**/main/**', '**/renderer/**', '**/preview/**', nodeEditorImports],
    }),
  },
  {
    files: ['src/preview/**/*.ts'],
    rules: forbid('The browser preview runs the real handlers without Electron; only src/main/store imports the SQLite driver.', {
      paths: ['electron', 'react', 'react-dom', ...sqliteDrivers],
      patterns: ['**/renderer/**', '**/preload/**', '**/electron/**', nodeEditorImports],
    }),
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: forbid('The store is the bottom of the main process: it imports src/shared, Node and SQLite, nothing above it.', {
      paths: ['electron', 'react', 'react-dom', 'lexical'],
      patterns: ['@lexical/*'],
      regexes: [aboveTheStore],
    }),
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/store/**'],
    rules: forbid(serverLayerMessage, { paths: [...serverForbids.paths, ...sqliteDrivers, 'pg'], patterns: serverForbids.patterns }, { server: false }),
  },
  {
    files: ['src/server/store/**/*.ts'],
    rules: forbid(serverLayerMessage, { ...serverForbids, regexes: ['^\\.\\./[^./]'] }, { server: false }),
  },
  {
    // Tests, benches and scripts may open a database file directly to set up or inspect one.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/store/**', 'src/server/store/**'],
    rules: sqlOutsideStore,
  },
);
