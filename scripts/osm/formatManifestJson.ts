/** The line width of the project's formatter (biome.json), which the written manifest must already satisfy. */
const LINE_WIDTH = 120;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function format(value: unknown, indent: number, prefix: string, suffix: string, open = false): string {
  const pad = ' '.repeat(indent);
  const flat = inline(value);
  const container = value !== null && typeof value === 'object';
  const fits = indent + prefix.length + flat.length + suffix.length <= LINE_WIDTH;
  if (!container || (fits && !open)) return `${pad}${prefix}${flat}${suffix}`;
  if (Array.isArray(value)) {
    const items = value.map((item, i) => format(item, indent + 2, '', i < value.length - 1 ? ',' : ''));
    return `${pad}${prefix}[\n${items.join('\n')}\n${pad}]${suffix}`;
  }
  const entries = Object.entries(value as object);
  const lines = entries.map(([key, item], i) =>
    format(item, indent + 2, `${JSON.stringify(key)}: `, i < entries.length - 1 ? ',' : ''),
  );
  return `${pad}${prefix}{\n${lines.join('\n')}\n${pad}}${suffix}`;
}

/**
 * A basemap manifest as JSON laid out the way the project's formatter (Biome) lays it out: the top object open,
 * each value on one line where it fits in 120 columns, opened otherwise. A manifest the command writes into a
 * folder that `npm run lint` checks is then already formatted.
 */
export function formatManifestJson(manifest: unknown): string {
  return `${format(manifest, 0, '', '', true)}\n`;
}
