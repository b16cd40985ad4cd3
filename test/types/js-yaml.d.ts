/** The part of js-yaml 4 the tests use (it comes with electron-builder and ships no types). */
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
