import L from 'leaflet';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { interfaceText } from '../text/interfaceText';
import { CHAPTER_LANDED, isChapterFlying } from './chapterFlight';
import { type Box, detailsPan, type Insets } from './detailsPlacement';

/** Below this map width, details open as a sheet over the bottom of the map instead of a popup. */
export const SHEET_BELOW_WIDTH = 600;
/** Details are never taller than this before they scroll inside (a popup also stays within its map). */
export const MAX_DETAILS_HEIGHT = 900;
/** What the popup adds around its content: the tip under it, the content's margins and the border. */
const POPUP_TIP = 20;
const POPUP_CHROME = 28;
/** A popup is never made shorter than this (its head) while the map has room: its marker gives way first. */
const HEAD_HEIGHT = 220;
/** Room kept clear along the map's edges: the zoom buttons at the top left, the scale bar below. */
const MAP_INSETS: Insets = { top: 10, right: 10, bottom: 36, left: 52 };
const SHEET_INSETS: Insets = { top: 10, right: 10, bottom: 10, left: 52 };
/** A sheet takes 60% of the map, or on a short map up to 340 px, but always leaves this much for its marker. */
const SHEET_SHARE = 0.6;
const SHEET_SHORT_MAP_HEIGHT = 340;
const SHEET_MARKER_ROOM = 72;

/** The marker the details belong to: its point, where it is drawn from there, and its size. */
export interface DetailsAnchor {
  readonly at: L.LatLng;
  /** The marker's drawn offset from its point in pixels (a spread stack), if any. */
  readonly offset?: readonly [number, number];
  /** Half the marker's size in pixels. */
  readonly radius: number;
}

export interface OpenOptions {
  /** What is shown: opening it again (the same anchor) leaves the view alone; a new one is brought into view. */
  readonly key: string;
  /** Also scroll the page to the map when it is out of the window (chosen from the list below it, or a link). */
  readonly reveal: boolean;
}

export interface LeafletPopupHandle {
  /** The element React renders the details into (through a portal). */
  readonly content: HTMLElement;
  /** Opens the details at a marker (a popup, or a sheet on narrow maps) and brings both into view. */
  open(map: L.Map, anchor: DetailsAnchor, options: OpenOptions): void;
  /** Closes without reporting a close by the reader. */
  close(map: L.Map): void;
  /** Re-measures after the content changed size, keeping the details' head in view. */
  update(): void;
  /** Removes the details and everything they listen to. */
  dispose(): void;
}

/** Leaflet's own steps of `update` after the content: its size (and scrolling), then its place over the marker. */
interface PopupLayout {
  _updateLayout?: () => void;
  _updatePosition?: () => void;
}

/**
 * Re-measures an open popup whose content changed, leaving the reader where they were in it. Leaflet's `update`
 * detaches and re-attaches the content, which drops the focus inside it and loses a click whose press and release
 * straddle it (the browser then sends the click to the popup, not to the button pressed); and measuring the content
 * at full height scrolls a long popup back to its top. Content changes while the reader uses it (a correction
 * arriving during playback, "Show all"), so neither may happen.
 */
function relayout(popup: L.Popup, content: HTMLElement): void {
  const steps = popup as unknown as PopupLayout;
  const scroller = content.parentElement;
  const scrolled = scroller?.scrollTop ?? 0;
  if (typeof steps._updateLayout === 'function' && typeof steps._updatePosition === 'function') {
    steps._updateLayout();
    steps._updatePosition();
  } else popup.update();
  if (scroller && scroller.scrollTop !== scrolled) scroller.scrollTop = scrolled;
}

function boxIn(container: HTMLElement, element: HTMLElement): Box {
  const outer = container.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  return {
    left: inner.left - outer.left,
    top: inner.top - outer.top,
    right: inner.right - outer.left,
    bottom: inner.bottom - outer.top,
  };
}

/** The element around the map and its attribution (MapView's frame), which a sheet covers the bottom of. */
function frameOf(map: L.Map): HTMLElement {
  const container = map.getContainer();
  return container.closest<HTMLElement>('.map-frame') ?? container.parentElement ?? container;
}

/** Scrolls the page (never a host page) the least that shows the whole map, or its top if it is taller. */
function revealMap(map: L.Map): void {
  const frame = frameOf(map);
  const rect = frame.getBoundingClientRect();
  const height = window.innerHeight;
  if (rect.top >= 0 && rect.bottom <= height) return;
  const by = rect.top < 0 || rect.height > height ? rect.top : rect.bottom - height;
  window.scrollBy({ top: by, behavior: 'instant' });
}

/**
 * An event's (or a place's) details on the map, whose content React renders through a portal (never an HTML
 * string): a Leaflet popup above its marker, or on a narrow map a sheet over the bottom of the map. However they
 * are opened, they are brought whole into view with their head first, clear of the map's controls, and the marker
 * stays visible (above the popup's tip, or above the sheet). Long content scrolls inside. `onReaderClose` runs
 * when the reader closes them (close button, Escape, a click on the map), not when the app does; the focus then
 * goes back to where it was when they opened.
 */
export function useLeafletPopup(
  className: string,
  onReaderClose: () => void,
  reducedMotion: boolean,
): LeafletPopupHandle {
  const onCloseRef = useRef(onReaderClose);
  useLayoutEffect(function keepLatestCloseHandler() {
    onCloseRef.current = onReaderClose;
  });
  const handle = useMemo<LeafletPopupHandle>(() => {
    const content = document.createElement('div');
    content.className = 'popup-content';
    const popup = L.popup({
      className,
      maxWidth: 380,
      minWidth: 240,
      // Placed by `place` below, for every way of opening: Leaflet's own pan ignores the marker and the page.
      autoPan: false,
      closeOnEscapeKey: true,
      // Leaflet's own close-on-map-click misreads a click on content that React replaces during the click (the
      // target is detached by the time Leaflet looks) as a click on the map; clicks are told apart here instead.
      closeOnClick: false,
    });

    const sheet = document.createElement('section');
    sheet.className = `map-sheet ${className}`;
    sheet.setAttribute('aria-label', interfaceText.map.details);
    const sheetClose = document.createElement('button');
    sheetClose.type = 'button';
    sheetClose.className = 'close-button sheet-close';
    sheetClose.setAttribute('aria-label', interfaceText.map.closeDetails);
    sheetClose.textContent = '×';
    const sheetBody = document.createElement('div');
    sheetBody.className = 'map-sheet-body';
    sheet.append(sheetClose, sheetBody);

    let mode: 'popup' | 'sheet' | undefined;
    let openOn: L.Map | undefined;
    let anchor: DetailsAnchor | undefined;
    let shownKey: string | undefined;
    let closingByApp = false;
    let clickInside = false;
    // Where the focus was when the details opened (a marker, a list entry), to give it back when the reader closes them.
    let focusBefore: Element | null = null;

    // The element the reader is pressing, and where it was on screen: content that changes under a press (a
    // correction arriving during playback) must not move it away from the pointer before the release.
    let pressed: { element: Element; top: number } | undefined;
    content.addEventListener('pointerdown', (event) => {
      if (event.target instanceof Element) {
        pressed = { element: event.target, top: event.target.getBoundingClientRect().top };
      }
    });
    const release = () => {
      pressed = undefined;
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
    /** After a re-measure: scrolls the details so that the element under a press is where it was. */
    const keepPressedInPlace = () => {
      const scroller = mode === 'popup' ? content.parentElement : sheetBody;
      if (!pressed || !scroller || !pressed.element.isConnected) return;
      const moved = pressed.element.getBoundingClientRect().top - pressed.top;
      if (Math.abs(moved) >= 1) scroller.scrollTop += moved;
    };

    content.addEventListener(
      'click',
      () => {
        clickInside = true;
        window.setTimeout(() => {
          clickInside = false;
        });
      },
      true,
    );

    const giveFocusBack = (onlyIfInside: boolean, wasInside: boolean) => {
      if (onlyIfInside && !wasInside) return;
      if (focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus({ preventScroll: true });
    };

    const detach = () => {
      openOn?.off('click', closeOnMapClick);
      openOn?.off('resize', onResize);
      openOn?.off(CHAPTER_LANDED, onLanded);
      openOn = undefined;
      mode = undefined;
      shownKey = undefined;
    };

    const closeByReader = () => {
      if (mode === 'popup') {
        popup.close();
        return;
      }
      if (mode !== 'sheet') return;
      const active = document.activeElement;
      const focusWasInside = !active || active === document.body || sheet.contains(active);
      sheet.remove();
      detach();
      giveFocusBack(true, focusWasInside);
      onCloseRef.current();
    };

    const closeOnMapClick = () => {
      if (!clickInside) closeByReader();
    };

    popup.on('remove', () => {
      if (mode === 'popup') detach();
      if (!closingByApp) {
        // The focus may still point into the removed popup (browsers fix it up later), or already be on the body.
        const active = document.activeElement;
        giveFocusBack(true, !active || active === document.body || content.contains(active));
        onCloseRef.current();
      }
      closingByApp = false;
    });
    sheetClose.addEventListener('click', closeByReader);
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        closeByReader();
      }
    });

    /** The map's edges to keep clear: its controls, and the notices over its top. */
    const insetsOf = (map: L.Map, base: Insets): Insets => {
      const notices = frameOf(map).querySelector<HTMLElement>('.map-notices');
      const noticeHeight = notices && notices.offsetHeight > 0 ? notices.offsetHeight + 8 : 0;
      return { ...base, top: base.top + noticeHeight };
    };

    const markerBox = (map: L.Map, at: DetailsAnchor): Box => {
      const point = map.latLngToContainerPoint(at.at);
      const [dx, dy] = at.offset ?? [0, 0];
      const x = point.x + dx;
      const y = point.y + dy;
      return { left: x - at.radius, top: y - at.radius, right: x + at.radius, bottom: y + at.radius };
    };

    /** Moves the map the least that shows the details whole (head first) and their marker. */
    const place = (map: L.Map) => {
      // A chapter's flight is moving the map: the details are placed when it lands (CHAPTER_LANDED).
      if (!anchor || !mode || isChapterFlying(map)) return;
      const size = map.getSize();
      const view = { width: size.x, height: size.y };
      let pan: readonly [number, number];
      if (mode === 'sheet') {
        const insets = insetsOf(map, SHEET_INSETS);
        const covered = map.getContainer().getBoundingClientRect().bottom - sheet.getBoundingClientRect().top;
        pan = detailsPan(view, markerBox(map, anchor), undefined, {
          ...insets,
          bottom: Math.max(0, covered) + SHEET_INSETS.bottom,
        });
      } else {
        const element = popup.getElement();
        if (!element) return;
        pan = detailsPan(view, markerBox(map, anchor), boxIn(map.getContainer(), element), insetsOf(map, MAP_INSETS));
      }
      if (pan[0] !== 0 || pan[1] !== 0) map.panBy([-pan[0], -pan[1]], { animate: !reducedMotion });
    };

    const openPopup = (map: L.Map, at: DetailsAnchor) => {
      const size = map.getSize();
      const insets = insetsOf(map, MAP_INSETS);
      popup.options.maxWidth = Math.max(180, Math.min(380, size.x - 110));
      popup.options.minWidth = Math.min(240, popup.options.maxWidth);
      const withMarker = size.y - insets.top - insets.bottom - 2 * at.radius - POPUP_TIP - POPUP_CHROME;
      const withoutMarker = size.y - insets.top - SHEET_INSETS.bottom - POPUP_CHROME;
      popup.options.maxHeight = Math.max(
        120,
        Math.min(MAX_DETAILS_HEIGHT, Math.max(withMarker, Math.min(HEAD_HEIGHT, withoutMarker))),
      );
      const [dx, dy] = at.offset ?? [0, 0];
      // The tip ends just above the marker's top edge.
      popup.options.offset = L.point(dx, dy - at.radius - 2);
      if (popup.getContent() !== content) popup.setContent(content);
      popup.setLatLng(at.at);
      if (!map.hasLayer(popup)) popup.openOn(map);
      else relayout(popup, content);
    };

    const openSheet = (map: L.Map) => {
      const frame = frameOf(map);
      if (content.parentElement !== sheetBody) sheetBody.appendChild(content);
      if (sheet.parentElement !== frame) frame.appendChild(sheet);
      sizeSheet(map);
    };

    /** The sheet's height: its share of the map, less any notices over the map's top, always leaving the marker room. */
    const sizeSheet = (map: L.Map) => {
      const height = frameOf(map).clientHeight;
      const top = insetsOf(map, SHEET_INSETS).top;
      const share = Math.max(SHEET_SHARE * height, Math.min(SHEET_SHORT_MAP_HEIGHT, height - SHEET_MARKER_ROOM));
      const max = Math.min(MAX_DETAILS_HEIGHT, share, height - top - SHEET_MARKER_ROOM + SHEET_INSETS.top);
      sheet.style.maxHeight = `${Math.max(120, Math.floor(max))}px`;
    };

    const show = (map: L.Map, at: DetailsAnchor) => {
      const wanted = map.getSize().x < SHEET_BELOW_WIDTH ? 'sheet' : 'popup';
      if (mode && mode !== wanted) {
        // The map changed width (a phone turned): move the details without reporting a close.
        closingByApp = true;
        if (mode === 'popup') map.closePopup(popup);
        else sheet.remove();
        closingByApp = false;
      }
      if (!mode) {
        focusBefore = document.activeElement;
        map.on('click', closeOnMapClick);
        map.on('resize', onResize);
        map.on(CHAPTER_LANDED, onLanded);
      }
      mode = wanted;
      openOn = map;
      anchor = at;
      if (wanted === 'sheet') openSheet(map);
      else openPopup(map, at);
    };

    function onResize() {
      if (openOn && anchor) {
        show(openOn, anchor);
        place(openOn);
      }
    }

    /** A chapter's flight moved the map after the details opened: bring them back into view. */
    function onLanded() {
      if (openOn) place(openOn);
    }

    /** Re-measures (the content changed size) and keeps the details and their marker in view. */
    function update() {
      if (!openOn || !mode) return;
      if (mode === 'popup') relayout(popup, content);
      else sizeSheet(openOn);
      place(openOn);
      keepPressedInPlace();
    }
    // Whatever the content does (a "Show all" that expands, a correction that appears), the details follow it.
    const resized = new ResizeObserver(update);
    resized.observe(content);

    return {
      content,
      open(map, at, options) {
        const same =
          mode !== undefined &&
          shownKey === options.key &&
          anchor?.at.equals(at.at) &&
          anchor.offset?.[0] === at.offset?.[0] &&
          anchor.offset?.[1] === at.offset?.[1];
        if (same) return;
        if (options.reveal) revealMap(map);
        show(map, at);
        shownKey = options.key;
        place(map);
      },
      close(map) {
        if (!mode) return;
        // Closed under the reader's focus (its event left the map): the focus goes back, not to the page's start.
        const focusInside = content.contains(document.activeElement);
        closingByApp = true;
        if (mode === 'popup') map.closePopup(popup);
        else {
          sheet.remove();
          detach();
        }
        closingByApp = false;
        giveFocusBack(true, focusInside);
      },
      update,
      dispose() {
        resized.disconnect();
        window.removeEventListener('pointerup', release, true);
        window.removeEventListener('pointercancel', release, true);
        detach();
        sheet.remove();
        popup.off();
        popup.remove();
      },
    };
  }, [className, reducedMotion]);
  useEffect(
    () =>
      function closePopupOnUnmount() {
        handle.dispose();
      },
    [handle],
  );
  return handle;
}
