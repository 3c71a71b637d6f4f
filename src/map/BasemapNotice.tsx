import { useState } from 'react';
import { formatDataProblem } from '../domain/dataProblem';
import type { BasemapReport } from './addEmbeddedBasemap';

/**
 * Says, over the map, that part of the basemap could not be drawn and that the rest of the map is there: one line
 * the reader can dismiss, with the file, layer and reason behind it for the editor.
 */
export function BasemapNotice({ report }: { report: BasemapReport }) {
  const [dismissed, setDismissed] = useState(false);
  const { problems, drawn } = report;
  if (problems.length === 0 || dismissed) return null;
  const summary =
    drawn === 0
      ? 'The basemap could not be shown; the rest of the map is.'
      : 'Part of the basemap could not be shown; the rest of the map is.';
  return (
    <div className="map-notice link-notice basemap-notice">
      <details>
        <summary>{summary}</summary>
        <ul>
          {problems.map((problem) => {
            const line = formatDataProblem(problem);
            return <li key={line}>{line}</li>;
          })}
        </ul>
      </details>
      <button type="button" className="text-button notice-dismiss" onClick={() => setDismissed(true)}>
        OK
      </button>
    </div>
  );
}
