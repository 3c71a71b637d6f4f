/**
 * The parts of the pages that are not in their first frame, loaded apart from the initial script: the map (with
 * Leaflet, the basemap, the popups and Turf), the chart of figures, the details of an event without a place and
 * the share dialog. The map and the chart start loading as soon as the page's script runs (preloadStoryParts), while
 * the story's data is on its way; the others when first shown. Each is a drop-in for the component it stands for.
 */
import { type ComponentType, lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import type { ShareDialogProps } from '../controls/ShareDialog';
import { MapAttribution } from '../map/MapAttribution';
import type { MapViewProps } from '../map/MapView';
import { adoptOpeningView } from '../map/openingView';

type PropsOf<T> = T extends ComponentType<infer P> ? P : never;

/** Longest wait for a frame: a page loaded in a background tab gets none until it is shown. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves with `value` once the browser has drawn the next frame (its style, layout and paint done), in a task of
 * its own after that frame.
 */
function afterNextFrame<T>(value: T): Promise<T> {
  return new Promise((resolve) => {
    const done = () => setTimeout(() => resolve(value), 0);
    requestAnimationFrame(done);
    setTimeout(() => resolve(value), FRAME_WAIT_MS);
  });
}

/**
 * A component loaded by `load`, shown in place of `fallback` until it is in. With `inline`, a part rendered once the
 * module is in needs no fallback frame at all (nothing below it moves); without, it always commits on its own, in a
 * task after the frame that drew the page around it (the map: creating it reads the layout, which would otherwise
 * lay out the whole new page inside the same long task). A part rendered before stays the same lazy component (the
 * map is never created twice).
 */
function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => React.ReactNode,
  inline = true,
) {
  let module: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const start = () => {
    module ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return module;
  };
  const Lazy = lazy(() =>
    start()
      .then((component) => (inline ? component : afterNextFrame(component)))
      .then((component) => ({ default: component })),
  );
  function LazyPart(props: P) {
    const [Component] = useState<ComponentType<P> | undefined>(() => (inline ? loaded : undefined));
    if (Component) return <Component {...props} />;
    return (
      <Suspense fallback={fallback(props)}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Component: LazyPart, preload: start };
}

/**
 * The map's box while the map loads, laid out as the map's (its area and attribution): the layout does not move
 * when the map comes in, and the first paint's image of the opening view moves in as it is.
 */
function MapBox(props: MapViewProps) {
  const area = useRef<HTMLDivElement>(null);
  useLayoutEffect(function keepOpeningView() {
    adoptOpeningView(area.current);
  }, []);
  return (
    <div className="map-frame">
      <div className="map-area" ref={area}>
        <div className="map" />
      </div>
      <MapAttribution basemap={props.basemap} credits={props.model.config.publication.attribution} />
    </div>
  );
}

const mapView = lazyPart<MapViewProps>(
  () => import('../map/MapView').then((module) => module.MapView),
  (props) => <MapBox {...props} />,
  false,
);

const figureChart = lazyPart<PropsOf<typeof import('../controls/FigureChart').FigureChart>>(
  () => import('../controls/FigureChart').then((module) => module.FigureChart),
  () => null,
);

const placelessEventDetails = lazyPart<
  PropsOf<typeof import('../controls/PlacelessEventDetails').PlacelessEventDetails>
>(
  () => import('../controls/PlacelessEventDetails').then((module) => module.PlacelessEventDetails),
  () => null,
);

const shareDialog = lazyPart<ShareDialogProps>(
  () => import('../controls/ShareDialog').then((module) => module.ShareDialog),
  // The dialog's button, inert until the dialog is in (a moment after the page): the header does not move.
  () => (
    <button type="button" className="text-button" disabled>
      Share / Embed
    </button>
  ),
);

/** Starts loading, while the story's data is on its way, the parts the page shows as soon as the story is in. */
export function preloadStoryParts(page: 'full' | 'embed'): void {
  mapView.preload();
  if (page === 'full') figureChart.preload();
}

export const MapView = mapView.Component;
export const FigureChart = figureChart.Component;
export const PlacelessEventDetails = placelessEventDetails.Component;
export const ShareDialog = shareDialog.Component;
