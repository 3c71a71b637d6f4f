import { type DataProblem, formatDataProblem } from '../domain/dataProblem';

/** Shown when the story itself cannot be loaded: what failed, in words an editor can act on. */
export function StoryLoadFailure({ problems }: { problems: readonly DataProblem[] }) {
  return (
    <div className="load-failure" role="alert">
      <h1>The story could not be loaded</h1>
      <ul>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed list
          <li key={index}>{formatDataProblem(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
