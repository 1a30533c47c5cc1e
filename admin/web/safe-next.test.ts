import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next.ts';

describe('safeNextPath', () => {
  it.each([
    ['/inbox', '/inbox'],
    ['/inbox/conversations/42?tab=open#reply', '/inbox/conversations/42?tab=open#reply'],
    ['/a/../b', '/b'],
    ['/zoeken?q=%2F%2Fevil', '/zoeken?q=%2F%2Fevil'],
  ])('keeps the local path %s', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['/x\\y'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['inbox'],
    [''],
    ['/\t/evil.example'],
    ['/x\ny'],
    [`/${'a'.repeat(3000)}`],
    [undefined],
    [42],
  ])('refuses %j', (value) => {
    expect(safeNextPath(value)).toBeUndefined();
  });
});
