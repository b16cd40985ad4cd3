/** The site an external link points to, as an editor recognises it: "bmj.com", not the whole URL. */
export function linkDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
