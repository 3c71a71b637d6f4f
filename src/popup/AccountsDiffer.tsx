import type { AccountComparison } from '../domain/compareAccounts';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { PublishedDate } from './PublishedDate';

/** The questions on which the published sources disagree, each answer with its party and when it was given. */
export function AccountsDiffer({
  comparisons,
  zone,
}: {
  comparisons: readonly AccountComparison[];
  zone: DisplayZone;
}) {
  const differing = comparisons.filter((comparison) => comparison.differs);
  if (differing.length === 0) return null;
  return (
    <section className="accounts-differ" aria-label={interfaceText.popup.accountsDiffer}>
      <h3>{interfaceText.popup.accountsDiffer}</h3>
      {differing.map((comparison) => (
        <div className="comparison" key={comparison.key}>
          <p className="comparison-question">{comparison.label}</p>
          <ul className="comparison-answers">
            {comparison.answers.map((answer) => (
              <li key={`${answer.party}:${answer.reporting}:${answer.value}`} className="comparison-answer">
                <span className="answer-party">
                  {answer.party}
                  {answer.reporting && interfaceText.popup.reporting(answer.reporting)}
                </span>
                <span className="answer-value">{String(answer.value)}</span>
                <span className="answer-date">
                  <PublishedDate date={answer.published} zone={zone} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
