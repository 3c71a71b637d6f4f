import L from 'leaflet';
import { selectHeadline } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import { layerOfKind, type StoryLayerId } from '../domain/storyLayers';
import { buildUncertaintyCircle } from '../domain/uncertaintyCircle';
import type { EventPhase } from '../time/timeIndex';
import { createSymbolElement } from './createSymbolElement';
import { fanOutOffsets } from './fanOutOffsets';
import { formatKnownTitle, KIND_SYMBOLS } from './kindSymbols';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';
import { prepareFocusableMarker } from './prepareFocusableMarker';

/** Map panes, bottom to top, above Leaflet's tile pane (200). */
export const STORY_PANES = {
  context: { name: 'storyContext', zIndex: 410 },
  uncertainty: { name: 'uncertainty', zIndex: 420 },
  labels: { name: 'storyLabels', zIndex: 450 },
} as const;

const MARKER_SIZE = 28;

interface DrawnEvent {
  readonly marker: L.Marker;
  readonly symbol: HTMLElement;
  readonly circle?: L.Polygon;
  readonly layer: Exclude<StoryLayerId, 'airport'>;
}

/**
 * Draws story events as keyboard-focusable DOM markers, one Leaflet marker (and, for estimated places, one
 * uncertainty circle) per event, created once. Showing, hiding and restyling only add, remove or re-class
 * those objects; nothing is rebuilt per time step. Each story layer is a LayerGroup, toggled as a whole.
 */
export class EventMarkerDrawing implements MapEventDrawing {
  private readonly drawn: (DrawnEvent | undefined)[];
  private readonly groups: Record<Exclude<StoryLayerId, 'airport'>, L.LayerGroup>;
  private selectedOrdinal: number | undefined;
  /** The moment whose knowledge names the markers (set by updateStatuses). */
  private knownAt = Number.NEGATIVE_INFINITY;
  /** Events sharing a coordinate, by coordinate; their visible markers are fanned out around the point. */
  private readonly colocated = new Map<string, number[]>();
  private readonly colocationKey: (string | undefined)[];
  private readonly offsets: ([number, number] | undefined)[];
  private readonly shown: Uint8Array;
  private readonly dirtyGroups = new Set<string>();

  constructor(
    private readonly map: L.Map,
    private readonly events: readonly StoryEvent[],
    onActivate: ActivateEvent,
  ) {
    this.groups = { attacks: L.layerGroup(), strikes: L.layerGroup(), other: L.layerGroup() };
    this.drawn = events.map((event, ordinal) =>
      event.coordinates ? this.create(event, ordinal, onActivate) : undefined,
    );
    this.shown = new Uint8Array(events.length);
    this.offsets = new Array(events.length);
    const byPoint = new Map<string, number[]>();
    events.forEach((event, ordinal) => {
      if (!event.coordinates) return;
      const key = event.coordinates.join(',');
      byPoint.set(key, [...(byPoint.get(key) ?? []), ordinal]);
    });
    this.colocationKey = new Array(events.length);
    for (const [key, members] of byPoint) {
      if (members.length < 2) continue;
      this.colocated.set(key, members);
      for (const ordinal of members) this.colocationKey[ordinal] = key;
    }
  }

  private create(event: StoryEvent, ordinal: number, onActivate: ActivateEvent): DrawnEvent {
    const [lon, lat] = event.coordinates as readonly [number, number];
    const symbol = document.createElement('span');
    symbol.className = 'event-symbol';
    symbol.dataset.kind = event.kind;
    symbol.dataset.status = event.status;
    symbol.appendChild(createSymbolElement(KIND_SYMBOLS[event.kind], MARKER_SIZE - 4));
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
      offset: () => this.offsets[ordinal],
      onActivate: () => onActivate(event.id, 'keyboard'),
    });
    let circle: L.Polygon | undefined;
    if (event.place?.estimate) {
      const ring = buildUncertaintyCircle([lon, lat], event.place.uncertaintyM).map(
        ([x, y]) => [y, x] as [number, number],
      );
      circle = L.polygon(ring, {
        pane: STORY_PANES.uncertainty.name,
        interactive: false,
        className: `uncertainty-circle kind-${event.kind}`,
        color: KIND_SYMBOLS[event.kind].color,
        weight: 1.5,
        dashArray: '4 4',
        fillOpacity: 0.12,
      });
    }
    return { marker, symbol, circle, layer: layerOfKind(event.kind) };
  }

  show(ordinal: number, phase: EventPhase): void {
    const drawn = this.drawn[ordinal];
    if (!drawn) return;
    this.shown[ordinal] = 1;
    this.markColocation(ordinal);
    this.applyPhase(drawn, phase);
    this.groups[drawn.layer].addLayer(drawn.marker);
    if (drawn.circle) this.groups[drawn.layer].addLayer(drawn.circle);
  }

  hide(ordinal: number): void {
    const drawn = this.drawn[ordinal];
    if (!drawn) return;
    this.shown[ordinal] = 0;
    this.markColocation(ordinal);
    this.groups[drawn.layer].removeLayer(drawn.marker);
    if (drawn.circle) this.groups[drawn.layer].removeLayer(drawn.circle);
  }

  private markColocation(ordinal: number): void {
    const key = this.colocationKey[ordinal];
    if (key !== undefined) this.dirtyGroups.add(key);
  }

  /** Fans out the visible markers of each coordinate whose set of visible events changed. */
  commit(): void {
    for (const key of this.dirtyGroups) {
      const members = this.colocated.get(key) ?? [];
      const visible = members.filter((ordinal) => this.shown[ordinal] === 1);
      const offsets = fanOutOffsets(visible.length, MARKER_SIZE);
      for (const ordinal of members) this.offsets[ordinal] = undefined;
      visible.forEach((ordinal, i) => {
        this.offsets[ordinal] = offsets[i];
        const element = this.drawn[ordinal]?.marker.getElement();
        const [dx, dy] = offsets[i] ?? [0, 0];
        if (element) element.style.translate = `${dx}px ${dy}px`;
      });
    }
    this.dirtyGroups.clear();
  }

  restyle(ordinal: number, phase: EventPhase): void {
    const drawn = this.drawn[ordinal];
    if (drawn) this.applyPhase(drawn, phase);
  }

  private applyPhase(drawn: DrawnEvent, phase: EventPhase): void {
    drawn.symbol.dataset.phase = phase;
    drawn.marker.setZIndexOffset(phase === 'current' ? 1000 : 0);
    drawn.circle?.setStyle({
      fillOpacity: phase === 'current' ? 0.14 : 0.05,
      opacity: phase === 'current' ? 0.9 : 0.4,
    });
  }

  setHighlighted(ordinals: ReadonlySet<number>): void {
    this.drawn.forEach((drawn, ordinal) => {
      drawn?.symbol.classList.toggle('is-highlighted', ordinals.has(ordinal));
    });
  }

  /** The marker's accessible name: the title as known then (or only the kind, before any report). */
  private markerName(event: StoryEvent): string {
    return formatKnownTitle(event.kind, selectHeadline(event, this.knownAt).title);
  }

  /**
   * Brings markers to what was known at `t`: retracted events are drawn crossed out, and each marker is named by
   * its title as reported by then. At most a few hundred DOM markers exist, so all drawn ones are visited.
   */
  updateStatuses(t: number): void {
    this.knownAt = t;
    this.drawn.forEach((drawn, ordinal) => {
      if (!drawn) return;
      const event = this.events[ordinal] as StoryEvent;
      const headline = selectHeadline(event, t);
      if (drawn.symbol.dataset.status !== headline.status) drawn.symbol.dataset.status = headline.status;
      const element = drawn.marker.getElement();
      const name = formatKnownTitle(event.kind, headline.title);
      if (element && element.getAttribute('aria-label') !== name) {
        element.setAttribute('aria-label', name);
        element.title = name;
      }
    });
  }

  setLayerVisible(layer: StoryLayerId, visible: boolean): void {
    if (layer === 'airport') return;
    const group = this.groups[layer];
    if (visible && !this.map.hasLayer(group)) group.addTo(this.map);
    if (!visible && this.map.hasLayer(group)) group.removeFrom(this.map);
  }

  setSelected(ordinal: number | undefined): void {
    if (ordinal === this.selectedOrdinal) return;
    if (this.selectedOrdinal !== undefined) {
      const previous = this.drawn[this.selectedOrdinal];
      if (previous) previous.symbol.dataset.selected = 'false';
    }
    this.selectedOrdinal = ordinal;
    const drawn = ordinal === undefined ? undefined : this.drawn[ordinal];
    if (drawn) drawn.symbol.dataset.selected = 'true';
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
    for (const group of Object.values(this.groups)) {
      group.clearLayers();
      group.removeFrom(this.map);
    }
  }
}
