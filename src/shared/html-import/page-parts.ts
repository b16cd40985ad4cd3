import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { slugSchema, type StoryBody } from '../story/story-schema';
import { LIMITS } from '../story/story-constants';
import { utcFromLondon } from '../story/london-time';
import { isElement, type DomElement, type DomNode, type DomParent } from './dom-nodes';

/** Small readers shared by the own-page and foreign-page importers. */

/** The first element under `root`, in document order, that `matches`; iterative. */
export function findFirst(root: DomParent, matches: (element: DomElement) => boolean): DomElement | null {
  return findAll(root, matches, 1)[0] ?? null;
}

/** Elements under `root` that match, in document order, without looking inside a match; at most `limit`. */
export function findAll(root: DomParent, matches: (element: DomElement) => boolean, limit = Infinity): DomElement[] {
  const found: DomElement[] = [];
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    if (matches(node)) {
      found.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
  }
  return found;
}

/** Text as a headline or standfirst line takes it: one line, no control characters, within the limit. */
export function oneLine(text: string, max: number): string {
  return text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * A date as the store keeps it (UTC, ISO 8601 with milliseconds), or null
 * when it is not a date. A time written without a zone is read as London's
 * (the magazine's), never as the machine's.
 */
export function utcDate(value: string | undefined): string | null {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const wallClock = WALL_CLOCK.exec(value.trim());
  const date = wallClock === null ? new Date(value.trim()) : londonTime(wallClock);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
/** The instant whose London clock shows the time written (a time the clocks skip is read as GMT). */
function londonTime([, year, month, day, hour, minute, second]: RegExpExecArray): Date {
  const seconds = Number(second ?? 0) * 1000;
  const london = utcFromLondon({ date: `${year}-${month}-${day}`, time: `${hour}:${minute}` });
  return new Date((london.ok ? Date.parse(london.utc) : Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute))) + seconds);
}

/** The slug in a story URL: its last path segment, when it is one the store would accept. */
export function slugFromUrl(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const segment = path.split('/').filter((part) => part !== '').pop() ?? '';
  let slug: string;
  try {
    slug = decodeURIComponent(segment).replace(/\.html?$/, '');
  } catch {
    return '';
  }
  return slugSchema.safeParse(slug).success ? slug : '';
}

export function headlineText(text: string): string {
  return oneLine(text, LIMITS.headline);
}

export function storyBody(children: SerializedLexicalNode[]): StoryBody {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as unknown as StoryBody;
}
