import { type DataProblem, formatDataProblem } from '../domain/dataProblem';
import { interfaceText } from '../text/interfaceText';

/** Problems listed before the rest are folded away: a file with thousands of bad features stays readable. */
const SHOWN = 5;

const problemList = (problems: readonly DataProblem[]) => (
  <ul>
    {problems.map((problem, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: fixed list
      <li key={index}>{formatDataProblem(problem)}</li>
    ))}
  </ul>
);

/** Shown when the story itself cannot be loaded: what failed, in words an editor can act on. */
export function StoryLoadFailure({ problems }: { problems: readonly DataProblem[] }) {
  const rest = problems.slice(SHOWN);
  return (
    <div className="load-failure" role="alert">
      <h1>{interfaceText.page.loadFailed}</h1>
      {problemList(problems.slice(0, SHOWN))}
      {rest.length > 0 && (
        <details>
          <summary>{interfaceText.page.moreProblems(rest.length)}</summary>
          {problemList(rest)}
        </details>
      )}
    </div>
  );
}
