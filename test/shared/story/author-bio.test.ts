import { describe, expect, it } from 'vitest';
import { authorBioFor, generatedAuthorBio } from '../../../src/shared/story/author-bio';

const TEMPLATE = '{name} is {role} of {organisation}.';
const jane = { name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' };
const amir = { name: 'Amir Khan', role: 'director of strategy', organisation: 'North Example ICB' };

describe('generatedAuthorBio', () => {
  it('fills the template for one byline', () => {
    expect(generatedAuthorBio([jane], TEMPLATE)).toBe('Jane Smith is chief executive of Example Trust.');
  });

  it('writes one sentence per byline, in order, each on its own line', () => {
    expect(generatedAuthorBio([jane, amir], TEMPLATE)).toBe(
      'Jane Smith is chief executive of Example Trust.\nAmir Khan is director of strategy of North Example ICB.',
    );
  });

  it('shortens the sentence when the organisation or role is missing', () => {
    expect(generatedAuthorBio([{ ...jane, organisation: '' }], TEMPLATE)).toBe('Jane Smith is chief executive.');
    expect(generatedAuthorBio([{ ...jane, role: ' ' }], TEMPLATE)).toBe('Jane Smith of Example Trust.');
  });

  it('leaves out a byline with no name, or with neither role nor organisation', () => {
    expect(generatedAuthorBio([{ ...jane, name: '' }, { ...amir, role: '', organisation: '' }], TEMPLATE)).toBe('');
    expect(generatedAuthorBio([], TEMPLATE)).toBe('');
  });

  it('follows another template shape', () => {
    expect(generatedAuthorBio([{ ...jane, role: '' }], '{name} ({role}, {organisation}) writes for us.')).toBe(
      'Jane Smith (Example Trust) writes for us.',
    );
    expect(generatedAuthorBio([{ ...jane, role: '' }], '{name} writes for us.')).toBe('Jane Smith writes for us.');
  });
});

describe('authorBioFor', () => {
  it('prefers the story’s own bio, even an empty one, over the generated line', () => {
    expect(authorBioFor({ authorBio: 'Jane writes a column.', bylines: [jane] }, TEMPLATE)).toBe('Jane writes a column.');
    expect(authorBioFor({ authorBio: '', bylines: [jane] }, TEMPLATE)).toBe('');
    expect(authorBioFor({ authorBio: null, bylines: [jane] }, TEMPLATE)).toBe('Jane Smith is chief executive of Example Trust.');
  });
});
