/**
 * The one global (with its search parameters) src/shared may use beyond the ECMAScript library: WHATWG URL,
 * which Node and every browser provide alike. tsconfig.shared.json reads this
 * file instead of the DOM or Node types, so anything else a shared file
 * reaches for without an import fails to type-check.
 */
interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
}

interface URLSearchParams {
  get(name: string): string | null;
  has(name: string): boolean;
  toString(): string;
}

declare const URL: {
  prototype: URL;
  new (url: string | URL, base?: string | URL): URL;
  canParse(url: string | URL, base?: string | URL): boolean;
};
