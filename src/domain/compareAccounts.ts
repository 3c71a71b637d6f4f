import type { PartialDate, Question, Source } from './storyEvent';

/** A source with its position in the event's list (corrections and figures refer to sources by index). */
export interface IndexedSource {
  readonly source: Source;
  readonly index: number;
}

/** One party's answer to a question, with the sources (by index) that give it and when it was first published. */
export interface PartyAnswer {
  readonly party: string;
  /** Whose statement the party (an outlet) describes in its own words, if any. */
  readonly reporting?: string;
  readonly value: number | string;
  readonly sourceIndexes: readonly number[];
  /** The earliest publication among those sources. */
  readonly published: PartialDate;
}

/** How the sources of an event answer one question. */
export interface AccountComparison {
  readonly key: string;
  readonly label: string;
  readonly answers: readonly PartyAnswer[];
  /** True when at least two different answers are given. */
  readonly differs: boolean;
}

function normalise(value: number | string): string {
  return typeof value === 'number' ? String(value) : value.trim().toLowerCase();
}

/**
 * Compares what the given sources of an event say about each of its questions. Answers are grouped by party
 * (a party repeating itself across outlets counts once) and kept in the order the sources are listed. Pass only
 * the sources a reader may see at the slider's time: an answer exists from its publication.
 */
export function compareAccounts(
  questions: readonly Question[],
  sources: readonly IndexedSource[],
): AccountComparison[] {
  return questions.map((question) => {
    const answers: {
      party: string;
      reporting?: string;
      value: number | string;
      sourceIndexes: number[];
      published: PartialDate;
    }[] = [];
    for (const { source, index } of sources) {
      const value = source.answers[question.key];
      if (value === undefined) continue;
      const same = answers.find(
        (answer) =>
          answer.party === source.party &&
          answer.reporting === source.reporting &&
          normalise(answer.value) === normalise(value),
      );
      if (!same) {
        answers.push({
          party: source.party,
          reporting: source.reporting,
          value,
          sourceIndexes: [index],
          published: source.published,
        });
      } else {
        same.sourceIndexes.push(index);
        if (source.published.earliest < same.published.earliest) same.published = source.published;
      }
    }
    const distinct = new Set(answers.map((answer) => normalise(answer.value)));
    return { key: question.key, label: question.label, answers, differs: distinct.size > 1 };
  });
}

/** The sources grouped by who said it, in order of first appearance; each source keeps its index. */
export function groupSourcesByParty<T extends IndexedSource>(sources: readonly T[]): { party: string; sources: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const member of sources) {
    const group = groups.get(member.source.party);
    if (group) group.push(member);
    else groups.set(member.source.party, [member]);
  }
  return [...groups].map(([party, members]) => ({ party, sources: members }));
}
