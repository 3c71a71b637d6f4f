import { describe, expect, it } from 'vitest';
import { collection, validEvent, validSource } from '../test/storyFixtures';
import { compareAccounts, groupSourcesByParty } from './compareAccounts';
import { correctionsAt } from './correctionsAt';
import { parseEvents } from './parseEvents';

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
    const [fired, intercepted] = compareAccounts(event.questions, event.sources);
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
    expect(compareAccounts(event?.questions ?? [], event?.sources ?? [])[0]?.differs).toBe(false);
  });
});

describe('groupSourcesByParty', () => {
  it('groups sources by who said it, in order of first appearance, keeping their indexes', () => {
    const groups = groupSourcesByParty(rocketEvent().sources);
    expect(groups.map((group) => [group.party, group.sources.map((member) => member.index)])).toEqual([
      ['ISIS-K', [0, 1]],
      ['Taliban official', [2]],
      ['Pentagon', [3]],
      ['Witness', [4]],
    ]);
  });
});

describe('correctionsAt', () => {
  const sources = [
    validSource({ party: 'Pentagon (Kirby)', quote: 'at least one other explosion' }),
    validSource({ party: 'Pentagon (Taylor)', quote: 'we do not believe that there was a second explosion' }),
  ];
  const corrections = [
    {
      at: '2021-08-27T08:30:00+04:30',
      summary: 'The Pentagon said there was no second explosion.',
      by_source: 1,
      retracts_sources: [0],
      status_after: 'retracted',
    },
  ];
  const event = parseEvents(
    'f',
    collection(
      validEvent('second-blast', {
        start: '2021-08-26T17:48:00+04:30',
        time_precision: 'minute',
        time_uncertainty_min: undefined,
        sources,
        corrections,
      }),
    ),
  ).events[0];
  if (!event) throw new Error('fixture did not parse');
  const correctionTime = Date.UTC(2021, 7, 27, 4, 0);

  it('shows what was known before the correction: the first report, no correction', () => {
    const state = correctionsAt(event, correctionTime - 1);
    expect(state.known).toEqual([]);
    expect(state.pending).toBe(1);
    expect(state.status).toBe('reported');
    expect(state.retracted.size).toBe(0);
  });

  it('shows the correction, its retracted claims and the new status from its time on', () => {
    const state = correctionsAt(event, correctionTime);
    expect(state.known.map((correction) => correction.summary)).toEqual([
      'The Pentagon said there was no second explosion.',
    ]);
    expect(state.status).toBe('retracted');
    expect([...state.retracted]).toEqual([0]);
    expect(correctionsAt(event, Number.POSITIVE_INFINITY).status).toBe('retracted');
  });
});
