import L from 'leaflet';
import { selectHeadline, shownStatus } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import { type KindSymbol, kindSymbolOf, type StoryLegend } from '../domain/storyLegend';
import type { EventPhase } from '../time/timeIndex';
import { ensurePanes } from './ensurePanes';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

/** Defaults of the large-story drawing, one per line. */
export const CANVAS_DRAWING_DEFAULTS = {
  radius: 5, // circle radius of a current event, px
  pastRadius: 4, // of a past one
  hitRadius: 9, // how far from a circle a click still selects it, px
  aggregateBelowZoom: 11, // below this zoom, crowded points are counted per cell instead
  aggregateAbove: 5000, // ...when more than this many are drawn
  cellSize: 28, // cell of the aggregation grid, px
  padding: 0.25, // extra canvas around the view, as a fraction, so that a drag shows no blank edge
  pane: 'eventPoints',
  paneZIndex: 430,
} as const;

const PHASE_CURRENT = 1;
const PHASE_PAST = 2;

/** Web Mercator, normalised to 0–1: projected once; a frame only scales and offsets. */
function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}
function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/**
 * Draws a large story's events on one canvas of its own, from typed arrays: nothing per event exists in Leaflet
 * or the DOM. A time step flips the visibility and phase of the events that changed (O(changes), no allocation);
 * the frame that follows redraws what is visible, one path per kind and phase. Below a zoom, a crowded map is
 * drawn as counts per grid cell (density aggregation), since thousands of overlapping circles say nothing.
 * Circles cannot take the keyboard focus: for large stories the (virtualised) event list is the keyboard and
 * screen-reader path, and opens the same popups. A click selects the nearest circle, or zooms into a cell.
 */
export class CanvasEventDrawing implements MapEventDrawing {
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly placed: Uint8Array;
  private readonly kindCode: Uint8Array;
  private readonly layerCode: Uint8Array;
  private readonly phase: Uint8Array;
  private readonly retracted: Uint8Array;
  /** The drawn ordinals, densely packed, and where each one is in that list (-1: not drawn). */
  private readonly drawn: Int32Array;
  private readonly slot: Int32Array;
  private drawnCount = 0;
  /** The story's kinds and layer ids, in the order their codes count. */
  private readonly kinds: readonly KindSymbol[];
  private readonly layerIds: readonly string[];
  private readonly layerOn: Uint8Array;
  private readonly correctedOrdinals: readonly number[];
  private selected: number | undefined;
  private readonly canvas: HTMLCanvasElement;
  private frame = 0;
  /** Screen positions of the last frame's circles, for clicks: ordinal, x, y per entry. */
  private hitOrdinals = new Int32Array(0);
  private hitX = new Float32Array(0);
  private hitY = new Float32Array(0);
  private hitCount = 0;
  private cells: { x: number; y: number; count: number }[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly events: readonly StoryEvent[],
    legend: StoryLegend,
    private readonly onActivate: ActivateEvent,
  ) {
    const count = events.length;
    this.kinds = legend.kinds;
    this.layerIds = legend.layers.map((layer) => layer.id);
    this.layerOn = new Uint8Array(this.layerIds.length).fill(1);
    const kindCodes = new Map(legend.kinds.map((kind, code) => [kind.id, code]));
    this.x = new Float64Array(count);
    this.y = new Float64Array(count);
    this.placed = new Uint8Array(count);
    this.kindCode = new Uint8Array(count);
    this.layerCode = new Uint8Array(count);
    this.phase = new Uint8Array(count);
    this.retracted = new Uint8Array(count);
    this.drawn = new Int32Array(count);
    this.slot = new Int32Array(count).fill(-1);
    events.forEach((event, ordinal) => {
      this.kindCode[ordinal] = kindCodes.get(event.kind) ?? 0;
      this.layerCode[ordinal] = this.layerIds.indexOf(kindSymbolOf(legend, event.kind).layer);
      if (!event.coordinates) return;
      this.placed[ordinal] = 1;
      this.x[ordinal] = mercatorX(event.coordinates[0]);
      this.y[ordinal] = mercatorY(event.coordinates[1]);
    });
    this.correctedOrdinals = events.flatMap((event, ordinal) => (event.corrections.length > 0 ? [ordinal] : []));

    ensurePanes(map, [{ name: CANVAS_DRAWING_DEFAULTS.pane, zIndex: CANVAS_DRAWING_DEFAULTS.paneZIndex }]);
    this.canvas = L.DomUtil.create('canvas', 'event-points leaflet-zoom-hide');
    this.canvas.setAttribute('aria-hidden', 'true');
    map.getPane(CANVAS_DRAWING_DEFAULTS.pane)?.appendChild(this.canvas);
    map.on('moveend zoomend resize viewreset', this.requestFrame, this);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onMouseMove, this);
    this.requestFrame();
  }

  show(ordinal: number, phase: EventPhase): void {
    if (this.placed[ordinal] !== 1 || this.slot[ordinal] !== -1) return;
    this.phase[ordinal] = phase === 'current' ? PHASE_CURRENT : PHASE_PAST;
    this.slot[ordinal] = this.drawnCount;
    this.drawn[this.drawnCount++] = ordinal;
  }

  hide(ordinal: number): void {
    const at = this.slot[ordinal] as number;
    if (at === -1) return;
    const last = this.drawn[--this.drawnCount] as number;
    this.drawn[at] = last;
    this.slot[last] = at;
    this.slot[ordinal] = -1;
    this.phase[ordinal] = 0;
  }

  restyle(ordinal: number, phase: EventPhase): void {
    if (this.slot[ordinal] !== -1) this.phase[ordinal] = phase === 'current' ? PHASE_CURRENT : PHASE_PAST;
  }

  /** A sync is complete: the next frame draws it. */
  commit(): void {
    this.requestFrame();
  }

  relabel(t: number, ordinals?: readonly number[]): void {
    // Drawn circles carry no names: only a retraction changes how one looks.
    for (const ordinal of ordinals ?? this.correctedOrdinals) {
      if ((this.events[ordinal] as StoryEvent).corrections.length === 0) continue;
      const retracted = shownStatus(selectHeadline(this.events[ordinal] as StoryEvent, t)) === 'retracted' ? 1 : 0;
      if (this.retracted[ordinal] !== retracted) {
        this.retracted[ordinal] = retracted;
        this.requestFrame();
      }
    }
  }

  setLayerVisible(layer: string, visible: boolean): void {
    const code = this.layerIds.indexOf(layer);
    if (code < 0) return;
    const value = visible ? 1 : 0;
    if (this.layerOn[code] === value) return;
    this.layerOn[code] = value;
    this.requestFrame();
  }

  setSelected(ordinal: number | undefined): void {
    if (this.selected === ordinal) return;
    this.selected = ordinal;
    this.requestFrame();
  }

  visibleMarker(ordinal: number): { getLatLng(): L.LatLng } | undefined {
    const event = this.events[ordinal];
    if (!event?.coordinates || this.slot[ordinal] === -1 || this.layerOn[this.layerCode[ordinal] as number] !== 1) {
      return undefined;
    }
    const at = L.latLng(event.coordinates[1], event.coordinates[0]);
    return { getLatLng: () => at };
  }

  shownCount(): number {
    return this.drawnCount;
  }

  remove(): void {
    cancelAnimationFrame(this.frame);
    this.map.off('moveend zoomend resize viewreset', this.requestFrame, this);
    this.map.off('click', this.onClick, this);
    this.map.off('mousemove', this.onMouseMove, this);
    this.map.getContainer().style.cursor = '';
    this.canvas.remove();
  }

  private requestFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws what is visible now: circles by kind and phase, or counts per cell where the map is crowded. */
  private draw(): void {
    const { map, canvas } = this;
    const defaults = CANVAS_DRAWING_DEFAULTS;
    const size = map.getSize();
    const padX = Math.round(size.x * defaults.padding);
    const padY = Math.round(size.y * defaults.padding);
    const width = size.x + 2 * padX;
    const height = size.y + 2 * padY;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    // The canvas sits at the container's top-left (minus padding), in layer coordinates.
    const topLeft = map.containerPointToLayerPoint([-padX, -padY]);
    L.DomUtil.setPosition(canvas, topLeft);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);

    const zoom = map.getZoom();
    const scale = 256 * 2 ** zoom;
    const centre = map.getCenter();
    const centrePoint = map.latLngToContainerPoint(centre);
    const offsetX = centrePoint.x + padX - mercatorX(centre.lng) * scale;
    const offsetY = centrePoint.y + padY - mercatorY(centre.lat) * scale;

    if (this.hitOrdinals.length < this.drawnCount) {
      this.hitOrdinals = new Int32Array(this.events.length);
      this.hitX = new Float32Array(this.events.length);
      this.hitY = new Float32Array(this.events.length);
    }
    this.hitCount = 0;
    const visible: number[] = [];
    for (let i = 0; i < this.drawnCount; i++) {
      const ordinal = this.drawn[i] as number;
      if (this.layerOn[this.layerCode[ordinal] as number] !== 1) continue;
      const px = (this.x[ordinal] as number) * scale + offsetX;
      const py = (this.y[ordinal] as number) * scale + offsetY;
      if (px < -10 || py < -10 || px > width + 10 || py > height + 10) continue;
      visible.push(ordinal);
      this.hitOrdinals[this.hitCount] = ordinal;
      this.hitX[this.hitCount] = px - padX;
      this.hitY[this.hitCount] = py - padY;
      this.hitCount++;
    }
    this.cells = [];
    if (zoom < defaults.aggregateBelowZoom && visible.length > defaults.aggregateAbove) {
      this.drawCells(context, visible, scale, offsetX, offsetY, padX, padY);
      this.hitCount = 0;
      return;
    }
    this.drawCircles(context, visible, scale, offsetX, offsetY);
  }

  private drawCircles(
    context: CanvasRenderingContext2D,
    visible: readonly number[],
    scale: number,
    offsetX: number,
    offsetY: number,
  ): void {
    const { radius, pastRadius } = CANVAS_DRAWING_DEFAULTS;
    // One path per kind and phase: a few fills per frame, however many circles.
    const paths = new Map<number, Path2D>();
    const retractedPath = new Path2D();
    for (const ordinal of visible) {
      const past = this.phase[ordinal] === PHASE_PAST;
      const key = (this.kindCode[ordinal] as number) * 2 + (past ? 1 : 0);
      let path = paths.get(key);
      if (!path) {
        path = new Path2D();
        paths.set(key, path);
      }
      const px = (this.x[ordinal] as number) * scale + offsetX;
      const py = (this.y[ordinal] as number) * scale + offsetY;
      const r = past ? pastRadius : radius;
      path.moveTo(px + r, py);
      path.arc(px, py, r, 0, 2 * Math.PI);
      if (this.retracted[ordinal] === 1) {
        retractedPath.moveTo(px - r, py - r);
        retractedPath.lineTo(px + r, py + r);
      }
    }
    // Past events first, then current ones on top.
    for (const pastPass of [true, false]) {
      for (const [key, path] of paths) {
        if ((key % 2 === 1) !== pastPass) continue;
        const symbol = this.kinds[Math.floor(key / 2)] as KindSymbol;
        context.globalAlpha = pastPass ? 0.3 : 0.92;
        context.fillStyle = symbol.color;
        context.fill(path);
        if (!pastPass) {
          context.globalAlpha = 1;
          context.strokeStyle = '#ffffff';
          context.lineWidth = 1;
          context.stroke(path);
        }
      }
    }
    context.globalAlpha = 1;
    context.strokeStyle = '#a51d1d';
    context.lineWidth = 1.5;
    context.stroke(retractedPath);
    if (this.selected !== undefined && this.slot[this.selected] !== -1 && this.placed[this.selected] === 1) {
      const px = (this.x[this.selected] as number) * scale + offsetX;
      const py = (this.y[this.selected] as number) * scale + offsetY;
      context.beginPath();
      context.arc(px, py, radius + 3, 0, 2 * Math.PI);
      context.strokeStyle = '#1c2329';
      context.lineWidth = 2.5;
      context.stroke();
    }
  }

  /** Counts per grid cell, drawn as circles whose area follows the count, with the count written in them. */
  private drawCells(
    context: CanvasRenderingContext2D,
    visible: readonly number[],
    scale: number,
    offsetX: number,
    offsetY: number,
    padX: number,
    padY: number,
  ): void {
    const { cellSize } = CANVAS_DRAWING_DEFAULTS;
    const counts = new Map<number, { x: number; y: number; count: number }>();
    for (const ordinal of visible) {
      const px = (this.x[ordinal] as number) * scale + offsetX;
      const py = (this.y[ordinal] as number) * scale + offsetY;
      const key = Math.floor(px / cellSize) * 65_536 + Math.floor(py / cellSize);
      const cell = counts.get(key);
      if (cell) {
        cell.x += px;
        cell.y += py;
        cell.count++;
      } else {
        counts.set(key, { x: px, y: py, count: 1 });
      }
    }
    const max = Math.max(1, ...[...counts.values()].map((cell) => cell.count));
    context.font = '600 10px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    for (const cell of counts.values()) {
      const x = cell.x / cell.count;
      const y = cell.y / cell.count;
      const r = 4 + (cellSize / 2 - 4) * Math.sqrt(cell.count / max);
      context.beginPath();
      context.arc(x, y, r, 0, 2 * Math.PI);
      context.fillStyle = 'rgba(29, 95, 160, 0.55)';
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = 1;
      context.stroke();
      if (r >= 9) {
        context.fillStyle = '#ffffff';
        context.fillText(cell.count >= 1000 ? `${Math.round(cell.count / 100) / 10}k` : String(cell.count), x, y);
      }
      this.cells.push({ x: x - padX, y: y - padY, count: cell.count });
    }
  }

  private nearest(point: L.Point): number | undefined {
    let best: number | undefined;
    let bestDistance = CANVAS_DRAWING_DEFAULTS.hitRadius ** 2;
    for (let i = 0; i < this.hitCount; i++) {
      const dx = (this.hitX[i] as number) - point.x;
      const dy = (this.hitY[i] as number) - point.y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = this.hitOrdinals[i];
      }
    }
    return best;
  }

  private onClick(event: L.LeafletMouseEvent): void {
    const ordinal = this.nearest(event.containerPoint);
    if (ordinal !== undefined) {
      this.onActivate((this.events[ordinal] as StoryEvent).id, 'pointer');
      return;
    }
    const cell = this.cells.find(
      (candidate) =>
        Math.hypot(candidate.x - event.containerPoint.x, candidate.y - event.containerPoint.y) <
        CANVAS_DRAWING_DEFAULTS.cellSize / 2,
    );
    if (cell) this.map.setZoomAround(event.containerPoint, this.map.getZoom() + 2);
  }

  private onMouseMove(event: L.LeafletMouseEvent): void {
    const over = this.nearest(event.containerPoint) !== undefined;
    this.map.getContainer().style.cursor = over ? 'pointer' : '';
  }
}
