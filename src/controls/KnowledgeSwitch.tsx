import type { KnowledgeView } from '../domain/knownAt';
import type { AppAction } from '../state/appState';
import { interfaceText } from '../text/interfaceText';

const VIEWS: readonly { readonly view: KnowledgeView; readonly label: string }[] = [
  { view: 'then', label: interfaceText.knowledge.asKnownThen },
  { view: 'now', label: interfaceText.knowledge.knownNow },
];

/**
 * The reader's choice between the record as it stood at the slider's time and everything known today. Two radio
 * buttons, so that the current view is always stated.
 */
export function KnowledgeSwitch({ known, dispatch }: { known: KnowledgeView; dispatch: (action: AppAction) => void }) {
  return (
    <fieldset className="knowledge-switch">
      <legend className="visually-hidden">{interfaceText.knowledge.legend}</legend>
      {VIEWS.map(({ view, label }) => (
        <label key={view}>
          <input
            type="radio"
            name="known"
            value={view}
            checked={known === view}
            onChange={() => dispatch({ type: 'setKnown', known: view })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
