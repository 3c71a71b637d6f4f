import type { z } from 'zod';
import { compileValidator, type FastValidator } from './compileValidator';
import { type DataProblem, formatFieldPath } from './dataProblem';
import { NOT_FINITE } from './schemaParts';

/** Bounding box [west, south, east, north] in degrees. */
export type BoundingBox = readonly [number, number, number, number];

export interface FeatureCheckResult<T> {
  readonly accepted: readonly T[];
  /** Where each accepted feature is in the file's features array. */
  readonly positions: readonly number[];
  readonly problems: readonly DataProblem[];
}

function featureLabel(feature: unknown, index: number): string {
  if (feature && typeof feature === 'object' && 'id' in feature) {
    const id = (feature as { id: unknown }).id;
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `#${index}`;
}

function inBox(position: readonly number[], [west, south, east, north]: BoundingBox): boolean {
  const lon = position[0] ?? Number.NaN;
  const lat = position[1] ?? Number.NaN;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Paths of the numbers in a value that are not finite: JSON's `1e999` parses as Infinity. */
function nonFinitePaths(value: unknown, path: PropertyKey[] = [], found: PropertyKey[][] = []): PropertyKey[][] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      nonFinitePaths(item, [...path, index], found);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, [...path, key], found);
  }
  return found;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.length <= path.length && prefix.every((key, index) => path[index] === key);

/**
 * A rejected feature's problems. A number too large for JSON is named as such, in place of the schema's
 * messages about the fields that contain it (a union's message would not say why). Run only for rejected
 * features: valid data pays nothing.
 */
function featureProblems(
  file: string,
  featureId: string,
  feature: unknown,
  issues: readonly { path: PropertyKey[]; message: string }[],
): DataProblem[] {
  const overflows = nonFinitePaths(feature);
  return [
    ...overflows.map((path) => ({ file, featureId, field: formatFieldPath(path), message: NOT_FINITE })),
    ...issues
      .filter((issue) => !overflows.some((path) => startsWith(path, issue.path)))
      .map((issue) => ({ file, featureId, field: formatFieldPath(issue.path), message: issue.message })),
  ];
}

/**
 * Checks one [longitude, latitude] pair: range, and, given the story's area, whether it looks swapped.
 * Returns what was expected, or undefined when the position is fine.
 */
export function checkPosition(position: readonly number[], area?: BoundingBox): string | undefined {
  const lon = position[0] ?? Number.NaN;
  const lat = position[1] ?? Number.NaN;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'expected finite numbers [longitude, latitude]';
  const inRange = lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
  const swappedInRange = lat >= -180 && lat <= 180 && lon >= -90 && lon <= 90;
  if (area && !inBox(position, area)) {
    if (swappedInRange && inBox([lat, lon], area)) {
      return `coordinates [${lon}, ${lat}] look swapped: GeoJSON order is [longitude, latitude], and [${lat}, ${lon}] lies in the story area`;
    }
    if (!inRange) return `expected longitude within ±180 and latitude within ±90, got [${lon}, ${lat}]`;
    return `coordinates [${lon}, ${lat}] lie outside the story area [${area.join(', ')}] (west, south, east, north)`;
  }
  if (!inRange) return `expected longitude within ±180 and latitude within ±90, got [${lon}, ${lat}]`;
  return undefined;
}

/** Each feature schema's fast validator, compiled once. */
const fastValidators = new WeakMap<z.ZodType, FastValidator>();

function fastValidatorFor(schema: z.ZodType): FastValidator {
  let validator = fastValidators.get(schema);
  if (!validator) {
    validator = compileValidator(schema);
    fastValidators.set(schema, validator);
  }
  return validator;
}

/**
 * Validates a GeoJSON FeatureCollection feature by feature, so that one broken feature never hides the others.
 * Every accepted feature has a unique id; every problem names the file, the feature and the field. `onAccepted`
 * is called with each accepted feature as soon as it is accepted (while it is still in the processor's caches).
 */
export function parseFeatureCollection<S extends z.ZodType>(
  file: string,
  value: unknown,
  featureSchema: S,
  onAccepted?: (feature: z.infer<S>, position: number) => void,
): FeatureCheckResult<z.infer<S>> {
  const problems: DataProblem[] = [];
  if (!value || typeof value !== 'object' || (value as { type?: unknown }).type !== 'FeatureCollection') {
    return {
      accepted: [],
      positions: [],
      problems: [{ file, message: 'expected a GeoJSON object with "type": "FeatureCollection"' }],
    };
  }
  const features = (value as { features?: unknown }).features;
  if (!Array.isArray(features)) {
    return {
      accepted: [],
      positions: [],
      problems: [{ file, field: 'features', message: 'expected an array of features' }],
    };
  }
  const accepted: z.infer<S>[] = [];
  const positions: number[] = [];
  const firstIndexOfId = new Map<string, number>();
  const passes = fastValidatorFor(featureSchema);
  features.forEach((feature, index) => {
    // Valid features pass the compiled validator and are taken as they are; the schema itself runs only for the
    // others, to find and word their problems (or, should the validator have been unsure, to accept them).
    let data: z.infer<S>;
    if (passes(feature)) data = feature as z.infer<S>;
    else {
      const result = featureSchema.safeParse(feature);
      if (!result.success) {
        problems.push(...featureProblems(file, featureLabel(feature, index), feature, result.error.issues));
        return;
      }
      data = result.data;
    }
    const featureId = featureLabel(feature, index);
    const id = (data as { id: string }).id;
    const earlier = firstIndexOfId.get(id);
    if (earlier !== undefined) {
      problems.push({
        file,
        featureId,
        field: 'id',
        message: `duplicate id: feature #${earlier} already uses "${id}"; ids must be unique`,
      });
      return;
    }
    firstIndexOfId.set(id, index);
    accepted.push(data);
    positions.push(index);
    onAccepted?.(data, index);
  });
  return { accepted, positions, problems };
}
