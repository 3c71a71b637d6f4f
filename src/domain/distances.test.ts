import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { type DistanceBasis, formatCompass, formatDistance, measureDistances } from './distances';
import { buildStripPolygon } from './stripPolygon';
import { buildUncertaintyCircle } from './uncertaintyCircle';

// Published values (OurAirports; Wikipedia): the story's own data, not invented.
const ARP: [number, number] = [69.21306, 34.56583];
const RWY_11: [number, number] = [69.194298, 34.570499];
const RWY_29: [number, number] = [69.230499, 34.561199];
// The runway, a 50 m strip between its two published ends.
const airport: DistanceBasis = {
  reference: ARP,
  referenceName: 'the airport reference point',
  edge: { line: [RWY_11, RWY_29], halfWidthKm: 0.025, name: 'the runway' },
};

describe('measureDistances', () => {
  it('puts Abbey Gate about 1 km south-east of the reference point', () => {
    const abbeyGate: [number, number] = [69.22028, 34.55861];
    const result = measureDistances(abbeyGate, airport);
    expect(result.fromReferenceKm).toBeCloseTo(1.04, 2);
    expect(formatCompass(result.bearingDeg)).toBe('south-east');
  });

  it('puts the estimated strike house 3 km north-west of the reference point', () => {
    const house: [number, number] = [69.1862, 34.5813];
    const result = measureDistances(house, airport);
    expect(result.fromReferenceKm).toBeCloseTo(3.0, 1);
    expect(formatCompass(result.bearingDeg)).toBe('north-west');
  });

  it('measures 0 km from a strip for a point on it, and from its paved edge otherwise', () => {
    expect(measureDistances(ARP, airport).fromEdgeKm).toBe(0);
    const khairKhana: [number, number] = [69.13062, 34.576996];
    const result = measureDistances(khairKhana, airport);
    expect(result.fromEdgeKm).toBeCloseTo(5.85, 1);
    expect(result.fromReferenceKm).toBeCloseTo(7.6, 1);
  });

  it('leaves the edge distance out when the story names no edge line', () => {
    expect(
      measureDistances(ARP, { reference: ARP, referenceName: 'the airport reference point' }).fromEdgeKm,
    ).toBeUndefined();
  });
});

describe('formatDistance and formatCompass', () => {
  it('rounds to what the data supports', () => {
    expect(formatDistance(0.01, 'en-GB')).toBe('less than 50 m');
    expect(formatDistance(0.43, 'en-GB')).toBe('450 m');
    expect(formatDistance(3.04, 'en-GB')).toBe('3.0 km');
    expect(formatDistance(112.4, 'en-GB')).toBe('112 km');
  });

  it('names eight winds', () => {
    expect([0, 44, 46, 135, 180, 225, 270, 305, 359].map(formatCompass)).toEqual([
      'north',
      'north-east',
      'north-east',
      'south-east',
      'south',
      'south-west',
      'west',
      'north-west',
      'north',
    ]);
  });
});

describe('buildUncertaintyCircle', () => {
  it('draws a closed ring whose every point lies the radius away from the centre', () => {
    const ring = buildUncertaintyCircle([69.1862, 34.5813], 2000, 32);
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring[32]);
    for (const point of ring) {
      expect(distance([69.1862, 34.5813], point, { units: 'meters' })).toBeCloseTo(2000, -1);
    }
  });
});

describe('buildStripPolygon', () => {
  it('is 50 m wide and as long as the distance between the two thresholds (~3.5 km)', () => {
    const ring = buildStripPolygon([RWY_11, RWY_29], 50);
    expect(ring).toHaveLength(5);
    const [a, b, , d] = ring as [number, number][];
    expect(distance(a as [number, number], d as [number, number], { units: 'meters' })).toBeCloseTo(50, 0);
    expect(distance(a as [number, number], b as [number, number], { units: 'kilometers' })).toBeCloseTo(3.47, 2);
  });
});
