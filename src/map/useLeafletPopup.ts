import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';

export interface LeafletPopupHandle {
  readonly popup: L.Popup;
  /** The element React renders the popup's content into (through a portal). */
  readonly content: HTMLElement;
  /** Opens at a position, unless already open there. */
  open(map: L.Map, at: L.LatLng): void;
  /** Closes without reporting a close by the reader. */
  close(map: L.Map): void;
  /** Removes the popup and everything it listens to. */
  dispose(): void;
}

/**
 * One Leaflet popup whose content React renders through a portal (never an HTML string). `onReaderClose` runs
 * when the reader closes it (close button, Escape, a click on the map), not when the app closes it; the focus
 * then goes back to where it was when the popup opened.
 */
export function useLeafletPopup(
  className: string,
  onReaderClose: () => void,
  reducedMotion: boolean,
): LeafletPopupHandle {
  const onCloseRef = useRef(onReaderClose);
  onCloseRef.current = onReaderClose;
  const handle = useMemo<LeafletPopupHandle>(() => {
    const content = document.createElement('div');
    content.className = 'popup-content';
    const popup = L.popup({
      className,
      maxWidth: 380,
      minWidth: 240,
      autoPan: !reducedMotion,
      // Clear of the zoom buttons at the top left.
      autoPanPaddingTopLeft: [56, 16],
      autoPanPaddingBottomRight: [16, 24],
      closeOnEscapeKey: true,
      // Leaflet's own close-on-map-click misreads a click on content that React replaces during the click (the
      // target is detached by the time Leaflet looks) as a click on the map; clicks are told apart here instead.
      closeOnClick: false,
      offset: [0, -10],
    }).setContent(content);
    let closingByApp = false;
    let clickInside = false;
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
    let openOn: L.Map | undefined;
    // Where the focus was when the popup opened (a marker, a list entry), to give it back when the reader closes it.
    let focusBefore: Element | null = null;
    const closeOnMapClick = () => {
      if (!clickInside) popup.close();
    };
    popup.on('remove', () => {
      openOn?.off('click', closeOnMapClick);
      openOn = undefined;
      if (!closingByApp) {
        // The focus may still point into the removed popup (browsers fix it up later), or already be on the body.
        const active = document.activeElement;
        const focusWasInPopup = !active || active === document.body || content.contains(active);
        if (focusWasInPopup && focusBefore instanceof HTMLElement && focusBefore.isConnected) {
          focusBefore.focus({ preventScroll: true });
        }
        onCloseRef.current();
      }
      closingByApp = false;
    });
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        popup.close();
      }
    });
    return {
      popup,
      content,
      open(map, at) {
        if (map.hasLayer(popup) && popup.getLatLng()?.equals(at)) return;
        // Fit the map it opens on: small embeds and phones get a narrower, scrolling popup.
        const size = map.getSize();
        popup.options.maxWidth = Math.max(180, Math.min(380, size.x - 110));
        popup.options.minWidth = Math.min(240, popup.options.maxWidth);
        popup.options.maxHeight = Math.max(160, size.y - 70);
        if (reducedMotion) map.panInside(at, { animate: false, padding: [40, 40] });
        popup.setLatLng(at);
        if (map.hasLayer(popup)) return;
        focusBefore = document.activeElement;
        popup.openOn(map);
        openOn = map;
        map.on('click', closeOnMapClick);
      },
      close(map) {
        if (!map.hasLayer(popup)) return;
        // Closed under the reader's focus (its event left the map): the focus goes back, not to the page's start.
        const focusInside = content.contains(document.activeElement);
        closingByApp = true;
        map.closePopup(popup);
        closingByApp = false;
        if (focusInside && focusBefore instanceof HTMLElement && focusBefore.isConnected) {
          focusBefore.focus({ preventScroll: true });
        }
      },
      dispose() {
        openOn?.off('click', closeOnMapClick);
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
