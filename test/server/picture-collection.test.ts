import { describe, it } from 'vitest';
import { addToken } from '../../src/server/newsroom-tokens';
import { deleteStoryTakingItsPicture } from './picture-collection-scenario';
import { serverTestBed } from './server-fixtures';

const bed = serverTestBed();

describe('deleting a story for good takes the pictures only it used off the desk', () => {
  it('removes a picture only the deleted story showed, keeps those another story or an author uses, and takes the picture back later', async () => {
    await deleteStoryTakingItsPicture({ start: bed.server, token: addToken(bed.dataDir, 'jane', new Date()), editor: bed.editor });
  });
});
