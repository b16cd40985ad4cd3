import { PROFILE_ENV } from '../profile/profile-dir';

const PROFILE_OPTION = `  --profile DIR   the profile folder (default: $${PROFILE_ENV}, else the folder the app uses)`;

export const LIST_HELP = `copydesk list: the stories in the library, newest change first

usage: copydesk list [--status STATUS] [--section NAME] [--view VIEW] [--json] [--profile DIR]

  --status STATUS   only stories in this workflow state: draft, in_edit or ready
  --section NAME    only stories in this section, e.g. Opinion
  --view VIEW       active (default), archived or trash
  --json            one JSON object on stdout: { "total": N, "stories": [ … ] } with every
                    story's id, headline, standfirst, status, section, bylines, word count,
                    dates and export state
${PROFILE_OPTION}

Text output is one story a line, tab-separated: id, status, section, words, last change (UTC),
export state (not exported / exported / changed since export), headline.
`;

export const EXPORT_HELP = `copydesk export: write stories as website HTML into a folder

usage: copydesk export (ID|SLUG ... | --status STATUS | --all) --out DIR [options]

Which stories (exactly one of):
  ID|SLUG ...       the stories with these ids or slugs (archived and trashed ones too)
  --status STATUS   every active story in this workflow state, e.g. --status ready
  --all             every active story (not archived, not in the trash)

Options:
  --out DIR         the folder to write into (created if needed)
  --form FORM       page (default: a whole HTML document), article or body (docs/export-format.md)
  --stylesheet HREF page form only: a <link rel="stylesheet"> to a relative path or an http(s) URL
  --json            one JSON object on stdout: { "folder": DIR, "exported": [ { "id", "slug",
                    "file", "warnings", "missingImages" } ] }
${PROFILE_OPTION}

Each story becomes SLUG.html (SLUG.article.html, SLUG.body.html for the other forms; the id when
it has no slug), and the images it uses are copied to DIR/images/. Files are replaced whole, never
half-written; an identical image already there is left alone. Each export is recorded in the
story's export log; the story itself is not changed. Export warnings (no publish date, a link that
is not allowed, a related story in the trash and so left out, or still a draft …) go to stderr and
do not fail the export.
`;

export const IMPORT_HELP = `copydesk import: stories from HTML files (our own exports or other sites' pages) and Word
documents (.docx)

usage: copydesk import FILE.html|FILE.docx ... [--section NAME] [--as-new] [--base-url URL] [--json]
                                      [--profile DIR]

  --section NAME  the section of the stories (default: the page's own section when the settings
                  have it, else the first in the settings)
  --as-new        always create new drafts, even for a page whose slug is a live story's
  --base-url URL  where the saved page came from, for its relative links (default: the page's
                  own <base> or canonical URL; without any, relative links keep only their text)
  --json          one JSON object on stdout: { "imported": [ { "file", "id", "slug", "headline",
                  "action" ("created" or "updated"), "warnings" } ] }
${PROFILE_OPTION}

A Copydesk export comes back as the story it was: headline, standfirst, section, slug, social
headline and description, publish date, tags, bylines (matched to the author directory by name, new
names added to it), lead image, body with its pull-quotes, images and end mark, bio and related
stories; its pictures are copied in from the images/ folder beside it (a lead image whose picture
is neither there nor in the profile is left out with a warning). A page whose slug is a live story's
updates that story, keeping its previous version as a revision, unless --as-new. A related link
whose URL is a story in the store becomes a link to that story. Another site's page gives its
h1, standfirst (a standfirst/dek/summary element, else the description), bylines (schema.org,
rel="author" or a byline element), the main content as the body (its pull-quotes and end mark
too; site furniture left out), a closing author bio and its aside of related links
(docs/html-import.md). A Word document is always a new story: its Title is the headline, its
Subtitle (or a short first paragraph in italic) the standfirst, and its headings, bold, italic,
links, lists, tables and pictures the body, with tracked changes accepted and comments left out
(docs/word-import.md). What a file is comes from its contents, not its name; anything else (a PDF,
a picture, an old .doc, a password-protected or damaged document) is refused. What could not be
kept is listed on stderr as warnings. All the files are imported in one go: if one cannot be read
or stored, none is.
`;

export const CHECK_HELP = `copydesk check: the house-style findings of stories, and whether they are ready to publish

usage: copydesk check (ID ... | --slug SLUG ... | --status STATUS | --all) [--json] [--profile DIR]

Which stories (exactly one of):
  ID ...            the stories with these ids (archived and trashed ones too)
  --slug SLUG       the story with this slug (repeat for more)
  --status STATUS   every active story in this workflow state, e.g. --status ready
  --all             every active story (not archived, not in the trash)

Options:
  --json            one JSON object on stdout: { "rules", "stories": [ { "id", "slug", "headline",
                    "findings": [ { "ruleId", "severity", "message", "advice", "where", "text",
                    "fixes" } ], "readyToPublish": { "ready", "met", "total", "items": [ { "id",
                    "label", "met", "level", "detail", "links": [ { "index", "state",
                    "message" } ] } ] } } ], "counts": { "error", "warning", "suggestion" } }
${PROFILE_OPTION}

The rules are the profile's (settings: houseStyleRules, else the built-in house style); what the
editors ignored in a story stays ignored. Text output is one line a finding: severity, rule, where
(headline, standfirst, paragraph 3 …), the flagged text and the message.

Each story also gets the app's "Ready to publish" list: publish date set, slug set, lead image
with alt text (a lead image itself is advised, not required), an author bio for Opinion pieces,
and every related story in the library live and ready: one in the trash or deleted for good is
left out of the export, and a draft or a story in edit is not yet on the site. Text output gives
the count ("Ready to publish: 3 of 5") and one line for each item not met.
Exit status 1 when any finding is an error or any story is not ready to publish (a required item
not met), 0 otherwise; 3 when the rules file is not valid.
`;

export const BACKUP_HELP = `copydesk backup: the profile's backups

usage: copydesk backup list|create|check [--json] [--profile DIR]
       copydesk backup restore NAME [--json] [--profile DIR]

  list          the backups in the profile's backups folder, newest first
  create        an online backup now (safe while the app is open)
  check         a full integrity check of the database; exit 3 when it is damaged
  restore NAME  replace the database with that backup after checking it; the current database is
                kept as copydesk.db.before-restore-…, never deleted. Refused while the app or the preview has it open.
${PROFILE_OPTION}

The app also backs up on start and every few hours, keeping the ten newest and one a day for a week.
`;

export const MAIN_HELP = `copydesk: the Copydesk library from the command line

usage: copydesk COMMAND [options]

Commands:
  list      list the stories (copydesk list --status ready)
  export    write stories as website HTML into a folder
            (copydesk export --status ready --out site/stories)
  import    create draft stories from HTML files (copydesk import story.html)
  check     house-style findings, and whether stories are ready to publish
            (copydesk check --status ready)
  backup    list, create, check or restore backups (copydesk backup list)
  init      make a new profile, e.g. for a site build (copydesk init --profile DIR)
  help      this text, or one command's: copydesk help export

Every command reads the same profile as the app: --profile DIR, else $${PROFILE_ENV}, else the
app's own folder. It is safe to run while the app is open.

Options for every command:
  --json          machine-readable output on stdout (list, export, import, check)
  --help, -h      help for the command

Exit status:
  0  success
  1  findings: copydesk check found house-style errors or a story not ready to publish
  2  usage error: an unknown command or option, a missing value; nothing was changed
  3  data or database error: no profile, a story not found, a database from a newer Copydesk,
     a damaged or busy database, a missing image file, a file or folder that cannot be read or written
Messages go to stderr and say what went wrong and what to do about it.
`;
