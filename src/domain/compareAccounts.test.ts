import { describe, expect, it } from 'vitest';
import { collection, validEvent, validSource } from '../test/storyFixtures';
import { compareAccounts, groupSourcesByParty } from './compareAccounts';
import { parseEvents } from './parseEvents';
import type { Source } from './storyEvent';

const indexed = (sources: readonly Source[]) => sources.map((source, index) => ({ source, index }));

const questions = [
  { key: 'rockets-fired', label: 'Rockets fired' },
  { key: 'rockets-intercepted', label: 'Rockets intercepted' },
];

function rocketEvent() {
  const sources = [
    validSource({ party: 'ISIS-K', quote: 'six rockets', answers: { 'rockets-fired': 6 } }),
    validSource({ party: 'ISIS-K', quote: 'seis cohetes', answers: { 'rockets-fired': 6 } }),
    validSource({
      party: 'Taliban official',
      quote: 'five, all destroyed',
      answers: { 'rockets-fired': 5, 'rockets-intercepted': 'all' },
    }),
    validSource({
      party: 'Pentagon',
      quote: 'five in the air',
      answers: { 'rockets-fired': 5, 'rockets-intercepted': 1 },
    }),
    validSource({ party: 'Witness', quote: 'three explosions' }),
  ];
  const { events, problems } = parseEvents('f', collection(validEvent('rockets', { questions, sources })));
  expect(problems).toEqual([]);
  return events[0] as NonNullable<(typeof events)[0]>;
}

describe('compareAccounts', () => {
  it('shows where accounts differ, each party once with its answer', () => {
    const event = rocketEvent();
    const [fired, intercepted] = compareAccounts(event.questions, indexed(event.sources));
    expect(fired?.differs).toBe(true);
    expect(fired?.answers.map((answer) => [answer.party, answer.value])).toEqual([
      ['ISIS-K', 6],
      ['Taliban official', 5],
      ['Pentagon', 5],
    ]);
    expect(fired?.answers[0]?.sourceIndexes).toEqual([0, 1]);
    expect(intercepted?.answers.map((answer) => [answer.party, answer.value])).toEqual([
      ['Taliban official', 'all'],
      ['Pentagon', 1],
    ]);
  });

  it('does not call agreement a difference (text answers compare without case)', () => {
    const sources = [
      validSource({ party: 'A', answers: { 'rockets-fired': 'All' } }),
      validSource({ party: 'B', answers: { 'rockets-fired': 'all ' } }),
    ];
    const event = parseEvents('f', collection(validEvent('x', { questions, sources }))).events[0];
    expect(compareAccounts(event?.questions ?? [], indexed(event?.sources ?? []))[0]?.differs).toBe(false);
  });
});

describe('groupSourcesByParty', () => {
  it('groups sources by who said it, in order of first appearance, keeping their indexes', () => {
    const groups = groupSourcesByParty(indexed(rocketEvent().sources));
    expect(groups.map((group) => [group.party, group.sources.map((member) => member.index)])).toEqual([
      ['ISIS-K', [0, 1]],
      ['Taliban official', [2]],
      ['Pentagon', [3]],
      ['Witness', [4]],
    ]);
  });
});
