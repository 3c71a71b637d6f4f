import { useCallback, useState } from 'react';
import { ChapterPanel } from '../controls/ChapterPanel';
import { CopyButton } from '../controls/CopyButton';
import { DataNotice } from '../controls/DataNotice';
import { EventList } from '../controls/EventList';
import { KnowledgeSwitch } from '../controls/KnowledgeSwitch';
import { LayerPanel } from '../controls/LayerPanel';
import { LiveAnnouncer } from '../controls/LiveAnnouncer';
import { TimeControls } from '../controls/TimeControls';
import { knowledgeMoment, selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../map/kindSymbols';
// Not in the first frame: loaded apart (the map and the chart while the data is on its way).
import { EvacuationChart, MapView, PlacelessEventDetails, ShareDialog } from './lazyParts';
import { StoryLoadFailure } from './StoryLoadFailure';
import type { StoryModel } from './storyModel';
import { eventListProps, layerPanelProps, mapViewProps, timeControlsProps } from './storyViewProps';
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

function FullStory({ model }: { model: StoryModel }) {
  const story = useStoryState(model);
  const { state, dispatch, zone } = story;
  useUrlStateSync(state, story.chapterIds);
  const [layersOpen] = useState(() => window.matchMedia('(min-width: 900px)').matches);
  const selected = state.selectedId ? model.eventById.get(state.selectedId) : undefined;
  const closeDetails = useCallback(() => dispatch({ type: 'deselect' }), [dispatch]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{model.config.title}</h1>
          <p className="subtitle">{model.config.subtitle}</p>
        </div>
        <div className="header-actions">
          <KnowledgeSwitch known={state.known} dispatch={dispatch} />
          <CopyButton text={currentAddress} label="Copy link" />
          <ShareDialog
            state={state}
            title={model.config.title}
            zone={zone}
            selectedTitle={
              selected &&
              formatKnownTitle(selected.kind, selectHeadline(selected, knowledgeMoment(state.time, state.known)).title)
            }
            chapterIds={story.chapterIds}
          />
        </div>
      </header>
      <main className="app-main">
        <div className="map-column">
          <div className="map-stack">
            <MapView {...mapViewProps(model, story)} />
            {state.known === 'now' && (
              <p className="known-now-banner">
                What we know now: popups show the whole record, including what was published later.
              </p>
            )}
          </div>
          <TimeControls {...timeControlsProps(model, story)} />
          <ChapterPanel model={model} tour={state.tour} dispatch={dispatch} goToChapter={story.goToChapter} />
        </div>
        <aside className="side-panel" aria-label="Story details">
          <DataNotice problems={model.problems} />
          {selected && !selected.coordinates && (
            <PlacelessEventDetails
              event={selected}
              model={model}
              time={state.time}
              known={state.known}
              zone={zone}
              focus={state.selectionOrigin === 'list' || state.selectionOrigin === 'keyboard'}
              onClose={closeDetails}
              onNavigate={story.openEvent}
            />
          )}
          <details className="layers-details" open={layersOpen}>
            <summary>Layers and legend</summary>
            <LayerPanel {...layerPanelProps(story)} />
          </details>
          <EvacuationChart model={model} time={state.time} knownAt={knowledgeMoment(state.time, state.known)} />
          <EventList {...eventListProps(model, story)} />
          <footer className="app-credit">
            <p>{model.config.credit}</p>
            <p>
              Times are shown in {zone.suffix}. The source article (30 Aug 2021) is quoted verbatim; its outlet is not
              known.
            </p>
          </footer>
        </aside>
      </main>
      <LiveAnnouncer model={model} time={state.time} zone={zone} />
    </div>
  );
}
