import { useEffect, useMemo, useRef } from 'react';
import { StoryLoadFailure } from '../app/StoryLoadFailure';
import type { StoryModel } from '../app/storyModel';
import { useColorScheme } from '../app/useColorScheme';
import { useStory } from '../app/useStory';
import { useStoryState } from '../app/useStoryState';
import { EventList } from '../controls/EventList';
import { LayerPanel } from '../controls/LayerPanel';
import { TimeControls } from '../controls/TimeControls';
import { MapView } from '../map/MapView';
import { parseEmbedOptions } from './embedOptions';
import { buildFullMapUrl } from './embedUrl';
import { reportHeight } from './reportHeight';

/** The compact embed for articles: title line, map, slider with Play, popups, attribution, a link to the full map. */
export function EmbedApp() {
  const options = useMemo(() => parseEmbedOptions(window.location.search), []);
  const scheme = useColorScheme(options.theme);
  const rootRef = useRef<HTMLElement>(null);
  const story = useStory();

  useEffect(
    function applyColorScheme() {
      document.documentElement.dataset.theme = scheme;
    },
    [scheme],
  );
  useEffect(
    function reportHeightToHostPage() {
      if (!rootRef.current) return;
      return reportHeight(rootRef.current, { id: options.id, pymChildId: options.pymChildId });
    },
    [options],
  );

  return (
    <main className="embed" ref={rootRef} data-controls={options.controls}>
      {story.state === 'loading' ? (
        <p className="loading" role="status">
          Loading the map…
        </p>
      ) : story.ok ? (
        <EmbedStory model={story.model} controls={options.controls} dark={scheme === 'dark'} />
      ) : (
        <StoryLoadFailure problems={story.problems} />
      )}
    </main>
  );
}

function EmbedStory({ model, controls, dark }: { model: StoryModel; controls: 'minimal' | 'full'; dark: boolean }) {
  const {
    state,
    dispatch,
    zone,
    reducedMotion,
    initialView,
    presentKinds,
    activateEvent,
    goToPreviousEvent,
    goToNextEvent,
  } = useStoryState(model);
  const full = controls === 'full';
  return (
    <>
      <header className="embed-header">
        <h1>{model.config.title}</h1>
        <a className="full-map-link" href={buildFullMapUrl(state, window.location.href)} target="_blank" rel="noopener">
          Open the full map<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>
      <div className="embed-map">
        <MapView
          model={model}
          time={state.time}
          showPast={state.showPast}
          layers={state.layers}
          basemap={state.basemap}
          selectedId={state.selectedId}
          selectionOrigin={state.selectionOrigin}
          initialView={initialView}
          zone={zone}
          reducedMotion={reducedMotion}
          dark={dark}
          dispatch={dispatch}
          onActivateEvent={activateEvent}
        />
      </div>
      <TimeControls
        model={model}
        state={state}
        zone={zone}
        dispatch={dispatch}
        onActivateEvent={activateEvent}
        onPrevious={goToPreviousEvent}
        onNext={goToNextEvent}
        minimal={!full}
      />
      {full && (
        <div className="embed-extras">
          <details className="layers-details">
            <summary>Layers and legend</summary>
            <LayerPanel
              layers={state.layers}
              basemap={state.basemap}
              showPast={state.showPast}
              presentKinds={presentKinds}
              dispatch={dispatch}
              showBasemaps={false}
            />
          </details>
          <EventList
            model={model}
            time={state.time}
            zone={zone}
            selectedId={state.selectedId}
            playing={state.playing}
            onActivate={activateEvent}
          />
        </div>
      )}
    </>
  );
}
