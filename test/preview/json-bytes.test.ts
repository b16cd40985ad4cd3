import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, parseWithBytes, stringifyWithBytes } from '../../src/preview/json-bytes';

describe('bytes in the preview bridge’s JSON', () => {
  it('writes base64 exactly as Node does, for every length', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
  });

  it('carries a Uint8Array through JSON as { "$bytes": … } and back, beside ordinary fields', () => {
    const bytes = new Uint8Array(randomBytes(100_003));
    const text = stringifyWithBytes({ fileName: 'ward.png', bytes, nested: [{ more: new Uint8Array([1, 2, 3]) }] });
    expect(JSON.parse(text).bytes).toEqual({ $bytes: Buffer.from(bytes).toString('base64') });
    const back = parseWithBytes(text) as { fileName: string; bytes: Uint8Array; nested: Array<{ more: Uint8Array }> };
    expect(back.fileName).toBe('ward.png');
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect([...back.nested[0]!.more]).toEqual([1, 2, 3]);
  });

  it('leaves alone what only looks like tagged bytes', () => {
    expect(parseWithBytes('{"a":{"$bytes":"not base64!"}}')).toEqual({ a: { $bytes: 'not base64!' } });
    expect(parseWithBytes('{"a":{"$bytes":5}}')).toEqual({ a: { $bytes: 5 } });
    expect(parseWithBytes('{"a":{"$bytes":"AAAA","b":1}}')).toEqual({ a: { $bytes: 'AAAA', b: 1 } });
    expect(base64ToBytes('AAA')).toBeNull();
  });
});
