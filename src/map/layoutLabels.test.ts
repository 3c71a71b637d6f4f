import { describe, expect, it } from 'vitest';
import { type LabelSpot, layoutLabels } from './layoutLabels';

const label = (key: string, x: number, y: number, priority: number, extra: Partial<LabelSpot> = {}): LabelSpot => ({
  key,
  x,
  y,
  width: 80,
  height: 14,
  priority,
  placements: ['right', 'left', 'above', 'below'],
  gap: 16,
  dot: false,
  ...extra,
});

function box(spot: LabelSpot, position: { dx: number; dy: number }) {
  return {
    left: spot.x + position.dx,
    top: spot.y + position.dy,
    right: spot.x + position.dx + spot.width,
    bottom: spot.y + position.dy + spot.height,
  };
}

describe('layoutLabels', () => {
  it('names two places that share a point on two sides, the more important on its first choice', () => {
    const gate = label('gate', 100, 100, 60);
    const hotel = label('hotel', 100, 100, 50, { placements: ['left', 'below', 'above', 'right'] });
    const layout = layoutLabels([hotel, gate], []);
    expect(layout.get('gate')?.placement).toBe('right');
    expect(layout.get('hotel')?.placement).toBe('left');
  });

  it('never lets two labels overlap: a crowded one moves to a free side, or is left out', () => {
    const spots = Array.from({ length: 12 }, (_, i) => label(`l${i}`, 100 + (i % 3) * 4, 100 + i * 3, 100 - i));
    const layout = layoutLabels(spots, []);
    const placed = spots.flatMap((spot) => {
      const position = layout.get(spot.key);
      return position ? [box(spot, position)] : [];
    });
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(spots.length);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i] as ReturnType<typeof box>;
        const b = placed[j] as ReturnType<typeof box>;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    }
  });

  it('keeps labels off drawn markers, further out if it must', () => {
    const marker = { left: 86, top: 86, right: 114, bottom: 114 };
    const layout = layoutLabels([label('near', 100, 100, 1, { gap: 6, placements: ['right'] })], [marker]);
    expect(layout.get('near')).toMatchObject({ placement: 'right', dx: 32 });
  });

  it('takes a side that stays in view, and leaves out a label the view would cut', () => {
    const view = { left: 0, top: 0, right: 150, bottom: 300 };
    const layout = layoutLabels(
      [label('edge', 120, 100, 1), label('away', 400, 100, 1), label('cut', 75, 100, 1, { width: 160 })],
      [],
      view,
    );
    expect(layout.get('edge')?.placement).toBe('left');
    expect(layout.get('away')).toBeNull();
    expect(layout.get('cut')).toBeNull();
  });

  it('writes a street name along its road only where the stretch is longer than the name', () => {
    const along = { placements: ['centre' as const], gap: 0, angle: 30 };
    const fits = label('fits', 100, 100, 8, { ...along, span: 120 });
    const tooLong = label('too-long', 300, 100, 8, { ...along, span: 60 });
    const layout = layoutLabels([fits, tooLong], []);
    expect(layout.get('fits')).toEqual({ placement: 'centre', dx: -40, dy: -7 });
    expect(layout.get('too-long')).toBeNull();
  });

  it('keeps a turned name off a marker and off a level name across its road, but not off their corners', () => {
    // A name turned 45° through (100, 100): the squares along it cover its diagonal, not its bounding box.
    const turned = label('street', 100, 100, 8, { placements: ['centre'], gap: 0, angle: 45 });
    const marker = { left: 95, top: 95, right: 105, bottom: 105 };
    expect(layoutLabels([turned], [marker]).get('street')).toBeNull();
    const corner = { left: 60, top: 125, right: 75, bottom: 140 };
    expect(layoutLabels([turned], [corner]).get('street')).not.toBeNull();
  });
});
