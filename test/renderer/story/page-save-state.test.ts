import { describe, expect, it } from 'vitest';
import { pageSaveState, type SaveStanding } from '../../../src/renderer/story/page-save-state';

const saved: SaveStanding = { state: 'saved', error: null };

describe('the story page’s save state from autosave and the shared body', () => {
  it('says saved only when both are saved', () => {
    expect(pageSaveState(saved, saved)).toEqual(saved);
    expect(pageSaveState(saved, { state: 'pending', error: null }).state).toBe('pending');
    expect(pageSaveState({ state: 'saving', error: null }, saved).state).toBe('saving');
  });

  it('shows a failed body save, with its reason, while autosave is saved or still saving', () => {
    const failed: SaveStanding = { state: 'failed', error: 'The disk is full.' };
    expect(pageSaveState(saved, failed)).toEqual(failed);
    expect(pageSaveState({ state: 'saving', error: null }, failed)).toEqual(failed);
  });

  it('keeps autosave’s failure, and a halt, ahead of the body’s', () => {
    const autosaveFailed: SaveStanding = { state: 'failed', error: 'The store is closed.' };
    expect(pageSaveState(autosaveFailed, { state: 'failed', error: 'The disk is full.' })).toEqual(autosaveFailed);
    expect(pageSaveState({ state: 'halted', error: null }, { state: 'failed', error: 'The disk is full.' }).state).toBe('halted');
  });
});
