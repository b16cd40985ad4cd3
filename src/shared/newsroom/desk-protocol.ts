import { z } from 'zod';

/**
 * What a profile and the sync server say to each other besides Yjs sync:
 * the documents' names, the messages about deleting a story for good
 * (docs/newsroom-server.md, "Deleting a story for good") and those about
 * which pictures the desk holds ("Pictures no story uses").
 */

/** How every story's document name starts. */
export const STORY_PREFIX = 'story/';
/** How every picture's document name starts. */
export const PICTURE_PREFIX = 'picture/';
const SHA256 = /^[0-9a-f]{64}$/;

/** The desk's list of its stories. */
export const NEWSROOM_DOCUMENT = 'newsroom';

/** The name of a story's document on the server. */
export function storyDocumentName(storyId: string): string {
  return `${STORY_PREFIX}${storyId}`;
}

/** The story a document name belongs to, or null for any other document (the newsroom's list). */
export function storyIdOfDocument(name: string): string | null {
  return name.startsWith(STORY_PREFIX) && name.length > STORY_PREFIX.length ? name.slice(STORY_PREFIX.length) : null;
}

/** The name of a picture's document on the server: its content address. */
export function pictureDocumentName(sha256: string): string {
  return `${PICTURE_PREFIX}${sha256}`;
}

/** The sha256 a picture's document is named after, or null for any other document (a malformed picture name included). */
export function pictureShaOfDocument(name: string): string | null {
  if (!name.startsWith(PICTURE_PREFIX)) return null;
  const sha256 = name.slice(PICTURE_PREFIX.length);
  return SHA256.test(sha256) ? sha256 : null;
}

/** Whether a document name is in the pictures' namespace at all (well formed or not). */
export function isPictureDocument(name: string): boolean {
  return name.startsWith(PICTURE_PREFIX);
}

/** Why the server closes a client's connection to a picture's document: it wrote something other than the picture named (or changed one). */
export const PICTURE_REFUSED_REASON = 'picture-refused';

/** Why the server refuses a story's document once it was deleted for good (an authentication failure's reason). */
export const DELETED_FOR_GOOD_REASON = 'deleted-for-good';

/** The most pictures one `which-pictures-lacking` names (about 70 KB of JSON); a profile asks in several when it has more. */
export const PICTURES_ASKED_AT_ONCE = 1_000;

const sha256s = z.array(z.string().regex(SHA256));

/**
 * Stateless messages. On a story's document: a profile asks the server to
 * delete it for good (`delete-for-good`); the server tells every editor of
 * it that it is gone (`deleted-for-good`). On the newsroom document: a
 * profile asks which of its pictures the desk lacks (`which-pictures-lacking`,
 * answered to it alone with `pictures-lacking` and the same `id`), and the
 * server tells every profile the pictures it has just removed (`pictures-removed`).
 */
export const deskMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delete-for-good') }),
  z.object({ type: z.literal('deleted-for-good'), by: z.string() }),
  z.object({ type: z.literal('which-pictures-lacking'), id: z.number().int(), sha256s: sha256s.max(PICTURES_ASKED_AT_ONCE) }),
  z.object({ type: z.literal('pictures-lacking'), id: z.number().int(), sha256s }),
  z.object({ type: z.literal('pictures-removed'), sha256s }),
]);
export type DeskMessage = z.infer<typeof deskMessageSchema>;

/** The message a stateless payload holds, or null when it is not one of ours. */
export function readDeskMessage(payload: string): DeskMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = deskMessageSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function writeDeskMessage(message: DeskMessage): string {
  return JSON.stringify(message);
}
