import type { EventKind } from '../domain/storyEvent';

/**
 * The symbol of each event kind, drawn in a 24×24 box: a filled `shape` (colour per kind, outlined) and an
 * optional `mark` stroked on top. Shapes differ as well as colours, so kinds stay apart without colour.
 */
export interface KindSymbol {
  readonly label: string;
  /** The light theme's colour, for drawings that cannot read CSS (the canvas of large stories). */
  readonly color: string;
  /**
   * The colour as CSS: the theme's `--kind-<kind>` custom property (src/styles/app.css sets both themes, each
   * checked for contrast against the map and the page), falling back to `color`.
   */
  readonly fill: string;
  readonly shape: string;
  readonly mark?: string;
}

/**
 * An event's name as a reader may know it: its title as reported by then, or, before anything about it was
 * published, only its kind ("Attack, not yet reported").
 */
export function formatKnownTitle(kind: EventKind, title: string | undefined): string {
  return title ?? `${KIND_SYMBOLS[kind].label}, not yet reported`;
}

const SYMBOLS: Readonly<Record<EventKind, Omit<KindSymbol, 'fill'>>> = {
  attack: {
    label: 'Attack',
    color: '#b3261e',
    shape:
      'M12 1l2.7 5.3 5.6-1.9-1.9 5.6L23.7 12l-5.3 2.7 1.9 5.6-5.6-1.9L12 23.7l-2.7-5.3-5.6 1.9 1.9-5.6L.3 12l5.3-2.7-1.9-5.6 5.6 1.9z',
  },
  impact: {
    label: 'Impact',
    color: '#c4510c',
    shape: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19z',
    mark: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  },
  strike: {
    label: 'Strike',
    color: '#6a2c91',
    shape: 'M2 3.5h20L12 22z',
    mark: 'M12 8v6M9 11h6',
  },
  evacuation: {
    label: 'Evacuation',
    color: '#1d5fa0',
    shape: 'M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z',
    mark: 'M12 17V7M8 11l4-4 4 4',
  },
  incident: {
    label: 'Incident',
    color: '#8a6d00',
    shape: 'M12 1.5L23 21H1z',
    mark: 'M12 8.5v6M12 17.2v.6',
  },
  withdrawal: {
    label: 'Withdrawal',
    color: '#143a5a',
    shape: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z',
    mark: 'M7 12h9M12.5 8l4 4-4 4',
  },
  political: {
    label: 'Political',
    color: '#24723f',
    shape: 'M12 1.5l10.5 7.6-4 12.4h-13l-4-12.4z',
  },
  diplomatic: {
    label: 'Diplomatic',
    color: '#0e6e62',
    shape: 'M3 3h18v13H11l-5.5 4.5V16H3z',
  },
  finding: {
    label: 'Finding or admission',
    color: '#434a4f',
    shape: 'M12 1l11 11-11 11L1 12z',
    mark: 'M8 12.2l2.8 2.8L16 9.6',
  },
};

export const KIND_SYMBOLS: Readonly<Record<EventKind, KindSymbol>> = Object.fromEntries(
  Object.entries(SYMBOLS).map(([kind, symbol]) => [kind, { ...symbol, fill: `var(--kind-${kind}, ${symbol.color})` }]),
) as Record<EventKind, KindSymbol>;
