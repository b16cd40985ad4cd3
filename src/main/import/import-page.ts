import type { SlugMatch } from '../../shared/api/contract/import';
import { canonicalUrl } from '../../shared/export/site-urls';
import { webHref } from '../../shared/export/safe-url';
import type { ArticlePage, PageByline, PageRelatedLink } from '../../shared/html-import/page-fields';
import { slugFromUrl } from '../../shared/html-import/page-parts';
import type { Settings } from '../../shared/settings/settings-schema';
import { generatedAuthorBio } from '../../shared/story/author-bio';
import { fixTypography } from '../../shared/typography';
import { foldText } from '../store/fold-text';
import {
  relatedLinkSchema,
  storyChangesSchema,
  type BylineInput,
  type LeadImageChange,
  type RelatedLinkInput,
  type Story,
  type StoryChanges,
} from '../../shared/story/story-schema';
import type { Store } from '../store/store';
import { chooseImportTarget, matchNote, type UpdateRequest, type UpdateWording } from './slug-match';

export type PageImportOptions = {
  /** The section to file the story in; else the first the page's labels name (ignoring case), else the settings' first. */
  section?: string;
  /** Whether a live story with the page's slug may be updated (chooseImportTarget); else the page comes in as a new draft. */
  update?: UpdateRequest;
  /**
   * The page's lead image once its picture is in the profile (importLeadImage);
   * null when the page has none. Left out (undefined) when it could not be
   * kept, so an update leaves the story's own lead image alone.
   */
  leadImage?: LeadImageChange | null;
};

/** `match`: the live story whose slug the page carries, updated or (as its note says) left alone. */
export type PageImportResult = { story: Story; action: 'created' | 'updated'; notes: string[]; match: SlugMatch | null };

/**
 * Stores a page read by readArticlePage. Our own page whose slug is a live
 * story's comes in as a new draft with a note, unless the person asked to
 * update that story (chooseImportTarget); an updated story keeps its current
 * content as a revision ("before-import"). Bylines are matched to the
 * author directory by name (a new name is added to it); a related link whose
 * URL is a story in the store becomes a link to that story; a bio that is
 * just what the settings' template makes of the bylines stays generated. A
 * new story keeps the page's content-modified date, so exporting it again
 * gives the page it came from. Call inside one transaction for a batch.
 */
export function importArticlePage(
  store: Store,
  settings: Settings,
  page: ArticlePage,
  wording: UpdateWording,
  options: PageImportOptions = {},
): PageImportResult {
  const notes: string[] = [];
  const section = options.section ?? sectionNamed(settings, page.sectionLabels) ?? settings.sections[0]!.name;
  // Only our own page's slug is ours: another site's page never overwrites a story that happens to share its slug.
  const target = chooseImportTarget(store, page.own ? page.slug : '', options.update ?? {}, wording);
  const existingId = target.kind === 'update' ? target.match.storyId : undefined;
  const bylines = page.bylines.map((byline) => bylineFor(store, byline));
  const generated = generatedAuthorBio(
    bylines.map((byline, index) => ({ ...byline, name: page.bylines[index]!.name })),
    settings.bioTemplate,
  );
  const changes: StoryChanges = {
    section,
    headline: page.headline,
    standfirst: page.standfirst,
    socialHeadline: page.socialHeadline,
    socialDescription: page.socialDescription,
    publishDate: page.publishDate,
    body: page.body,
    ...(options.leadImage === undefined ? {} : { leadImage: options.leadImage }),
    // Another site's bio went through house typography with its body (O’Brien), the bylines did not (O'Brien).
    authorBio: page.authorBio === generated || page.authorBio === fixTypography(generated).text ? null : page.authorBio,
    bylines,
    tags: page.tags,
    related: relatedLinks(store, settings, page.related, existingId, notes),
  };
  const checked = storyChangesSchema.safeParse(changes);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'the page'}: ${issue?.message ?? 'not a story'}`);
  }

  if (target.kind === 'update') {
    store.revisions.record(target.match.storyId, 'before-import');
    const current = store.getStory(target.match.storyId);
    // The page went out under this slug: a new headline does not move it.
    store.saveStory(current.id, current.revision, { ...checked.data, slug: target.match.slug });
    return { story: store.getStory(current.id), action: 'updated', notes, match: target.match };
  }
  const created = store.createStory({ section, headline: page.headline });
  // The page's own slug, or the free one the rule chose beside a matched story's; another site's page keeps the headline's.
  const slug = target.slug !== undefined && target.slug !== created.slug ? target.slug : undefined;
  store.saveStory(created.id, created.revision, { ...checked.data, ...(slug === undefined ? {} : { slug }) }, {
    contentModifiedAt: page.contentModifiedAt ?? undefined,
  });
  const story = store.getStory(created.id);
  if (target.match !== null) notes.unshift(matchNote(target.match, story.slug, wording));
  return { story, action: 'created', notes, match: target.match };
}

/** The settings' section that the first of the page's labels to name one names, ignoring case and accents ("OPINION" files in Opinion). */
function sectionNamed(settings: Settings, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const found = settings.sections.find((candidate) => foldText(candidate.name.trim()) === foldText(label.trim()));
    if (found !== undefined) return found.name;
  }
  return undefined;
}

/** The directory's author of that name (ignoring case and accents), else a new one with the byline's role and organisation. */
function bylineFor(store: Store, byline: PageByline): BylineInput {
  const name = foldText(byline.name.trim());
  const author =
    store.authors.list(byline.name).find((candidate) => foldText(candidate.name.trim()) === name) ??
    store.authors.create({ name: byline.name.trim(), role: byline.role, organisation: byline.organisation, email: '' });
  return { authorId: author.id, role: byline.role, organisation: byline.organisation };
}

/** Store stories by id when the URL is theirs (as the settings build it), the rest as external links; unusable ones noted and left out. */
function relatedLinks(
  store: Store,
  settings: Settings,
  links: readonly PageRelatedLink[],
  selfId: string | undefined,
  notes: string[],
): RelatedLinkInput[] {
  const kept: RelatedLinkInput[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const storyId = storyAt(store, settings, link.url);
    if (storyId !== undefined && storyId === selfId) {
      notes.push(`Related link ${link.url} left out: it is the story itself.`);
      continue;
    }
    const candidate: RelatedLinkInput =
      storyId !== undefined
        ? { kind: 'story', storyId }
        : {
            kind: 'external',
            url: link.url,
            headline: link.headline === '' ? link.url : link.headline,
            standfirst: link.standfirst,
            byline: link.byline,
            imageUrl: link.imageUrl !== '' && webHref(link.imageUrl) !== null ? link.imageUrl : '',
          };
    const parsed = relatedLinkSchema.safeParse(candidate);
    const key = candidate.kind === 'story' ? candidate.storyId : candidate.url;
    if (!parsed.success) {
      notes.push(`Related link ${link.url} left out: ${parsed.error.issues[0]?.message ?? 'not a story link'}.`);
    } else if (!seen.has(key)) {
      seen.add(key);
      kept.push(parsed.data);
    }
  }
  return kept;
}

/** The live story whose public URL this is, if any. */
function storyAt(store: Store, settings: Settings, url: string): string | undefined {
  const slug = slugFromUrl(url);
  const id = slug === '' ? undefined : store.findStoryIdBySlug(slug);
  if (id === undefined) return undefined;
  return canonicalUrl(settings, store.getStory(id)) === url ? id : undefined;
}
