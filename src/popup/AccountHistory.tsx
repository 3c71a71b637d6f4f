import type { HistoryItem } from '../domain/knownAt';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatDateTime } from '../time/formatTime';

const KIND_LABELS: Record<HistoryItem['kind'], string> = interfaceText.popup.historyKinds;

/** How the account of an event changed, step by step and dated: as far as the view reaches. */
export function AccountHistory({ history, zone }: { history: readonly HistoryItem[]; zone: DisplayZone }) {
  if (history.length < 2) return null;
  return (
    <details className="account-history">
      <summary>{interfaceText.popup.historySteps(history.length)}</summary>
      <ol>
        {history.map((item) => (
          <li key={`${item.at}:${item.kind}:${item.sourceIndex ?? item.text}`} data-kind={item.kind}>
            <time dateTime={new Date(item.at).toISOString()}>
              {formatDateTime(item.at, zone)} {zone.suffix}
            </time>{' '}
            <strong>{KIND_LABELS[item.kind]}</strong>
            {item.party ? ` (${item.party})` : ''}: {item.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
