import { useCallback, useEffect, useRef, useState } from 'react';
import { ChapterPanel } from '../controls/ChapterPanel';
import { CopyButton } from '../controls/CopyButton';
import { DataNotice } from '../controls/DataNotice';
import { EventList } from '../controls/EventList';
import { KnowledgeSwitch } from '../controls/KnowledgeSwitch';
import { LayerPanel } from '../controls/LayerPanel';
import { LiveAnnouncer } from '../controls/LiveAnnouncer';
import { ThemePicker } from '../controls/ThemePicker';
import { TimeControls } from '../controls/TimeControls';
import { knowledgeMoment, selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import type { ThemeChoice } from '../state/appState';
import { interfaceText } from '../text/interfaceText';
// Not in the first frame: loaded apart (the map and the chart while the data is on its way).
import { FigureChart, MapView, PlacelessEventDetails, ShareDialog } from './lazyParts';
import { StoryLoadFailure } from './StoryLoadFailure';
import { eventListProps, layerPanelProps, mapViewProps, timeControlsProps } from './storyViewProps';
import { useColorScheme } from './useMediaQuery';
import { useStory } from './useStory';
import { useStoryState } from './useStoryState';
import { useUrlStateSync } from './useUrlStateSync';

/** The full map page: header, map with time controls, and beside it layers, the event list and notices. */
export function FullApp() {
  const story = useStory();
  if (story.state === 'loading') {
    return (
      <p className="loading" role="status">
        {interfaceText.page.loadingStory}
      </p>
    );
  }
  if (!story.ok) return <StoryLoadFailure problems={story.problems} />;
  return <FullStory model={story.model} />;
}

const currentAddress = () => window.location.href;

/**
 * On a wide screen the header spans the page; the map and its time controls fill the rest beside the side panel
 * (the guided story at its top). On a narrow one the title, the map and the time controls make the first screen
 * (the map takes what the others leave; the header's actions fold into a menu), and the side panel follows.
 */
function FullStory({ model }: { model: StoryModel }) {
  const story = useStoryState(model);
  const { state, dispatch, zone } = story;
  useUrlStateSync(state, story.chapterIds, story.mapView);
  const scheme = useColorScheme(state.theme);
  useEffect(
    function applyColorScheme() {
      document.documentElement.dataset.theme = scheme;
    },
    [scheme],
  );
  const appRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  useEffect(function measureHeaderForTheFirstScreen() {
    const header = headerRef.current;
    if (!header) return;
    const observer = new ResizeObserver(() =>
      appRef.current?.style.setProperty('--header-height', `${header.offsetHeight}px`),
    );
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const [layersOpen] = useState(() => window.matchMedia('(min-width: 900px)').matches);
  // On a phone the header's actions are a menu: the first screen is for the title, the map and time.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement>(null);
  useEffect(
    function closeMenuOnEscape() {
      if (!menuOpen) return;
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
        // The focus was in the menu, which hides: it goes back to the button that opened it.
        const focus = document.activeElement;
        if (focus instanceof Node && document.getElementById('header-actions')?.contains(focus)) {
          menuToggle.current?.focus();
        }
        setMenuOpen(false);
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [menuOpen],
  );
  const selected = state.selectedId ? model.eventById.get(state.selectedId) : undefined;
  const closeDetails = useCallback(() => dispatch({ type: 'deselect' }), [dispatch]);
  const onTheme = useCallback((theme: ThemeChoice) => dispatch({ type: 'setTheme', theme }), [dispatch]);

  return (
    <div className="app" ref={appRef}>
      <header className="app-header" ref={headerRef}>
        <div className="app-title">
          <h1>{model.config.title}</h1>
          <p className="subtitle">{model.config.subtitle}</p>
        </div>
        <button
          type="button"
          ref={menuToggle}
          className="text-button header-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-actions"
          aria-label={interfaceText.page.menu}
          title={interfaceText.page.menu}
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⋯
        </button>
        <div className="header-actions" id="header-actions" data-open={menuOpen}>
          <KnowledgeSwitch known={state.known} dispatch={dispatch} />
          <CopyButton text={currentAddress} label={interfaceText.page.copyLink} />
          <ShareDialog
            state={state}
            mapView={story.mapView}
            title={model.config.publication.pageTitle}
            embedId={model.config.publication.embedId}
            zone={zone}
            selectedTitle={
              selected &&
              formatKnownTitle(
                model.legend,
                selected.kind,
                selectHeadline(selected, knowledgeMoment(state.time, state.known)).title,
              )
            }
            chapterIds={story.chapterIds}
          />
          <ThemePicker theme={state.theme} onChange={onTheme} />
        </div>
      </header>
      <main className="app-main">
        <div className="map-column">
          <div className="map-stack">
            <MapView
              {...mapViewProps(model, story)}
              dark={scheme === 'dark'}
              notice={state.known === 'now' && <p className="known-now-banner">{interfaceText.page.knownNowBanner}</p>}
            />
          </div>
          <TimeControls {...timeControlsProps(model, story)} />
        </div>
      </main>
      <aside className="side-panel" aria-label={interfaceText.page.storyDetails}>
        <p className="subtitle story-intro">{model.config.subtitle}</p>
        <ChapterPanel model={model} tour={state.tour} dispatch={dispatch} goToChapter={story.goToChapter} zone={zone} />
        <DataNotice problems={model.problems} />
        {selected && !selected.coordinates && (
          <PlacelessEventDetails
            event={selected}
            model={model}
            time={state.time}
            known={state.known}
            zone={zone}
            focus={state.selectionOrigin === 'list' || state.selectionOrigin === 'keyboard'}
            reveal={state.selectionOrigin === 'step'}
            onClose={closeDetails}
            onNavigate={story.openEvent}
          />
        )}
        <details className="layers-details" open={layersOpen}>
          <summary>{interfaceText.page.layersAndLegend}</summary>
          <LayerPanel {...layerPanelProps(model, story)} />
        </details>
        <FigureChart model={model} time={state.time} knownAt={knowledgeMoment(state.time, state.known)} />
        <EventList {...eventListProps(model, story)} />
        <footer className="app-credit">
          <p>{model.config.credit}</p>
          <p>
            {interfaceText.page.timesShownIn(zone.suffix)}
            {model.config.publication.footerNote && ` ${model.config.publication.footerNote}`}
          </p>
        </footer>
      </aside>
      <LiveAnnouncer model={model} time={state.time} zone={zone} />
    </div>
  );
}
