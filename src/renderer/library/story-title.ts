/** How a story is named in menus, dialogs and toasts. */
export function storyTitle(headline: string): string {
  const trimmed = headline.trim();
  return trimmed === '' ? 'Untitled' : trimmed;
}

/** The title in curly quotes, unless it already starts with a quotation of its own. */
export function quotedTitle(headline: string): string {
  const title = storyTitle(headline);
  return /^["“‘']/.test(title) ? title : `“${title}”`;
}
