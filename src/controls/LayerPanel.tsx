import { memo } from 'react';
import { EVENT_KINDS, type EventKind } from '../domain/storyEvent';
import { layerOfKind, STORY_LAYERS, type StoryLayerId } from '../domain/storyLayers';
import { KIND_SYMBOLS } from '../map/kindSymbols';
import { KindSymbolIcon } from '../popup/KindSymbolIcon';
import { type AppAction, BASEMAPS, type BasemapId } from '../state/appState';

export interface LayerPanelProps {
  readonly layers: Readonly<Record<StoryLayerId, boolean>>;
  readonly basemap: BasemapId;
  readonly showPast: boolean;
  readonly presentKinds: ReadonlySet<EventKind>;
  /** Offer the basemap choice (not in embeds, whose Content-Security-Policy allows only the basemap they load with). */
  readonly showBasemaps?: boolean;
  readonly dispatch: (action: AppAction) => void;
}

function AirportLegend() {
  return (
    <ul className="legend">
      <li>
        <span className="legend-swatch swatch-runway" aria-hidden="true" /> Runway 11/29 (published thresholds, 50 m
        wide)
      </li>
      <li>
        <span className="legend-swatch place-symbol category-airport-reference" aria-hidden="true" /> Reference point,
        gate or building
      </li>
      <li>
        <span className="legend-swatch place-symbol category-gate is-estimate" aria-hidden="true" /> Estimated position
      </li>
    </ul>
  );
}

/** Story layers with their legends, past events, and the basemap choice (online maps only when chosen). */
export const LayerPanel = memo(function LayerPanel({
  layers,
  basemap,
  showPast,
  presentKinds,
  dispatch,
  showBasemaps = true,
}: LayerPanelProps) {
  return (
    <div className="layer-panel">
      <fieldset>
        <legend>Story layers</legend>
        <div className="layer-rows">
          {STORY_LAYERS.map((layer) => {
            const kinds = EVENT_KINDS.filter((kind) => layerOfKind(kind) === layer.id && presentKinds.has(kind));
            return (
              <div className="layer-row" key={layer.id}>
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={layers[layer.id]}
                    onChange={(event) => dispatch({ type: 'setLayer', layer: layer.id, visible: event.target.checked })}
                  />
                  {layer.label}
                </label>
                {layer.id === 'airport' ? (
                  <AirportLegend />
                ) : (
                  <ul className="legend">
                    {kinds.map((kind) => (
                      <li key={kind}>
                        <KindSymbolIcon symbol={KIND_SYMBOLS[kind]} /> {KIND_SYMBOLS[kind].label}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        <ul className="legend legend-general">
          <li>
            <span className="legend-swatch swatch-uncertainty" aria-hidden="true" /> Estimated location: the circle is
            its uncertainty
          </li>
          <li>
            <span className="legend-swatch swatch-past" aria-hidden="true" /> Faded: earlier events
          </li>
          <li>
            <span className="legend-swatch swatch-retracted" aria-hidden="true" /> Crossed out: retracted report
          </li>
        </ul>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={showPast}
            onChange={(event) => dispatch({ type: 'setShowPast', showPast: event.target.checked })}
          />
          Show past events
        </label>
      </fieldset>
      {showBasemaps && (
        <fieldset>
          <legend>Basemap</legend>
          {BASEMAPS.map((option) => (
            <label className="radio-field" key={option.id}>
              <input
                type="radio"
                name="basemap"
                value={option.id}
                checked={basemap === option.id}
                onChange={() => dispatch({ type: 'setBasemap', basemap: option.id })}
              />
              {option.label}
            </label>
          ))}
          {basemap !== 'embedded' && <p className="muted small">Online tiles are loaded from a third-party server.</p>}
        </fieldset>
      )}
    </div>
  );
});
