/** Roster members go to their pair's room when Zoom lists them under their roster name (issue 16). */
import { describe, expect, it } from 'vitest';
import { assignRoster } from '../../../shared/zoom/assignRoster.js';

const pairs = [
  { n: 1, members: [{ name: 'Ana Ruiz' }, { name: 'Ben Ito' }] },
  { n: 2, members: [{ name: 'Cam Diaz' }] },
];

describe('assignRoster', () => {
  it('matches screen names to roster names, case and spacing aside', () => {
    const people = [
      { participantUUID: 'c', displayName: 'cam  diaz' },
      { participantUUID: 'a', displayName: ' Ana Ruiz' },
      { participantUUID: 'x', displayName: 'Stranger' },
    ];
    expect(assignRoster(pairs, people)).toEqual([
      { participantUUID: 'a', pair: 1 },
      { participantUUID: 'c', pair: 2 },
    ]);
  });

  it('places each person once, even when two roster entries share their name', () => {
    const twice = [{ n: 1, members: [{ name: 'Ana' }] }, { n: 2, members: [{ name: 'Ana' }] }];
    expect(assignRoster(twice, [{ participantUUID: 'a', displayName: 'Ana' }])).toEqual([{ participantUUID: 'a', pair: 1 }]);
  });

  it('assigns no one without a roster', () => {
    expect(assignRoster([{ n: 1, members: [] }], [{ participantUUID: 'a', displayName: 'Ana' }])).toEqual([]);
  });
});
