import { describe, expect, it } from 'vitest';
import { groupGaps, type GapRow } from './grouping.ts';

let n = 0;
function gap(text: string, person: string, overrides: Partial<GapRow> = {}): GapRow {
  n += 1;
  return {
    id: `g${String(n).padStart(3, '0')}`, organizationId: 'testdorp', kind: 'unanswered', language: 'en', text,
    tileKey: null, tileOwnerId: null, personKey: person, createdAt: new Date(Date.UTC(2026, 10, 1, 0, n)), ...overrides,
  };
}

describe('grouping content gaps', () => {
  const parking = [
    gap('Where can I park my caravan overnight?', 'p1'),
    gap('where to park a caravan for the night', 'p2'),
    gap('Can I park my caravan on the street overnight?', 'p3'),
  ];
  const fishing = [gap('Do I need a permit for fishing?', 'p1'), gap('fishing permit where', 'p2')];

  it('puts similar questions of one language together and counts questions and different people', () => {
    const { groups, hidden } = groupGaps([...parking, ...fishing]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: parking[0].id, language: 'en', kind: 'unanswered', count: 3, people: 3, municipalities: 1 });
    expect(groups[0].questions.map((q) => q.id)).toEqual(parking.map((g) => g.id).reverse());
    expect(groups[0].example).toMatch(/caravan/i);
    expect(hidden).toBe(2);
  });

  it('shows a group only once 3 different people asked: one person asking three times is not enough', () => {
    const same = [gap('Where can I park my caravan overnight?', 'p9'), gap('where to park a caravan overnight', 'p9'), gap('park caravan overnight?', 'p9')];
    expect(groupGaps(same).groups).toEqual([]);
    expect(groupGaps([...same, gap('caravan park overnight where', 'p8')]).groups).toEqual([]);
    const enough = groupGaps([...same, gap('caravan park overnight where', 'p8'), gap('parking my caravan overnight', 'p7')]);
    expect(enough.groups).toHaveLength(1);
    expect(enough.groups[0]).toMatchObject({ count: 5, people: 3 });
  });

  it('keeps languages apart, and "not helpful" per tile apart from unanswered questions', () => {
    const polish = [gap('Gdzie mogę zaparkować przyczepę na noc?', 'p1', { language: 'pl' }), gap('parkowanie przyczepy na noc gdzie', 'p2', { language: 'pl' }), gap('zaparkować przyczepę kempingową na noc', 'p3', { language: 'pl' })];
    const notHelpful = parking.map((g) => ({ ...g, id: `${g.id}nh`, kind: 'not_helpful' as const, tileKey: 'parking', tileOwnerId: 'testdorp' }));
    const { groups } = groupGaps([...parking, ...polish, ...notHelpful]);
    expect(groups.map((g) => `${g.language}/${g.kind}/${g.tileKey ?? '-'}/${g.count}`).sort()).toEqual(['en/not_helpful/parking/3', 'en/unanswered/-/3', 'pl/unanswered/-/3']);
  });

  it('counts municipalities and is the same whatever order the rows come in', () => {
    const spread = parking.map((g, i) => ({ ...g, organizationId: `m${i}` }));
    const a = groupGaps(spread);
    const b = groupGaps([...spread].reverse());
    expect(a).toEqual(b);
    expect(a.groups[0].municipalities).toBe(3);
  });
});
