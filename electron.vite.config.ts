import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bridgeDefines } from './src/shared/api/bridge-defines';
import { CONTENT_SECURITY_POLICY } from './src/shared/security/content-security-policy';

/**
 * The built page carries the same CSP as the headers the app protocol and the
 * browser preview send, from the one definition in src/shared. (Not in dev:
 * Vite's dev server needs inline scripts for hot reload.)
 */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors only works as a header; browsers warn about it in a meta tag.
  const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'copydesk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/electron/main.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle everything it uses.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    define: bridgeDefines,
    // The spelling worker is a module worker (src/renderer/spelling).
    worker: { format: 'es' },
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
