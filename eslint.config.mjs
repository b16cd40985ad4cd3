import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** DESIGN §4 layering, enforced here rather than remembered. */
function forbid(message, { paths = [], patterns = [] }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message })),
        patterns: patterns.map((group) => ({ group: [group], message })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid('src/shared is pure: no DOM, Node, Electron, React or other layers (DESIGN §4).', {
      paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'better-sqlite3-napi', 'lexical'],
      patterns: ['**/main/**', '**/renderer/**', '**/preload/**', '**/preview/**', '@lexical/*'],
    }),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: forbid('The renderer never touches Node or Electron; it reaches the main process only through the API contract.', {
      paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'better-sqlite3-napi'],
      patterns: ['**/main/**', '**/preload/**', '**/preview/**'],
    }),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: forbid('Only the thin glue in src/main/electron may import Electron; the main process never imports React or editor DOM code.', {
      paths: ['electron', 'react', 'react-dom', 'lexical'],
      patterns: ['**/renderer/**', '**/preload/**', '**/preview/**', '**/electron/**', '@lexical/*'],
    }),
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: forbid('The main process never imports React, the editor or the browser preview.', {
      paths: ['react', 'react-dom', 'lexical'],
      patterns: ['**/renderer/**', '**/preload/**', '**/preview/**', '@lexical/*'],
    }),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid('The preload exposes the API contract and nothing else.', {
      paths: [...nodeBuiltins, 'react', 'react-dom', 'better-sqlite3', 'better-sqlite3-napi'],
      patterns: ['**/main/**', '**/renderer/**', '**/preview/**'],
    }),
  },
  {
    files: ['src/preview/**/*.ts'],
    rules: forbid('The browser preview runs the real handlers without Electron.', {
      paths: ['electron', 'react', 'react-dom'],
      patterns: ['**/renderer/**', '**/preload/**', '**/electron/**'],
    }),
  },
);
