/**
 * Importing sheets again into a story folder: a three-way merge of what the sheets say now ("theirs"), what the
 * folder's files hold ("ours", perhaps edited by hand) and what the last import wrote ("base"). A value the
 * sheets changed follows the sheets; a value edited by hand since the last import is kept; a field the sheets do
 * not hold is kept. Lists of things with ids (events, places, kinds, layers, chapters) are merged by id, and
 * other lists (an event's sources, figures, corrections) item by item. Pure, and never mutates its input.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Structural equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const other = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === other.length && keys.every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

const idOf = (value: unknown) => (isObject(value) && typeof value.id === 'string' ? value.id : undefined);
const keyed = (...lists: unknown[][]) => lists.every((list) => list.every((item) => idOf(item) !== undefined));

/** What a merge kept against the sheets: hand edits, and hand edits the sheets also changed (conflicts). */
export interface MergeNotes {
  /** Paths of values edited by hand and kept, where the sheets say something else. */
  readonly kept: string[];
  /** Paths where both the sheets and a hand edit changed the value since the last import: the hand edit is kept. */
  readonly conflicts: string[];
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/**
 * Merges one value. Without a base (no record of the last import), the sheets win wherever they say something
 * and the files keep the rest.
 */
function merge(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  hasBase: boolean,
  path: string,
  notes: MergeNotes,
): unknown {
  if (hasBase ? jsonEqual(ours, base) : ours === undefined) return theirs;
  if (jsonEqual(ours, theirs)) return theirs;
  if (theirs === undefined) {
    // The sheets do not hold it (or no longer do): kept when it was never the sheets', dropped when they removed it.
    return hasBase && base !== undefined ? undefined : ours;
  }
  if (hasBase && jsonEqual(theirs, base)) {
    notes.kept.push(path);
    return ours;
  }
  if (isObject(ours) && isObject(theirs)) {
    const baseObject = isObject(base) ? base : {};
    const result: Json = {};
    for (const key of [...Object.keys(theirs), ...Object.keys(ours).filter((key) => !(key in theirs))]) {
      const value = merge(baseObject[key], ours[key], theirs[key], hasBase && isObject(base), join(path, key), notes);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const baseList = Array.isArray(base) ? base : [];
    if (keyed(ours, theirs, baseList) && theirs.length + ours.length > 0) {
      const find = (list: unknown[], id: string) => list.find((item) => idOf(item) === id);
      const merged = theirs.map((item) => {
        const id = idOf(item) as string;
        return merge(find(baseList, id), find(ours, id), item, hasBase && Array.isArray(base), join(path, id), notes);
      });
      // What the files hold and the sheets never did (added by hand) stays, after the sheets' own.
      const added = ours.filter((item) => {
        const id = idOf(item) as string;
        return !theirs.some((other) => idOf(other) === id) && !(hasBase && find(baseList, id));
      });
      return [...merged, ...added];
    }
    if (theirs.every(isObject) && ours.every(isObject) && theirs.length > 0) {
      return theirs.map((item, index) =>
        merge(baseList[index], ours[index], item, hasBase && Array.isArray(base), join(path, index), notes),
      );
    }
  }
  // Both changed: a hand edit since the last import is kept (and said); without a record, the sheets win.
  if (hasBase) {
    notes.conflicts.push(path);
    return ours;
  }
  return theirs;
}

/**
 * The folder's file after importing the sheets again: `base` is what the last import wrote (undefined when no
 * record is kept), `ours` the file as it is (undefined when there is none), `theirs` what the sheets say now.
 */
export function mergeStoryFile(base: unknown, ours: unknown, theirs: unknown): { value: unknown; notes: MergeNotes } {
  const notes: MergeNotes = { kept: [], conflicts: [] };
  const value = ours === undefined ? theirs : merge(base, ours, theirs, base !== undefined, '', notes);
  return { value, notes };
}

/** What changed in a list of things with ids, by id: added, removed, and changed (with the fields that did). */
export interface Changes {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: { id: string; fields: string[] }[];
}

/** The fields of an event or place (its properties, its geometry) whose values differ. */
function changedFields(before: Json, after: Json): string[] {
  const fields: string[] = [];
  const properties = (value: Json) => (isObject(value.properties) ? value.properties : {});
  const [a, b] = [properties(before), properties(after)];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (!jsonEqual(a[key], b[key])) fields.push(key);
  if (!jsonEqual(before.geometry, after.geometry)) fields.push('geometry');
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!['properties', 'geometry', 'id', 'type'].includes(key) && !jsonEqual(before[key], after[key]))
      fields.push(key);
  }
  return fields;
}

/** What changed between two lists of things with ids. */
export function listChanges(before: readonly unknown[], after: readonly unknown[]): Changes {
  const byId = (list: readonly unknown[]) =>
    new Map(list.filter(isObject).flatMap((item) => (idOf(item) ? [[idOf(item) as string, item] as const] : [])));
  const [old, now] = [byId(before), byId(after)];
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.entries()].flatMap(([id, item]) => {
      const previous = old.get(id);
      if (!previous || jsonEqual(previous, item)) return [];
      return [{ id, fields: changedFields(previous, item) }];
    }),
  };
}

/** One line per kind of change, e.g. "events.geojson: added a, b; changed c (title, sources); removed d". */
export function formatChanges(file: string, changes: Changes): string | undefined {
  const parts = [
    changes.added.length > 0 ? `added ${changes.added.join(', ')}` : '',
    changes.changed.length > 0
      ? `changed ${changes.changed.map((change) => (change.fields.length > 0 ? `${change.id} (${change.fields.join(', ')})` : change.id)).join(', ')}`
      : '',
    changes.removed.length > 0 ? `removed ${changes.removed.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${file}: ${parts.join('; ')}` : undefined;
}

/** The fields of story.json that changed (its chapters, kinds and layers by id). */
export function storyChanges(before: unknown, after: unknown): string[] {
  if (before === undefined) return ['story.json: new'];
  const [a, b] = [isObject(before) ? before : {}, isObject(after) ? after : {}];
  const lines: string[] = [];
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (jsonEqual(a[key], b[key])) continue;
    if (['chapters', 'kinds', 'layers'].includes(key) && (Array.isArray(a[key]) || Array.isArray(b[key]))) {
      const line = formatChanges(
        `story.json ${key}`,
        listChanges((a[key] ?? []) as unknown[], (b[key] ?? []) as unknown[]),
      );
      if (line) lines.push(line);
      else fields.push(key);
    } else fields.push(key);
  }
  return fields.length > 0 ? [`story.json: changed ${fields.join(', ')}`, ...lines] : lines;
}
