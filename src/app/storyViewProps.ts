import type { EventListProps } from '../controls/EventList';
import type { LayerPanelProps } from '../controls/LayerPanel';
import type { TimeControlsProps } from '../controls/TimeControls';
import { knowledgeMoment } from '../domain/knownAt';
import type { StoryModel } from '../domain/storyModel';
import type { MapViewProps } from '../map/MapView';
import type { StoryStateHandle } from './useStoryState';

/** The map's props from a page's story state: the full map, the embed and the benchmark draw the same map. */
export function mapViewProps(model: StoryModel, story: StoryStateHandle): MapViewProps {
  const { state } = story;
  const tour = state.tour;
  const chapter = tour && !tour.paused ? model.config.chapters[tour.index] : undefined;
  return {
    chapter: chapter && { view: chapter.view, highlight: chapter.highlight, entry: tour?.entry ?? 0 },
    model,
    time: state.time,
    known: state.known,
    showPast: state.showPast,
    layers: state.layers,
    basemap: state.basemap,
    selectedId: state.selectedId,
    selectionOrigin: state.selectionOrigin,
    selectionCount: state.selectionCount,
    selectedPlaceId: state.selectedPlaceId,
    playing: state.playing,
    linkNotes: story.linkNotes,
    mapView: story.mapView,
    zone: story.zone,
    reducedMotion: story.reducedMotion,
    dispatch: story.dispatch,
    onActivateEvent: story.openEvent,
  };
}

/** The time controls' props from a page's story state. */
export function timeControlsProps(model: StoryModel, story: StoryStateHandle): TimeControlsProps {
  return {
    model,
    state: story.state,
    zone: story.zone,
    dispatch: story.dispatch,
    onActivateEvent: story.activateEvent,
    onPrevious: story.goToPreviousEvent,
    onNext: story.goToNextEvent,
  };
}

/** The event list's props from a page's story state. */
export function eventListProps(model: StoryModel, story: StoryStateHandle): EventListProps {
  return {
    model,
    time: story.state.time,
    knownAt: knowledgeMoment(story.state.time, story.state.known),
    zone: story.zone,
    selectedId: story.state.selectedId,
    playing: story.state.playing,
    // An entry opens its event as the marker does: at the reader's moment when it is on the map then.
    onActivate: story.openEvent,
  };
}

/** The layer panel's props from a page's story state. */
export function layerPanelProps(model: StoryModel, story: StoryStateHandle): LayerPanelProps {
  return {
    legend: model.legend,
    places: model.places,
    layers: story.state.layers,
    basemap: story.state.basemap,
    showPast: story.state.showPast,
    presentKinds: story.presentKinds,
    dispatch: story.dispatch,
  };
}
