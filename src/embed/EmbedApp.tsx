import { useEffect, useMemo, useRef } from 'react';
import { StoryLoadFailure } from '../app/StoryLoadFailure';
import type { StoryModel } from '../app/storyModel';
import { eventListProps, layerPanelProps, mapViewProps, timeControlsProps } from '../app/storyViewProps';
import { useColorScheme } from '../app/useColorScheme';
import { useStory } from '../app/useStory';
import { useStoryState } from '../app/useStoryState';
import { DataNotice } from '../controls/DataNotice';
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
  const story = useStoryState(model);
  const { state } = story;
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
        <MapView {...mapViewProps(model, story)} dark={dark} />
      </div>
      <TimeControls {...timeControlsProps(model, story)} minimal={!full} />
      <DataNotice problems={model.problems} />
      {full && (
        <div className="embed-extras">
          <details className="layers-details">
            <summary>Layers and legend</summary>
            <LayerPanel {...layerPanelProps(story)} showBasemaps={false} />
          </details>
          <EventList {...eventListProps(model, story)} />
        </div>
      )}
    </>
  );
}
