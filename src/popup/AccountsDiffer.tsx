import type { AccountComparison } from '../domain/compareAccounts';

/** The questions on which sources disagree, each answer next to the party that gives it. */
export function AccountsDiffer({ comparisons }: { comparisons: readonly AccountComparison[] }) {
  const differing = comparisons.filter((comparison) => comparison.differs);
  if (differing.length === 0) return null;
  return (
    <section className="accounts-differ" aria-labelledby="accounts-differ-heading">
      <h3 id="accounts-differ-heading">Accounts differ</h3>
      {differing.map((comparison) => (
        <div className="comparison" key={comparison.key}>
          <p className="comparison-question">{comparison.label}</p>
          <ul className="comparison-answers">
            {comparison.answers.map((answer) => (
              <li key={`${answer.party}:${answer.value}`} className="comparison-answer">
                <span className="answer-party">{answer.party}</span>
                <span className="answer-value">{String(answer.value)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
