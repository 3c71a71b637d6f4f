import type L from 'leaflet';

/** Creates the named map panes that do not exist yet, each at its z-index. */
export function ensurePanes(map: L.Map, panes: readonly { readonly name: string; readonly zIndex: number }[]): void {
  for (const pane of panes) {
    if (!map.getPane(pane.name)) map.createPane(pane.name).style.zIndex = String(pane.zIndex);
  }
}
