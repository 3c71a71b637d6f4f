import { useCallback, useEffect, useState } from 'react';
import { CopyButton } from '../controls/CopyButton';
import { DataNotice } from '../controls/DataNotice';
import { EvacuationChart } from '../controls/EvacuationChart';
import { EventList } from '../controls/EventList';
import { LayerPanel } from '../controls/LayerPanel';
import { LiveAnnouncer } from '../controls/LiveAnnouncer';
import { PlacelessEventDetails } from '../controls/PlacelessEventDetails';
import { ShareDialog } from '../controls/ShareDialog';
import { ThemePicker } from '../controls/ThemePicker';
import { TimeControls } from '../controls/TimeControls';
import { MapView } from '../map/MapView';
import type { ThemeChoice } from '../state/appState';
import { StoryLoadFailure } from './StoryLoadFailure';
import type { StoryModel } from './storyModel';
import { eventListProps, layerPanelProps, mapViewProps, timeControlsProps } from './storyViewProps';
import { useColorScheme } from './useColorScheme';
import { useStory } from './useStory';
import { useStoryState } from './useStoryState';
import { useUrlStateSync } from './useUrlStateSync';

/** The full map page: header, map with time controls, and beside it layers, the event list and notices. */
export function FullApp() {
  const story = useStory();
  if (story.state === 'loading') {
    return (
      <p className="loading" role="status">
        Loading the story…
      </p>
    );
  }
  if (!story.ok) return <StoryLoadFailure problems={story.problems} />;
  return <FullStory model={story.model} />;
}

const currentAddress = () => window.location.href;

/**
 * On a wide screen the header spans the page, the map and its time controls fill the rest beside the side
 * panel. On a narrow one the title, the map and the time controls make the first screen (the map takes what the
 * others leave), and the side panel follows below: share and theme first, then the event list.
 */
function FullStory({ model }: { model: StoryModel }) {
  const story = useStoryState(model);
  const { state, dispatch, zone, activateEvent } = story;
  useUrlStateSync(state);
  const scheme = useColorScheme(state.theme);
  useEffect(
    function applyColorScheme() {
      document.documentElement.dataset.theme = scheme;
    },
    [scheme],
  );
  const [layersOpen] = useState(() => window.matchMedia('(min-width: 900px)').matches);
  const selected = state.selectedId ? model.eventById.get(state.selectedId) : undefined;
  const closeDetails = useCallback(() => dispatch({ type: 'deselect' }), [dispatch]);
  const onTheme = useCallback((theme: ThemeChoice) => dispatch({ type: 'setTheme', theme }), [dispatch]);
  // Share and theme: in the header, or on a phone first in the panel below, leaving the first screen to the map.
  const actions = (className: string) => (
    <div className={className}>
      <CopyButton text={currentAddress} label="Copy link" />
      <ShareDialog state={state} title={model.config.title} zone={zone} selectedTitle={selected?.title} />
      <ThemePicker theme={state.theme} onChange={onTheme} />
    </div>
  );

  return (
    <div className="app">
      <div className="app-stage">
        <header className="app-header">
          <div className="app-title">
            <h1>{model.config.title}</h1>
            <p className="subtitle">{model.config.subtitle}</p>
          </div>
          {actions('header-actions only-wide')}
        </header>
        <main className="map-column">
          <div className="map-stack">
            <MapView {...mapViewProps(model, story)} dark={scheme === 'dark'} />
          </div>
          <TimeControls {...timeControlsProps(model, story)} />
        </main>
      </div>
      <aside className="side-panel" aria-label="Story details">
        {actions('header-actions only-narrow')}
        <p className="subtitle story-intro">{model.config.subtitle}</p>
        <DataNotice problems={model.problems} />
        {selected && !selected.coordinates && (
          <PlacelessEventDetails
            event={selected}
            model={model}
            time={state.time}
            zone={zone}
            focus={state.selectionOrigin === 'list' || state.selectionOrigin === 'keyboard'}
            onClose={closeDetails}
            onNavigate={activateEvent}
          />
        )}
        <details className="layers-details" open={layersOpen}>
          <summary>Layers and legend</summary>
          <LayerPanel {...layerPanelProps(story)} />
        </details>
        <EvacuationChart model={model} time={state.time} />
        <EventList {...eventListProps(model, story)} />
        <footer className="app-credit">
          <p>{model.config.credit}</p>
          <p>
            Times are shown in {zone.suffix}. The source article (30 Aug 2021) is quoted verbatim; its outlet is not
            known.
          </p>
        </footer>
      </aside>
      <LiveAnnouncer model={model} time={state.time} zone={zone} />
    </div>
  );
}
