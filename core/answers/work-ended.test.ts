import { describe, expect, it } from 'vitest';
import { saysNoLonger } from './work-ended.ts';

describe('saysNoLonger', () => {
  it.each([
    ['en', 'there is no more work for us'], ['en', 'they have no work anymore'], ['nl', 'er is geen werk meer'],
    ['pl', 'nie ma już pracy'], ['ro', 'nu mai am de lucru'], ['bg', 'вече нямам работа'], ['bg', 'nyama poveche rabota'],
    ['uk', 'роботи більше немає'], ['hu', 'nincs több munka'], ['hu', 'már nem dolgozom ott'], ['tr', 'artık iş yok'],
  ])('%s: "%s" says it goes on no longer', (_lang, text) => {
    expect(saysNoLonger(text)).toBe(true);
  });

  it.each([
    ['en', 'i do not work more than 40 hours'], ['pl', 'nie więcej niż 40 godzin'], ['ro', 'nu mai mult de 40 de ore'],
    ['bg', 'не повече от 40 часа'], ['hu', 'nem több mint 40 óra'], ['en', 'more work this week, not fun'], ['nl', 'ik wil meer werken'],
  ])('%s: "%s" is a comparison or no negation', (_lang, text) => {
    expect(saysNoLonger(text)).toBe(false);
  });
});
