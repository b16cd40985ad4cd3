import { BRIDGE_SCRIPT_PATH } from './preview-protocol';

/**
 * The built index.html as the preview serves it: the bridge script goes in
 * before the renderer's module script (a classic script runs first, so
 * window.copydeskBridge exists when the app starts).
 */
export function withPreviewBridge(indexHtml: string): string {
  const bridgeTag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  const moduleScript = /<script\b[^>]*type=["']module["']/i.exec(indexHtml);
  if (moduleScript) {
    return `${indexHtml.slice(0, moduleScript.index)}${bridgeTag}\n    ${indexHtml.slice(moduleScript.index)}`;
  }
  if (/<\/head>/i.test(indexHtml)) return indexHtml.replace(/<\/head>/i, `${bridgeTag}\n</head>`);
  throw new Error('The built index.html has neither a module script nor a </head>: cannot add the preview bridge.');
}
