import { describe, expect, it } from 'vitest';
import { buildTimeIndex, type EventPhase } from './timeIndex';
import { type EventDrawing, VisibilitySync } from './visibilitySync';

const H = 3_600_000;

/** A renderer that records what it is told, standing in for Leaflet. */
function recordingDrawing() {
  const calls: string[] = [];
  const drawn = new Map<number, EventPhase>();
  const drawing: EventDrawing = {
    show: (ordinal, phase) => {
      calls.push(`show ${ordinal} ${phase}`);
      drawn.set(ordinal, phase);
    },
    hide: (ordinal) => {
      calls.push(`hide ${ordinal}`);
      drawn.delete(ordinal);
    },
    restyle: (ordinal, phase) => {
      calls.push(`restyle ${ordinal} ${phase}`);
      drawn.set(ordinal, phase);
    },
    commit: () => calls.push('commit'),
  };
  return { drawing, calls, drawn };
}

describe('VisibilitySync', () => {
  const index = buildTimeIndex(Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, start: i * H })));

  it('draws what is visible first, then only what changes', () => {
    const { drawing, calls, drawn } = recordingDrawing();
    const sync = new VisibilitySync(index, drawing);
    sync.sync(2.5 * H, true);
    expect([...drawn]).toEqual([
      [0, 'current'],
      [1, 'current'],
      [2, 'current'],
    ]);
    calls.length = 0;
    expect(sync.sync(3.5 * H, true)).toBe(1);
    expect(calls).toEqual(['show 3 current', 'commit']);
  });

  it('restyles events that become past, or hides them when past events are hidden', () => {
    const { drawing, calls } = recordingDrawing();
    const sync = new VisibilitySync(index, drawing);
    sync.sync(10 * H, true);
    calls.length = 0;
    sync.sync(35 * H, true);
    // Events 0–10 were current at 10 h; each is current for 24 h, so by 35 h they are past.
    expect(calls.filter((call) => call.startsWith('restyle'))).toEqual(
      Array.from({ length: 11 }, (_, ordinal) => `restyle ${ordinal} past`),
    );
    const hiding = recordingDrawing();
    const windowed = new VisibilitySync(index, hiding.drawing);
    windowed.sync(10 * H, false);
    hiding.calls.length = 0;
    windowed.sync(11 * H, false);
    expect(hiding.calls).toEqual(['show 11 current', 'commit']);
  });

  it('costs the same per step wherever the step is, in a story of any size', () => {
    const { drawing } = recordingDrawing();
    const sync = new VisibilitySync(index, drawing);
    sync.sync(0, false);
    // One event enters per hour; from the 24th hour on, one leaves too.
    for (let t = 1; t < 900; t++) expect(sync.sync(t * H, false)).toBe(t < 24 ? 1 : 2);
  });
});

describe('VisibilitySync on long jumps', () => {
  const H = 3_600_000;
  const index = buildTimeIndex(
    Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, start: i * H, end: i * H + 2 * H })),
  );

  it('redraws instead of diffing when a jump crosses more events than are drawn', () => {
    const { drawing, calls, drawn } = recordingDrawing();
    const sync = new VisibilitySync(index, drawing);
    sync.sync(100.5 * H, false);
    expect([...drawn.keys()].sort((a, b) => a - b)).toEqual([99, 100]);
    calls.length = 0;
    // 4,000 hours on: the diff would look at ~8,000 boundaries; the redraw touches 4 events.
    sync.sync(4100.5 * H, false);
    expect(calls.filter((call) => call !== 'commit').sort()).toEqual([
      'hide 100',
      'hide 99',
      'show 4099 current',
      'show 4100 current',
    ]);
    expect([...drawn.keys()].sort((a, b) => a - b)).toEqual([4099, 4100]);
  });

  it('ends in the same state either way', () => {
    const jumping = recordingDrawing();
    const stepping = recordingDrawing();
    const a = new VisibilitySync(index, jumping.drawing);
    const b = new VisibilitySync(index, stepping.drawing);
    a.sync(10 * H, true);
    b.sync(10 * H, true);
    a.sync(3000 * H, true);
    for (let t = 11; t <= 3000; t += 7) b.sync(t * H, true);
    b.sync(3000 * H, true);
    expect([...jumping.drawn].sort()).toEqual([...stepping.drawn].sort());
  });
});
