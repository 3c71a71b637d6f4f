import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { ChapterPanel } from '../controls/ChapterPanel';
import { DataNotice } from '../controls/DataNotice';
import { EventList } from '../controls/EventList';
import { KnowledgeSwitch } from '../controls/KnowledgeSwitch';
import { LayerPanel } from '../controls/LayerPanel';
import { TimeControls } from '../controls/TimeControls';
import type { StoryModel } from '../domain/storyModel';
import { parseEmbedOptions } from '../embed/embedOptions';
import { buildFullMapUrl } from '../embed/embedUrl';
import { parseGotoMessage } from '../embed/gotoMessage';
import { type HostRequest, latestHostRequest, subscribeToHostRequests } from '../embed/hostRequests';
import { reportHeight } from '../embed/reportHeight';
import type { AppState } from '../state/appState';
import type { MapViewStore } from '../state/mapViewStore';
import { interfaceText } from '../text/interfaceText';
// Not in the first frame: loaded apart, while the data is on its way.
import { MapView } from './lazyParts';
import { StoryLoadFailure } from './StoryLoadFailure';
import { eventListProps, layerPanelProps, mapViewProps, timeControlsProps } from './storyViewProps';
import { useColorScheme } from './useMediaQuery';
import { useStory } from './useStory';
import { useStoryState } from './useStoryState';

/** The compact embed for articles: title line, map, slider with Play, popups, attribution, a link to the full map. */
export function EmbedApp() {
  // The story's embed id is in the page (written by the build from story.json): heights are reported from the start.
  const options = useMemo(
    () => parseEmbedOptions(window.location.search, document.documentElement.dataset.embedId),
    [],
  );
  const scheme = useColorScheme(options.theme);
  const rootRef = useRef<HTMLElement>(null);
  const story = useStory();
  const hostMessage = useSyncExternalStore(subscribeToHostRequests, latestHostRequest);

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
          {interfaceText.page.loadingMap}
        </p>
      ) : story.ok ? (
        <EmbedStory
          model={story.model}
          controls={options.controls}
          dark={scheme === 'dark'}
          hostMessage={hostMessage}
        />
      ) : (
        <StoryLoadFailure problems={story.problems} />
      )}
    </main>
  );
}

function EmbedStory({
  model,
  controls,
  dark,
  hostMessage,
}: {
  model: StoryModel;
  controls: 'minimal' | 'full';
  dark: boolean;
  /** The host page's latest message, if any: a "map-goto" request is followed, anything else ignored. */
  hostMessage: HostRequest | undefined;
}) {
  const story = useStoryState(model);
  const { state, dispatch, goToChapter } = story;
  useEffect(
    function followHostPage() {
      if (!hostMessage) return;
      const request = parseGotoMessage(hostMessage.data, {
        chapterIds: story.chapterIds,
        eventIds: model.eventById,
        start: model.axis.start,
        end: model.axis.end,
      });
      if (!request) return;
      if (request.kind === 'chapter') goToChapter(request.index);
      else if (request.eventId) dispatch({ type: 'select', id: request.eventId, origin: 'url', time: request.time });
      else dispatch({ type: 'setTime', time: request.time });
    },
    [hostMessage, model, story.chapterIds, dispatch, goToChapter],
  );
  const full = controls === 'full';
  return (
    <>
      <header className="embed-header">
        <h1>{model.config.title}</h1>
        <FullMapLink state={state} mapView={story.mapView} chapterIds={story.chapterIds} />
      </header>
      <div className="embed-map">
        <MapView {...mapViewProps(model, story)} dark={dark} />
      </div>
      <TimeControls {...timeControlsProps(model, story)} minimal={!full} />
      <ChapterPanel
        model={model}
        tour={state.tour}
        dispatch={story.dispatch}
        goToChapter={story.goToChapter}
        zone={story.zone}
      />
      <DataNotice problems={model.problems} />
      {full && (
        <div className="embed-extras">
          <KnowledgeSwitch known={state.known} dispatch={story.dispatch} />
          <details className="layers-details">
            <summary>{interfaceText.page.layersAndLegend}</summary>
            <LayerPanel {...layerPanelProps(model, story)} showBasemaps={false} />
          </details>
          <EventList {...eventListProps(model, story)} />
        </div>
      )}
    </>
  );
}

/**
 * The link to the full map at what the embed shows: the state, and the map's view read from the map (only this
 * link follows the reader's pans, not the whole embed).
 */
function FullMapLink(props: { state: AppState; mapView: MapViewStore; chapterIds: readonly string[] }) {
  const view = useSyncExternalStore(props.mapView.subscribe, props.mapView.getView);
  return (
    <a
      className="full-map-link"
      href={buildFullMapUrl(props.state, window.location.href, props.chapterIds, view)}
      target="_blank"
      rel="noopener"
    >
      Open the full map<span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
