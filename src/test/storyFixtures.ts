/** Small, valid story data for unit tests: change one field to test one rejection. */

export function validSource(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    party: 'Pentagon',
    quote: 'We assess that five rockets were in the air',
    outlet: 'The Hill',
    published: '2021-08-30',
    url: 'https://thehill.com/a',
    ...overrides,
  };
}

export function validEvent(
  id = 'rocket-attack',
  properties: Record<string, unknown> = {},
  geometry: unknown = { type: 'Point', coordinates: [69.13, 34.57] },
): Record<string, unknown> {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      title: 'Rockets fired at the airport',
      kind: 'attack',
      start: '2021-08-30T06:40:00+04:30',
      time_precision: 'approximate',
      time_uncertainty_min: 30,
      place: { name: 'Khair Khana', estimate: true, uncertainty_m: 3000, basis: 'Neighbourhood centroid' },
      status: 'reported',
      sources: [validSource()],
      ...properties,
    },
  };
}

export function collection(...features: unknown[]): Record<string, unknown> {
  return { type: 'FeatureCollection', features };
}

/** Afghanistan, roughly: coordinates outside are refused, swapped ones detected. */
export const AREA = [60, 29, 75, 39] as const;
