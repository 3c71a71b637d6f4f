import { memo } from 'react';
import type { EventKind } from '../domain/storyEvent';
import type { StoryLegend } from '../domain/storyLegend';
import type { StoryPlace } from '../domain/storyPlace';
import { KindSymbolIcon } from '../popup/KindSymbolIcon';
import { type AppAction, BASEMAPS, type BasemapId } from '../state/appState';
import { interfaceText } from '../text/interfaceText';

export interface LayerPanelProps {
  readonly legend: StoryLegend;
  readonly places: readonly StoryPlace[];
  readonly layers: Readonly<Record<string, boolean>>;
  readonly basemap: BasemapId;
  readonly showPast: boolean;
  readonly presentKinds: ReadonlySet<EventKind>;
  /** Offer the basemap choice (not in embeds, whose Content-Security-Policy allows only the basemap they load with). */
  readonly showBasemaps?: boolean;
  readonly dispatch: (action: AppAction) => void;
}

const TEXT = interfaceText.legend;

/** "Harbour office, pier or warehouse": the kinds of marked place, in the data's words. */
function formatPlaceTypes(places: readonly StoryPlace[]): string {
  const types = [...new Set(places.map((place) => place.type ?? TEXT.place))];
  const words = types.map((type, index) => (index === 0 ? type : type.charAt(0).toLowerCase() + type.slice(1)));
  return TEXT.placeTypes(words);
}

/** What a layer's places look like on the map: its lines and strips, areas, marked places and estimates. */
function PlaceLegend({ places }: { places: readonly StoryPlace[] }) {
  const lines = places.filter((place) => place.role === 'line');
  const areas = places.filter((place) => place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon');
  const marked = places.filter((place) => place.role === 'reference' || place.role === 'point');
  return (
    <>
      {lines.map((place) => (
        <li key={place.id}>
          <span className={`legend-swatch swatch-${place.lineStyle}`} aria-hidden="true" /> {place.name}
          {place.lineStyle === 'strip' && place.widthM !== undefined && TEXT.stripWidth(place.widthM)}
        </li>
      ))}
      {areas.map((place) => (
        <li key={place.id}>
          <span className="legend-swatch swatch-area" aria-hidden="true" /> {place.name}
        </li>
      ))}
      {marked.some((place) => !place.estimate) && (
        <li>
          <span className="legend-swatch place-symbol role-reference" aria-hidden="true" />{' '}
          {formatPlaceTypes(marked.filter((place) => !place.estimate))}
        </li>
      )}
      {marked.some((place) => place.estimate) && (
        <li>
          <span className="legend-swatch place-symbol is-estimate" aria-hidden="true" /> {TEXT.estimatedPosition}
        </li>
      )}
    </>
  );
}

/** Story layers with their legends, past events, and the basemap choice (online maps only when chosen). */
export const LayerPanel = memo(function LayerPanel({
  legend,
  places,
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
        <legend>{TEXT.storyLayers}</legend>
        <div className="layer-rows">
          {legend.layers.map((layer) => {
            const kinds = legend.kinds.filter((kind) => kind.layer === layer.id && presentKinds.has(kind.id));
            const layerPlaces = places.filter((place) => place.layer === layer.id);
            return (
              <div className="layer-row" key={layer.id}>
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={layers[layer.id] !== false}
                    onChange={(event) => dispatch({ type: 'setLayer', layer: layer.id, visible: event.target.checked })}
                  />
                  {layer.label}
                </label>
                <ul className="legend">
                  {kinds.map((kind) => (
                    <li key={kind.id}>
                      <KindSymbolIcon symbol={kind} /> {kind.label}
                    </li>
                  ))}
                  <PlaceLegend places={layerPlaces} />
                </ul>
              </div>
            );
          })}
        </div>
        <ul className="legend legend-general">
          <li>
            <span className="legend-swatch swatch-uncertainty" aria-hidden="true" /> {TEXT.uncertainty}
          </li>
          <li>
            <span className="legend-swatch swatch-past" aria-hidden="true" /> {TEXT.past}
          </li>
          <li>
            <span className="legend-swatch swatch-retracted" aria-hidden="true" /> {TEXT.retracted}
          </li>
        </ul>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={showPast}
            onChange={(event) => dispatch({ type: 'setShowPast', showPast: event.target.checked })}
          />
          {TEXT.showPast}
        </label>
      </fieldset>
      {showBasemaps && (
        <fieldset>
          <legend>{TEXT.basemap}</legend>
          {BASEMAPS.map((option) => (
            <label className="radio-field" key={option.id}>
              <input
                type="radio"
                name="basemap"
                value={option.id}
                checked={basemap === option.id}
                onChange={() => dispatch({ type: 'setBasemap', basemap: option.id })}
              />
              {TEXT.basemaps[option.id]}
            </label>
          ))}
          {basemap !== 'embedded' && <p className="muted small">{TEXT.onlineTiles}</p>}
        </fieldset>
      )}
    </div>
  );
});
