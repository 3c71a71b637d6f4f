import type { KindSymbol } from '../domain/storyLegend';

/** The same symbol as on the map, for the legend, list and timeline. Decorative: the text next to it names it. */
export function KindSymbolIcon({ symbol, size = 18 }: { symbol: KindSymbol; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" className="kind-symbol">
      <path d={symbol.shape} className="symbol-shape" style={{ fill: symbol.fill }} />
      {symbol.mark && <path d={symbol.mark} className="symbol-mark" />}
    </svg>
  );
}
