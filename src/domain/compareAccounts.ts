import type { Question, Source } from './storyEvent';

/** One party's answer to a question, with the sources (by index) that give it. */
export interface PartyAnswer {
  readonly party: string;
  readonly value: number | string;
  readonly sourceIndexes: readonly number[];
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
 * Compares what the sources of an event say about each of its questions. Answers are grouped by party
 * (a party repeating itself across outlets counts once) and kept in the order the sources are listed.
 */
export function compareAccounts(questions: readonly Question[], sources: readonly Source[]): AccountComparison[] {
  return questions.map((question) => {
    const answers: { party: string; value: number | string; sourceIndexes: number[] }[] = [];
    sources.forEach((source, index) => {
      const value = source.answers[question.key];
      if (value === undefined) return;
      const same = answers.find(
        (answer) => answer.party === source.party && normalise(answer.value) === normalise(value),
      );
      if (same) same.sourceIndexes.push(index);
      else answers.push({ party: source.party, value, sourceIndexes: [index] });
    });
    const distinct = new Set(answers.map((answer) => normalise(answer.value)));
    return { key: question.key, label: question.label, answers, differs: distinct.size > 1 };
  });
}

/** The sources grouped by who said it, in order of first appearance; each source keeps its index. */
export function groupSourcesByParty(
  sources: readonly Source[],
): { party: string; sources: { source: Source; index: number }[] }[] {
  const groups = new Map<string, { source: Source; index: number }[]>();
  sources.forEach((source, index) => {
    const group = groups.get(source.party);
    if (group) group.push({ source, index });
    else groups.set(source.party, [{ source, index }]);
  });
  return [...groups].map(([party, members]) => ({ party, sources: members }));
}
