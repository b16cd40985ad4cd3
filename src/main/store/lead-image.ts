import type { Database, Statement } from 'better-sqlite3';
import type { LeadImage } from '../../shared/story/story-schema';

/** A story's lead image with its file's pixel size, from the stories and images tables. */
export class LeadImages {
  private readonly select: Statement;

  constructor(db: Database) {
    this.select = db.prepare(
      `SELECT i.sha256, i.ext, i.width, i.height, s.lead_image_alt AS alt, s.lead_image_caption AS caption,
              s.lead_image_credit AS credit
         FROM stories s JOIN images i ON i.sha256 = s.lead_image_sha256
        WHERE s.id = ?`,
    );
  }

  of(storyId: string): LeadImage | null {
    return (this.select.get(storyId) as LeadImage | undefined) ?? null;
  }
}
