import L from 'leaflet';
import { interfaceText } from '../text/interfaceText';
import type { Box } from './detailsPlacement';
import { type LabelPlacement, type LabelSpot, layoutLabels } from './layoutLabels';
import { layoutMarkers, type MarkerPlacement, type MarkerSpot, pointKey } from './layoutMarkers';

/** From this zoom on, markers sharing a point are spread without being asked. */
export const SPREAD_ZOOM = 17;
/** See MarkerLayoutOptions.minSeparation: WCAG 2.2's 24-pixel target. */
const MIN_TARGET = 24;

/**
 * Priorities of what is drawn on top of a stack: the selected event, events now, later events, then places;
 * among events that start together, the one whose account stands best.
 */
const PRIORITY = { selected: 3_000_000, current: 2_000_000, event: 1_000_000, sourcedPlace: 10, place: 0 } as const;
const STATUS_RANK: Readonly<Record<string, number>> = { confirmed: 3, reported: 2, disputed: 1, retracted: 0 };

const maps = new WeakMap<L.Map, MapDeclutter>();

/** The decluttering of a map, created with it (MapSetup) and shared by every layer on it. */
export function declutterOf(map: L.Map): MapDeclutter {
  let declutter = maps.get(map);
  if (!declutter) {
    declutter = new MapDeclutter(map);
    maps.set(map, declutter);
  }
  return declutter;
}

/**
 * Keeps a map legible whatever its zoom and time: markers stay at their true points (stacked with a count where
 * they share one or crowd each other, spread or zoomed apart when the reader activates the stack) and labels
 * never overlap each other or a marker (the more important label wins its spot). It reads what the layers drew
 * (markers and labels are DOM elements) and lays them out once per frame after anything changed; the layout
 * itself is pure (layoutMarkers, layoutLabels). Stacks of many events are for the DOM drawing only: a canvas
 * drawing has its own density cells.
 */
export class MapDeclutter {
  private frame = 0;
  /** Points the reader asked to spread. */
  private readonly spread = new Set<string>();
  /** The members of each drawn stack, by its top marker's element, for zooming into a crowd. */
  private stacks = new Map<HTMLElement, HTMLElement[]>();
  private readonly sizes = new WeakMap<HTMLElement, { width: number; height: number }>();
  private readonly markerPane: HTMLElement;

  constructor(private readonly map: L.Map) {
    this.markerPane = map.getPane('markerPane') as HTMLElement;
    map.on('zoomend moveend viewreset resize layeradd layerremove', this.request);
    map.on('zoomstart', this.forgetSpread);
    map.on('click', this.collapse);
    this.markerPane.addEventListener('click', this.activateStack, true);
    this.markerPane.addEventListener('keydown', this.activateStack, true);
  }

  /** Lays the map out in the next frame (many changes in one frame cost one layout). */
  readonly request = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.layoutNow);
  };

  /** Lays the map out now (before a popup is placed on a marker that may move). */
  readonly layoutNow = (): void => {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const icons = [...this.markerPane.querySelectorAll<HTMLElement>('.event-marker, .place-marker')];
    const texts = [...this.map.getContainer().querySelectorAll<HTMLElement>('.map-label-icon > .map-label')];
    // Every new size is read before anything is written: one forced layout per frame, not one per pass (the
    // markers' placements would otherwise make the labels' first reading lay the map out again).
    for (const element of [...icons, ...texts]) this.measure(element);
    const obstacles = this.layoutMarkers(icons);
    this.layoutLabels(texts, obstacles);
  };

  /** The offset a marker is drawn at from its point (non-zero in a spread stack). */
  offsetOf(element: Element | undefined): readonly [number, number] | undefined {
    if (!(element instanceof HTMLElement) || element.dataset.dx === undefined) return undefined;
    return [Number(element.dataset.dx), Number(element.dataset.dy)];
  }

  remove(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.map.off('zoomend moveend viewreset resize layeradd layerremove', this.request);
    this.map.off('zoomstart', this.forgetSpread);
    this.map.off('click', this.collapse);
    this.markerPane.removeEventListener('click', this.activateStack, true);
    this.markerPane.removeEventListener('keydown', this.activateStack, true);
    maps.delete(this.map);
  }

  private readonly forgetSpread = (): void => {
    this.spread.clear();
  };

  private readonly collapse = (): void => {
    if (this.spread.size === 0) return;
    this.spread.clear();
    this.request();
  };

  /** A stack's top marker activated: spread the stack, or zoom in to part a crowd, instead of opening it. */
  private readonly activateStack = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const icon = (event.target as Element | null)?.closest<HTMLElement>('.leaflet-marker-icon');
    if (!icon?.dataset.stackCount) return;
    event.stopPropagation();
    event.preventDefault();
    const position = L.DomUtil.getPosition(icon);
    if (icon.dataset.stackKind === 'point') {
      this.spread.add(pointKey(position.x, position.y));
      this.layoutNow();
      return;
    }
    const members = this.stacks.get(icon) ?? [];
    const points = [icon, ...members].map((member) => this.map.layerPointToLatLng(L.DomUtil.getPosition(member)));
    const bounds = L.latLngBounds(points);
    const zoom = Math.max(this.map.getZoom() + 1, Math.min(this.map.getBoundsZoom(bounds, false, L.point(80, 80)), 18));
    this.map.setView(bounds.getCenter(), zoom);
  };

  private measure(element: HTMLElement): { width: number; height: number } {
    let size = this.sizes.get(element);
    if (!size) {
      size = { width: element.offsetWidth, height: element.offsetHeight };
      this.sizes.set(element, size);
    }
    return size;
  }

  /** Stacks the markers; returns the boxes of those drawn, which labels must not cover. */
  private layoutMarkers(icons: readonly HTMLElement[]): Box[] {
    const spots: MarkerSpot[] = [];
    const byKey = new Map<string, HTMLElement>();
    icons.forEach((icon, i) => {
      const { x, y } = L.DomUtil.getPosition(icon);
      const key = String(i);
      byKey.set(key, icon);
      spots.push({ key, x, y, radius: this.measure(icon).width / 2, priority: markerPriority(icon) });
    });
    const placements = layoutMarkers(spots, {
      spread: this.spread,
      spreadAll: this.map.getZoom() >= SPREAD_ZOOM,
      minSeparation: MIN_TARGET,
    });
    const obstacles: Box[] = [];
    const stacks = new Map<HTMLElement, HTMLElement[]>();
    for (const spot of spots) {
      const icon = byKey.get(spot.key) as HTMLElement;
      const placement = placements.get(spot.key) as MarkerPlacement;
      applyPlacement(icon, placement, placement.under === undefined ? undefined : byKey.get(placement.under));
      if (placement.drawn) {
        const [dx, dy] = placement.offset;
        obstacles.push({
          left: spot.x + dx - spot.radius,
          top: spot.y + dy - spot.radius,
          right: spot.x + dx + spot.radius,
          bottom: spot.y + dy + spot.radius,
        });
      } else if (placement.under !== undefined) {
        const top = byKey.get(placement.under) as HTMLElement;
        stacks.set(top, [...(stacks.get(top) ?? []), icon]);
      }
    }
    this.stacks = stacks;
    return obstacles;
  }

  private layoutLabels(texts: readonly HTMLElement[], obstacles: readonly Box[]): void {
    const spots: LabelSpot[] = texts.map((text, i) => {
      const { x, y } = L.DomUtil.getPosition(text.parentElement as HTMLElement);
      const { width, height } = this.measure(text);
      return {
        key: String(i),
        x,
        y,
        width,
        height,
        priority: Number(text.dataset.priority ?? 0),
        placements: (text.dataset.placements ?? 'right').split(' ') as LabelPlacement[],
        gap: Number(text.dataset.gap ?? 0),
        dot: (text.parentElement as HTMLElement).classList.contains('has-dot'),
        angle: text.dataset.angle === undefined ? undefined : Number(text.dataset.angle),
        span: text.dataset.span === undefined ? undefined : Number(text.dataset.span),
      };
    });
    // The visible map in layer pixels: labels of points outside it wait until the map moves there.
    const size = this.map.getSize();
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const view = { left: origin.x, top: origin.y, right: origin.x + size.x, bottom: origin.y + size.y };
    const positions = layoutLabels(spots, obstacles, view);
    texts.forEach((text, i) => {
      const position = positions.get(String(i));
      const icon = text.parentElement as HTMLElement;
      icon.classList.toggle('is-crowded', !position);
      if (position) {
        const turn = text.dataset.angle ? ` rotate(${text.dataset.angle}deg)` : '';
        const transform = `translate(${position.dx}px, ${position.dy}px)${turn}`;
        if (text.style.transform !== transform) text.style.transform = transform;
        text.dataset.placement = position.placement;
      }
    });
  }
}

function markerPriority(icon: HTMLElement): number {
  const symbol = icon.querySelector<HTMLElement>('.event-symbol');
  if (!symbol) return icon.querySelector('.place-symbol.is-estimate') ? PRIORITY.place : PRIORITY.sourcedPlace;
  // Later starts on top; among events that start together, the surest status, then the one first in the story.
  const order =
    Number(symbol.dataset.order ?? 0) * 4 +
    (STATUS_RANK[symbol.dataset.status ?? ''] ?? 0) +
    1 / (2 + Number(symbol.dataset.within ?? 0));
  if (symbol.dataset.selected === 'true') return PRIORITY.selected + order;
  return (symbol.dataset.phase === 'current' ? PRIORITY.current : PRIORITY.event) + order;
}

/** The id a marker stands for (an event's or a place's). */
function idOf(icon: HTMLElement): string {
  return icon.dataset.eventId ?? icon.dataset.placeId ?? '';
}

/**
 * Draws a marker as laid out: hidden under its stack (`data-under` names the stack's top), or drawn with its
 * count, offset and spoken name.
 */
function applyPlacement(icon: HTMLElement, placement: MarkerPlacement, top: HTMLElement | undefined): void {
  icon.classList.toggle('is-stacked-under', !placement.drawn);
  if (top) icon.dataset.under = idOf(top);
  else delete icon.dataset.under;
  const [dx, dy] = placement.offset;
  const translate = dx === 0 && dy === 0 ? '' : `${dx}px ${dy}px`;
  if (icon.style.translate !== translate) icon.style.translate = translate;
  icon.dataset.dx = String(dx);
  icon.dataset.dy = String(dy);
  const label = icon.dataset.label ?? icon.getAttribute('aria-label') ?? '';
  icon.dataset.label = label;
  if (placement.drawn && placement.count > 1) {
    const others = placement.count - 1;
    icon.dataset.stackCount = String(placement.count);
    icon.dataset.stackKind = placement.samePoint ? 'point' : 'near';
    icon.setAttribute(
      'aria-label',
      placement.samePoint
        ? interfaceText.map.stackedHere(label, others)
        : interfaceText.map.stackedNearby(label, others),
    );
  } else {
    delete icon.dataset.stackCount;
    delete icon.dataset.stackKind;
    icon.setAttribute('aria-label', label);
  }
}
