import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { nodeDatabase as Database } from '../main/store/node-database';
import packageJson from '../../package.json';
import type { ApiResult } from '../shared/api/api-error';
import { INPUT_LIMITS, inputLimitMessage, jsonTextTooDeep } from '../shared/api/input-limits';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';
import { openOperations, type Operations } from '../main/api/open-operations';
import { parseImagePath } from '../nodes/image/image-path';
import { buildBridgeScript } from './bridge-bundle';
import { parseWithBytes } from './json-bytes';
import { withPreviewBridge } from './preview-page';
import { API_PATH_PREFIX, BRIDGE_SCRIPT_PATH } from './preview-protocol';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './request-guard';
import { contentTypeFor } from '../main/serving/content-types';
import { readStaticFile, resolveStaticPath } from './static-files';

/** The API's size limit, applied to the body before it is read whole: one request cannot exhaust memory. */
const MAX_BODY_BYTES = INPUT_LIMITS.totalBytes;
const LOOPBACK = '127.0.0.1';

export class PreviewSetupError extends Error {
  override name = 'PreviewSetupError';
}

export type PreviewServerOptions = {
  profileDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
};

export type PreviewServer = {
  /** Open this in a browser: it carries the token in the hash. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Site = {
  api: Pick<Operations, 'dispatch'>;
  token: string;
  port: () => number;
  indexHtml: string;
  bridgeScript: string;
  rendererDir: string;
  /** The profile's stored images, served at /images/<sha256>.<ext> as the app protocol does. */
  imagesDir: string;
};

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
  });
  response.end(head ? undefined : body);
}

function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

function refusal(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'rejected', message } };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolvePromise(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function tooLarge(): HttpError {
  return new HttpError(413, inputLimitMessage('totalBytes'));
}

async function handleApi(site: Site, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    throw new HttpError(405, 'API calls must be POST requests.');
  }
  if (!isAllowedOrigin(request, site.port())) throw new HttpError(403, 'Requests from other sites are refused.');
  if (!hasValidToken(request, site.token)) {
    throw new HttpError(401, 'Missing or wrong preview token: open the URL the preview printed, with its #token=….');
  }
  if (!/^application\/json(\s*;|$)/i.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'API calls must send JSON (content-type: application/json).');
  }
  const text = (await readBody(request)).toString('utf8');
  // Before parsing: the parser's reviver recurses once per level.
  if (jsonTextTooDeep(text)) {
    sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: inputLimitMessage('depth') } });
    return;
  }
  let input: unknown;
  try {
    input = text.length === 0 ? {} : parseWithBytes(text);
  } catch {
    sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
    return;
  }
  sendJson(response, 200, await site.api.dispatch(path.slice(API_PATH_PREFIX.length), input));
}

async function handleStatic(site: Site, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    throw new HttpError(405, 'Only GET and HEAD are served here.');
  }
  const head = request.method === 'HEAD';
  if (path === '/' || path === '/index.html') {
    send(response, 200, 'text/html; charset=utf-8', site.indexHtml, head);
    return;
  }
  if (path === BRIDGE_SCRIPT_PATH) {
    send(response, 200, 'text/javascript; charset=utf-8', site.bridgeScript, head);
    return;
  }
  if (path.startsWith('/images/')) {
    const image = parseImagePath(path);
    if (image === null) throw new HttpError(404, `Not found: ${path}`);
    const file = join(site.imagesDir, `${image.sha256}.${image.ext}`);
    const bytes = await readStaticFile(file);
    if (bytes === undefined) throw new HttpError(404, `Not found: ${path}`);
    send(response, 200, contentTypeFor(file) ?? 'application/octet-stream', bytes, head);
    return;
  }
  const file = resolveStaticPath(site.rendererDir, path);
  if (file === undefined) throw new HttpError(403, 'That path is outside the app.');
  const bytes = await readStaticFile(file);
  if (bytes === undefined) throw new HttpError(404, `Not found: ${path}`);
  send(response, 200, contentTypeFor(file) ?? 'application/octet-stream', bytes, head);
}

async function handle(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The app's own policy, as the Electron protocol handler sends it.
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cache-control', 'no-store');
  // Compared before anything else: a page on another site that rebinds its name to 127.0.0.1 gets nothing.
  if (!isAllowedHost(request, site.port())) throw new HttpError(403, 'Unknown host: use 127.0.0.1 or localhost.');
  const path = (request.url ?? '/').split(/[?#]/, 1)[0]!;
  if (path.startsWith(API_PATH_PREFIX)) await handleApi(site, request, response, path);
  else await handleStatic(site, request, response, path);
}

function respondToFailure(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const status = error instanceof HttpError ? error.status : 500;
  const message = error instanceof HttpError ? error.message : `The preview server failed: ${String(error)}`;
  // An oversized body is left unread; closing the connection stops the client sending it.
  if (status === 413) response.setHeader('connection', 'close');
  if (request.url?.startsWith(API_PATH_PREFIX)) sendJson(response, status, refusal(message));
  else send(response, status, 'text/plain; charset=utf-8', message);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port or leave it out` : error.message;
      reject(new PreviewSetupError(`The preview server could not start: ${reason}.`));
    });
    server.listen(port, LOOPBACK, () => resolvePromise((server.address() as AddressInfo).port));
  });
}

function loadRendererPage(rendererDir: string): string {
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new PreviewSetupError(`There is no built renderer at ${rendererDir}: run npm run build first.`);
  }
  return withPreviewBridge(readFileSync(indexFile, 'utf8'));
}

/**
 * The whole app in a browser: the built renderer plus the real main-process
 * handlers on one profile, over HTTP on 127.0.0.1 only, every API call
 * carrying a random token. For tests and reviewers; the Electron app never
 * includes it.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const indexHtml = loadRendererPage(options.rendererDir);
  const bridgeScript = await buildBridgeScript();
  // Held until close: a second app or preview, or a command-line restore, is refused meanwhile.
  const operations = openOperations({
    profileDir: options.profileDir,
    Database,
    appVersion: packageJson.version,
    door: 'app',
    liveDesk: true,
    hold: { holder: 'the browser preview', refused: 'Starting the browser preview' },
  });
  let boundPort = 0;
  const site: Site = {
    api: operations,
    token: randomBytes(32).toString('base64url'),
    port: () => boundPort,
    indexHtml,
    bridgeScript,
    rendererDir: options.rendererDir,
    imagesDir: operations.paths.images,
  };
  const server = createServer((request, response) => {
    handle(site, request, response).catch((error: unknown) => respondToFailure(request, response, error));
  });
  try {
    boundPort = await listen(server, options.port ?? 0);
  } catch (error) {
    operations.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK}:${boundPort}/#token=${site.token}`,
    port: boundPort,
    token: site.token,
    close() {
      closing ??= new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }).finally(() => operations.close());
      return closing;
    },
  };
}
