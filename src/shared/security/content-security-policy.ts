/**
 * The one Content-Security-Policy for the app's pages, sent as a header by the
 * Electron protocol handler and by the browser preview. No remote content:
 * everything comes from the app's own origin. 'wasm-unsafe-eval' lets the
 * spelling worker compile the spelling engine's WebAssembly (harper.js, from
 * the app itself); it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
