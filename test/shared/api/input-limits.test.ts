import { describe, expect, it } from 'vitest';
import { findInputLimitBreach, INPUT_LIMITS, jsonTextTooDeep } from '../../../src/shared/api/input-limits';

describe('the API input limits', () => {
  it('walk an object that only inherits from a typed array as an object, without throwing', () => {
    const fake: Record<string, unknown> = {};
    Object.setPrototypeOf(fake, new Uint8Array(4));
    expect(() => findInputLimitBreach({ bytes: fake })).not.toThrow();
    expect(findInputLimitBreach({ bytes: fake })).toBeNull();
  });

  it('count file contents at their size and name the field at fault', () => {
    expect(findInputLimitBreach({ bytes: new Uint8Array(1024) })).toBeNull();
    expect(findInputLimitBreach({ files: [new Uint8Array(INPUT_LIMITS.totalBytes / 2), new Uint8Array(INPUT_LIMITS.totalBytes / 2 + 1)] })).toEqual({ limit: 'totalBytes', field: '' });
    expect(findInputLimitBreach({ changes: { tags: Array.from({ length: INPUT_LIMITS.listItems + 1 }, () => 't') } })).toEqual({ limit: 'listItems', field: 'changes.tags' });
  });

  it('stop a cyclic input at the depth limit', () => {
    const loop: Record<string, unknown> = {};
    loop.next = loop;
    expect(findInputLimitBreach(loop)).toMatchObject({ limit: 'depth' });
  });

  it('read the nesting of JSON text before parsing, brackets inside strings aside', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(jsonTextTooDeep(nested(INPUT_LIMITS.depth))).toBe(false);
    expect(jsonTextTooDeep(nested(INPUT_LIMITS.depth + 1))).toBe(true);
    expect(jsonTextTooDeep(JSON.stringify({ text: `\\" ${'{'.repeat(5_000)}` }))).toBe(false);
  });
});
