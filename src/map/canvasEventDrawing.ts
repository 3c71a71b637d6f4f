import L from 'leaflet';
import { correctionsAt } from '../domain/correctionsAt';
import type { EventKind, StoryEvent } from '../domain/storyEvent';
import { layerOfKind, type StoryLayerId } from '../domain/storyLayers';
import type { EventPhase } from '../time/timeIndex';
import { KIND_SYMBOLS } from './kindSymbols';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

type Phase = Exclude<EventPhase, 'upcoming'>;

/** Circle styles per kind and phase, built once: steps pass these objects, never new ones. */
function buildStyles(): Record<EventKind, Record<Phase, L.CircleMarkerOptions>> {
  const styles = {} as Record<EventKind, Record<Phase, L.CircleMarkerOptions>>;
  for (const [kind, symbol] of Object.entries(KIND_SYMBOLS) as [EventKind, (typeof KIND_SYMBOLS)[EventKind]][]) {
    styles[kind] = {
      current: { color: '#ffffff', weight: 1, fillColor: symbol.color, fillOpacity: 0.9, radius: 5 },
      past: { color: symbol.color, weight: 0.5, fillColor: symbol.color, fillOpacity: 0.25, radius: 4 },
    };
  }
  return styles;
}

/**
 * Draws a large story's events as circles on one shared canvas: a DOM marker per event would not scale to
 * 100,000. Each circle is created once; a time step adds, removes or restyles only the events that changed.
 * Circles cannot take the keyboard focus: for large stories the (virtualised) event list is the keyboard and
 * screen-reader path, and opens the same popups.
 */
export class CanvasEventDrawing implements MapEventDrawing {
  /** One circle per event, made the first time the event is shown (then kept): 100,000 circles cost ~100 MB. */
  private readonly circles: (L.CircleMarker | undefined)[];
  private readonly groups: Record<Exclude<StoryLayerId, 'airport'>, L.LayerGroup>;
  private readonly styles = buildStyles();
  private readonly phases: Uint8Array;
  private readonly correctedOrdinals: readonly number[];
  private shown = 0;
  private selectedOrdinal: number | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly events: readonly StoryEvent[],
    private readonly onActivate: ActivateEvent,
    private readonly renderer: L.Renderer = L.canvas({ padding: 0.2 }),
  ) {
    this.groups = { attacks: L.layerGroup(), strikes: L.layerGroup(), other: L.layerGroup() };
    this.phases = new Uint8Array(events.length);
    this.circles = new Array(events.length);
    this.correctedOrdinals = events.flatMap((event, ordinal) => (event.corrections.length > 0 ? [ordinal] : []));
  }

  private circleFor(ordinal: number): L.CircleMarker | undefined {
    const existing = this.circles[ordinal];
    if (existing) return existing;
    const event = this.events[ordinal];
    if (!event?.coordinates) return undefined;
    const circle = L.circleMarker([event.coordinates[1], event.coordinates[0]], {
      ...this.styles[event.kind].current,
      renderer: this.renderer,
      bubblingMouseEvents: false,
    });
    circle.on('click', () => this.onActivate(event.id, 'pointer'));
    this.circles[ordinal] = circle;
    return circle;
  }

  show(ordinal: number, phase: EventPhase): void {
    const circle = this.circleFor(ordinal);
    const event = this.events[ordinal];
    if (!circle || !event) return;
    this.applyPhase(ordinal, phase);
    this.groups[layerOfKind(event.kind)].addLayer(circle);
    this.shown++;
  }

  hide(ordinal: number): void {
    const circle = this.circles[ordinal];
    const event = this.events[ordinal];
    if (!circle || !event) return;
    this.groups[layerOfKind(event.kind)].removeLayer(circle);
    this.shown--;
  }

  restyle(ordinal: number, phase: EventPhase): void {
    this.applyPhase(ordinal, phase);
  }

  private applyPhase(ordinal: number, phase: EventPhase): void {
    const code = phase === 'current' ? 1 : 2;
    if (this.phases[ordinal] === code) return;
    this.phases[ordinal] = code;
    const event = this.events[ordinal] as StoryEvent;
    this.circles[ordinal]?.setStyle(this.styles[event.kind][phase === 'current' ? 'current' : 'past']);
  }

  updateStatuses(t: number): void {
    for (const ordinal of this.correctedOrdinals) {
      const event = this.events[ordinal] as StoryEvent;
      const retracted = correctionsAt(event, t).status === 'retracted';
      this.circles[ordinal]?.setStyle({ dashArray: retracted ? '2 2' : undefined });
    }
  }

  setLayerVisible(layer: StoryLayerId, visible: boolean): void {
    if (layer === 'airport') return;
    const group = this.groups[layer];
    if (visible && !this.map.hasLayer(group)) group.addTo(this.map);
    if (!visible && this.map.hasLayer(group)) group.removeFrom(this.map);
  }

  setSelected(ordinal: number | undefined): void {
    const previous = this.selectedOrdinal === undefined ? undefined : this.circles[this.selectedOrdinal];
    previous?.setStyle({ weight: this.phases[this.selectedOrdinal as number] === 1 ? 1 : 0.5, color: '#ffffff' });
    this.selectedOrdinal = ordinal;
    const circle = ordinal === undefined ? undefined : this.circles[ordinal];
    circle?.setStyle({ weight: 3, color: '#1c2329' });
    circle?.bringToFront();
  }

  visibleMarker(ordinal: number): L.CircleMarker | undefined {
    const circle = this.circles[ordinal];
    return circle && this.map.hasLayer(circle) ? circle : undefined;
  }

  shownCount(): number {
    return this.shown;
  }

  remove(): void {
    for (const group of Object.values(this.groups)) {
      group.clearLayers();
      group.removeFrom(this.map);
    }
  }
}
