import { ApiError } from '../../shared/api/api-error';
import { imageFileName } from '../../nodes/image/image-names';
import { imageNodeSchema } from '../../nodes/image/image-schema';
import { imageNodesOf } from '../../nodes/image/body-images';
import type { StoryBody } from '../../shared/story/story-schema';

/**
 * Refuses a body whose image nodes name a picture the profile does not hold
 * (by content address and type, as the images table records it): every
 * export of the story would then point at a missing file.
 */
export function requireStoredBodyImages(body: StoryBody | null, storedExt: (sha256: string) => string | undefined): void {
  const nodes = imageNodesOf(body);
  nodes.forEach((node, index) => {
    const which = nodes.length === 1 ? 'The picture in the body' : `Picture ${index + 1} of ${nodes.length} in the body`;
    const image = imageNodeSchema.safeParse(node);
    if (!image.success) {
      throw new ApiError('invalid_input', `${which} is not a valid image node, so the story was not saved. Remove it and add the picture again from disk.`, 'changes.body');
    }
    if (storedExt(image.data.sha256) !== image.data.ext) {
      const alt = image.data.alt.trim() === '' ? '' : ` (alt text “${image.data.alt.slice(0, 80)}”)`;
      throw new ApiError(
        'invalid_input',
        `${which}${alt} names ${imageFileName(image.data)}, which is not among the pictures stored in this profile, so the story was not saved. Remove it and add the picture again from disk.`,
        'changes.body',
      );
    }
  });
}
