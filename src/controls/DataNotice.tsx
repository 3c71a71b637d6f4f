import { type DataProblem, formatDataProblem } from '../domain/dataProblem';
import { interfaceText } from '../text/interfaceText';

/** Tells the reader (and the editor) that some data was skipped, and exactly why. Everything valid still shows. */
export function DataNotice({ problems }: { problems: readonly DataProblem[] }) {
  if (problems.length === 0) return null;
  const features = new Set(problems.map((problem) => `${problem.file}#${problem.featureId ?? ''}`));
  return (
    <div className="data-notice" role="status">
      <details>
        <summary>{interfaceText.page.dataNotice(problems.length, features.size)}</summary>
        <ul>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once loaded
            <li key={index}>{formatDataProblem(problem)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
