import { useState } from 'react';
import { StoryLoadFailure } from '../app/StoryLoadFailure';
import type { StoryModel } from '../app/storyModel';
import { useAutoplay } from '../app/useAutoplay';
import { usePrefersReducedMotion } from '../app/usePrefersReducedMotion';
import { useStory } from '../app/useStory';
import { useStoryState } from '../app/useStoryState';
import { TimeControls } from '../controls/TimeControls';
import { MapView } from '../map/MapView';
import { parseAutoplay } from '../state/urlState';

/** The compact embed: title line, map, slider with Play, popups, attribution and a link to the full map. */
export function EmbedApp() {
  const story = useStory();
  if (story.state === 'loading') {
    return (
      <p className="loading" role="status">
        Loading the map…
      </p>
    );
  }
  if (!story.ok) return <StoryLoadFailure problems={story.problems} />;
  return <EmbedStory model={story.model} />;
}

function EmbedStory({ model }: { model: StoryModel }) {
  const reducedMotion = usePrefersReducedMotion();
  const { state, dispatch, zone, activateEvent, goToPreviousEvent, goToNextEvent } = useStoryState(model);
  const [initialView] = useState(state.view);
  useAutoplay(parseAutoplay(window.location.search), reducedMotion, dispatch);
  return (
    <div className="embed">
      <header className="embed-header">
        <h1>{model.config.title}</h1>
        <a className="full-map-link" href={`./index.html${window.location.search}`} target="_blank" rel="noopener">
          Open the full map
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
          dispatch={dispatch}
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
        minimal
      />
    </div>
  );
}
