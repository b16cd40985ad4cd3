import type { ArticlePage } from '../../shared/html-import/article-page';
import { IMAGE_TYPE } from '../../nodes/image/image-names';
import type { Store } from '../store/store';

/**
 * The page with only the body pictures this profile holds (by content
 * address and type), and a note when some were left out: a story may only
 * name stored pictures, or every export of it would miss their files. The
 * command line brings the ones exported beside the page in first.
 */
export function keepPicturesInProfile(store: Store, page: ArticlePage, howToAdd: string): { page: ArticlePage; notes: string[] } {
  const children = page.body.root.children.filter((node) => {
    if (node.type !== IMAGE_TYPE) return true;
    const { sha256, ext } = node as unknown as { sha256: unknown; ext: unknown };
    return typeof sha256 === 'string' && store.images.storedExt(sha256) === ext;
  });
  const missing = page.body.root.children.length - children.length;
  if (missing === 0) return { page, notes: [] };
  const note = `${missing} ${missing === 1 ? 'picture was' : 'pictures were'} left out: ${missing === 1 ? 'it is' : 'they are'} not in this profile. ${howToAdd}`;
  return { page: { ...page, body: { ...page.body, root: { ...page.body.root, children } } }, notes: [note] };
}
