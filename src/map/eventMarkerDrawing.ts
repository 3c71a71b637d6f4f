import L from 'leaflet';
import { type EventHeadline, selectHeadline, shownStatus } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import { formatKnownTitle, kindSymbolOf, type StoryLegend } from '../domain/storyLegend';
import { buildUncertaintyCircle } from '../domain/uncertaintyCircle';
import { interfaceText } from '../text/interfaceText';
import type { EventPhase } from '../time/timeIndex';
import { createSymbolElement } from './createSymbolElement';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';
import { prepareFocusableMarker } from './prepareFocusableMarker';

/** Map panes, bottom to top, above Leaflet's tile pane (200). */
export const STORY_PANES = {
  context: { name: 'storyContext', zIndex: 410 },
  uncertainty: { name: 'uncertainty', zIndex: 420 },
  labels: { name: 'storyLabels', zIndex: 450 },
} as const;

const MARKER_SIZE = 28;
/** How long a newly appeared event stays highlighted, in ms (its CSS animation is shorter). */
const HIGHLIGHT_MS = 2600;
/** An uncertainty circle this large (radius in metres) stays faint unless its event is selected. */
const LARGE_CIRCLE_M = 1000;

interface DrawnEvent {
  readonly marker: L.Marker;
  readonly symbol: HTMLElement;
  readonly circle?: L.Polygon;
  readonly large: boolean;
  readonly layer: string;
  phase: EventPhase;
}

/**
 * Draws story events as keyboard-focusable DOM markers, one Leaflet marker (and, for estimated places, one
 * uncertainty circle) per event, created once, each at its true point (MapDeclutter stacks those sharing one).
 * Showing, hiding and restyling only add, remove or re-class those objects; nothing is rebuilt per time step.
 * Each story layer is a LayerGroup, toggled as a whole.
 */
export class EventMarkerDrawing implements MapEventDrawing {
  private readonly drawn: (DrawnEvent | undefined)[];
  private readonly groups: Record<string, L.LayerGroup>;
  private selectedOrdinal: number | undefined;
  /** The moment whose knowledge names the markers (set by relabel). */
  private knownAt = Number.NEGATIVE_INFINITY;
  private readonly shown: Uint8Array;
  private readonly highlights = new Map<number, number>();

  constructor(
    private readonly map: L.Map,
    private readonly events: readonly StoryEvent[],
    private readonly legend: StoryLegend,
    onActivate: ActivateEvent,
  ) {
    this.groups = Object.fromEntries(legend.layers.map((layer) => [layer.id, L.layerGroup()]));
    this.drawn = events.map((event, ordinal) =>
      event.coordinates ? this.create(event, ordinal, onActivate) : undefined,
    );
    this.shown = new Uint8Array(events.length);
  }

  private create(event: StoryEvent, ordinal: number, onActivate: ActivateEvent): DrawnEvent {
    const kind = kindSymbolOf(this.legend, event.kind);
    const [lon, lat] = event.coordinates as readonly [number, number];
    const symbol = document.createElement('span');
    symbol.className = 'event-symbol';
    symbol.dataset.kind = event.kind;
    symbol.dataset.status = shownStatus(selectHeadline(event, this.knownAt));
    // Events that start together share an order: which of them tops a stack depends on their status.
    const first = this.firstAtStart(event.start, ordinal);
    symbol.dataset.order = String(first);
    // Among those, before anything is reported (no status to rank them yet), the story's own order.
    symbol.dataset.within = String(ordinal - first);
    symbol.appendChild(createSymbolElement(kind, MARKER_SIZE - 4));
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({
        html: symbol,
        className: 'event-marker',
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
      }),
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('click', () => onActivate(event.id, 'pointer'));
    prepareFocusableMarker(marker, {
      label: () => this.markerName(event),
      dataset: { eventId: event.id },
      onActivate: () => onActivate(event.id, 'keyboard'),
    });
    let circle: L.Polygon | undefined;
    if (event.place?.estimate && event.place.uncertaintyM !== undefined) {
      const ring = buildUncertaintyCircle([lon, lat], event.place.uncertaintyM).map(
        ([x, y]) => [y, x] as [number, number],
      );
      circle = L.polygon(ring, {
        pane: STORY_PANES.uncertainty.name,
        interactive: false,
        className: `uncertainty-circle uncertainty-of-${event.id}`,
        color: kind.color,
        weight: 1.5,
        dashArray: '4 4',
        fillOpacity: 0.1,
      });
      // Its colour is the theme's (the kind's CSS variable), set on each new path Leaflet makes when it is added;
      // weight and opacity come from its state (styleCircle).
      const drawnCircle = circle;
      circle.on('add', () => {
        const path = drawnCircle.getElement() as SVGElement | undefined;
        path?.style.setProperty('stroke', kind.fill);
        path?.style.setProperty('fill', kind.fill);
      });
    }
    const large = (event.place?.uncertaintyM ?? 0) >= LARGE_CIRCLE_M;
    return { marker, symbol, circle, large, layer: kind.layer, phase: 'upcoming' };
  }

  /** The first ordinal of the events starting when this one does (events are in start order). */
  private firstAtStart(start: number, ordinal: number): number {
    let first = ordinal;
    while (first > 0 && this.events[first - 1]?.start === start) first--;
    return first;
  }

  show(ordinal: number, phase: EventPhase): void {
    const drawn = this.drawn[ordinal];
    if (!drawn) return;
    this.shown[ordinal] = 1;
    this.applyPhase(drawn, phase);
    const group = this.groups[drawn.layer];
    group?.addLayer(drawn.marker);
    if (drawn.circle) group?.addLayer(drawn.circle);
  }

  hide(ordinal: number): void {
    const drawn = this.drawn[ordinal];
    if (!drawn) return;
    this.shown[ordinal] = 0;
    const group = this.groups[drawn.layer];
    group?.removeLayer(drawn.marker);
    if (drawn.circle) group?.removeLayer(drawn.circle);
  }

  restyle(ordinal: number, phase: EventPhase): void {
    const drawn = this.drawn[ordinal];
    if (drawn) this.applyPhase(drawn, phase);
  }

  private applyPhase(drawn: DrawnEvent, phase: EventPhase): void {
    drawn.phase = phase;
    drawn.symbol.dataset.phase = phase;
    drawn.marker.setZIndexOffset(phase === 'current' ? 1000 : 0);
    this.styleCircle(drawn);
  }

  /**
   * An uncertainty circle is drawn in full (a thicker line, a tint) for the selected event only; otherwise its
   * dashed line keeps the contrast of the kind's colour while a large one tints nothing it covers.
   */
  private styleCircle(drawn: DrawnEvent): void {
    if (!drawn.circle) return;
    const selected = drawn.symbol.dataset.selected === 'true';
    const current = drawn.phase === 'current';
    drawn.circle.setStyle({
      weight: selected ? 2.5 : current ? 1.5 : 1,
      opacity: 1,
      fillOpacity: selected ? 0.16 : drawn.large || !current ? 0.03 : 0.1,
    });
    if (selected && this.map.hasLayer(drawn.circle)) drawn.circle.bringToFront();
  }

  /** Marks events that just appeared (while playing): a ring that fades, or stays still under reduced motion. */
  markAppeared(ordinals: readonly number[]): void {
    for (const ordinal of ordinals) {
      const drawn = this.drawn[ordinal];
      if (!drawn) continue;
      window.clearTimeout(this.highlights.get(ordinal));
      drawn.symbol.classList.remove('is-appearing');
      // Restart the animation: a reflow between removing and adding the class.
      void drawn.symbol.offsetWidth;
      drawn.symbol.classList.add('is-appearing');
      this.highlights.set(
        ordinal,
        window.setTimeout(() => {
          drawn.symbol.classList.remove('is-appearing');
          this.highlights.delete(ordinal);
        }, HIGHLIGHT_MS),
      );
    }
  }

  setHighlighted(ordinals: ReadonlySet<number>): void {
    this.drawn.forEach((drawn, ordinal) => {
      drawn?.symbol.classList.toggle('is-highlighted', ordinals.has(ordinal));
    });
  }

  /** The marker's accessible name: the title as known then (or only the kind, before any report). */
  private markerName(event: StoryEvent): string {
    return this.nameOf(event, selectHeadline(event, this.knownAt));
  }

  /** The title as known, said to be uncertain while what it rests on may not be public yet. */
  private nameOf(event: StoryEvent, headline: EventHeadline): string {
    const title = formatKnownTitle(this.legend, event.kind, headline.title);
    return headline.pending ? interfaceText.map.pendingName(title) : title;
  }

  /**
   * Brings markers to what was known at `t`: retracted events are drawn crossed out, and each marker is named by
   * its title as reported by then. Only the events given are visited (all, when none are).
   */
  relabel(t: number, ordinals?: readonly number[]): void {
    this.knownAt = t;
    const visit = (ordinal: number) => {
      const drawn = this.drawn[ordinal];
      if (!drawn) return;
      const event = this.events[ordinal] as StoryEvent;
      const headline = selectHeadline(event, t);
      const status = shownStatus(headline);
      if (drawn.symbol.dataset.status !== status) drawn.symbol.dataset.status = status;
      const pending = headline.pending ? 'true' : 'false';
      if (drawn.symbol.dataset.pending !== pending) drawn.symbol.dataset.pending = pending;
      const element = drawn.marker.getElement();
      const name = this.nameOf(event, headline);
      // The name is kept in data-label: MapDeclutter adds to it what a stack stands for (it lays out after this).
      if (element && element.dataset.label !== name) {
        element.dataset.label = name;
        element.setAttribute('aria-label', name);
        element.title = name;
      }
    };
    if (ordinals) for (const ordinal of ordinals) visit(ordinal);
    else for (let ordinal = 0; ordinal < this.drawn.length; ordinal++) visit(ordinal);
  }

  setLayerVisible(layer: string, visible: boolean): void {
    const group = this.groups[layer];
    // A layer of places only: no events to show or hide.
    if (!group) return;
    if (visible && !this.map.hasLayer(group)) group.addTo(this.map);
    if (!visible && this.map.hasLayer(group)) group.removeFrom(this.map);
  }

  setSelected(ordinal: number | undefined): void {
    if (ordinal === this.selectedOrdinal) return;
    if (this.selectedOrdinal !== undefined) {
      const previous = this.drawn[this.selectedOrdinal];
      if (previous) {
        previous.symbol.dataset.selected = 'false';
        this.styleCircle(previous);
      }
    }
    this.selectedOrdinal = ordinal;
    const drawn = ordinal === undefined ? undefined : this.drawn[ordinal];
    if (drawn) {
      drawn.symbol.dataset.selected = 'true';
      this.styleCircle(drawn);
    }
  }

  /** The marker of an event, when it is drawn on the map right now. */
  visibleMarker(ordinal: number): L.Marker | undefined {
    const drawn = this.drawn[ordinal];
    if (!drawn || !this.map.hasLayer(drawn.marker)) return undefined;
    return drawn.marker;
  }

  shownCount(): number {
    let count = 0;
    for (const flag of this.shown) count += flag;
    return count;
  }

  remove(): void {
    for (const timer of this.highlights.values()) window.clearTimeout(timer);
    this.highlights.clear();
    for (const group of Object.values(this.groups)) {
      group.clearLayers();
      group.removeFrom(this.map);
    }
  }
}
