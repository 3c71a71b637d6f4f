import type { KnowledgeView } from '../domain/knownAt';
import type { AppAction } from '../state/appState';

/**
 * The reader's choice between the record as it stood at the slider's time and everything known today. Two radio
 * buttons, so that the current view is always stated.
 */
export function KnowledgeSwitch({ known, dispatch }: { known: KnowledgeView; dispatch: (action: AppAction) => void }) {
  return (
    <fieldset className="knowledge-switch">
      <legend className="visually-hidden">What the map shows</legend>
      <label>
        <input
          type="radio"
          name="known"
          value="then"
          checked={known === 'then'}
          onChange={() => dispatch({ type: 'setKnown', known: 'then' })}
        />
        As known then
      </label>
      <label>
        <input
          type="radio"
          name="known"
          value="now"
          checked={known === 'now'}
          onChange={() => dispatch({ type: 'setKnown', known: 'now' })}
        />
        What we know now
      </label>
    </fieldset>
  );
}
