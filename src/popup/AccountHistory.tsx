import type { HistoryItem } from '../domain/knownAt';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatFigureValue } from './formatFigureValue';
import { PublishedDate } from './PublishedDate';

const TEXT = interfaceText.popup;
const KIND_LABELS: Record<HistoryItem['kind'], string> = TEXT.historyKinds;

function describe(item: HistoryItem, locale: string): string {
  if (item.figure) return `${item.figure.label}: ${formatFigureValue(item.figure, locale)}`;
  if (item.summary !== undefined) return item.summary;
  return TEXT.firstPublishedReport;
}

/** How the account of an event changed, step by step and dated as published: as far as the view reaches. */
export function AccountHistory({ history, zone }: { history: readonly HistoryItem[]; zone: DisplayZone }) {
  if (history.length < 2) return null;
  return (
    <details className="account-history">
      <summary>{TEXT.historySteps(history.length)}</summary>
      <ol>
        {history.map((item) => (
          <li
            key={`${item.published.earliest}:${item.kind}:${item.sourceIndex ?? ''}:${describe(item, zone.locale)}`}
            data-kind={item.kind}
          >
            <PublishedDate date={item.published} zone={zone} pending={item.pending} />{' '}
            <strong>{KIND_LABELS[item.kind]}</strong>
            {item.party ? ` (${item.party})` : ''}: {describe(item, zone.locale)}
          </li>
        ))}
      </ol>
    </details>
  );
}
