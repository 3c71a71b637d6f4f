import type { HistoryItem } from '../domain/knownAt';
import type { DisplayZone } from '../time/displayZone';
import { formatDateTime } from '../time/formatTime';

const KIND_LABELS: Record<HistoryItem['kind'], string> = {
  'first-report': 'First report',
  figure: 'Figure',
  correction: 'Correction',
  denial: 'Denial',
  confirmation: 'Confirmation',
  update: 'Update',
};

/** How the account of an event changed, step by step and dated: as far as the view reaches. */
export function AccountHistory({ history, zone }: { history: readonly HistoryItem[]; zone: DisplayZone }) {
  if (history.length < 2) return null;
  return (
    <details className="account-history">
      <summary>How the account changed ({history.length} steps)</summary>
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
