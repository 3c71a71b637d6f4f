/**
 * The sheets a story can be written in, and their columns: each column has the name of the model's field it
 * fills (docs/DATA.md), dotted where the field is nested (`place.name`), and an example. The template
 * (`npm run import -- --template`) writes them, docs/AUTHORING.md lists them, and the importer refuses any other
 * column (a column of the editor's own notes starts with "#").
 */

/** The sheets, in the order the template writes them. */
export const SHEET_NAMES = [
  'story',
  'layers',
  'kinds',
  'events',
  'sources',
  'figures',
  'corrections',
  'places',
  'chapters',
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

export interface ColumnSpec {
  /** The model's name of the field. */
  readonly name: string;
  /** Other names the column may have (older sheets). */
  readonly aliases?: readonly string[];
  /** The template's example value ("" for none). */
  readonly example: string;
}

const column = (name: string, example = '', aliases?: readonly string[]): ColumnSpec =>
  aliases ? { name, example, aliases } : { name, example };

/** The example story the template's rows make together: fictional, and valid as it is. */
const EVENT = 'harbour-fire';
const SOURCE = 'port-1';

/** The story sheet's keys (one per row: `key`, `value`), with the template's example values. */
export const STORY_KEYS: readonly ColumnSpec[] = [
  column('title', 'Example: a fire at the harbour (test data)'),
  column('subtitle', 'What was reported, hour by hour, and by whom.'),
  column('credit', 'Reporting: the newsroom (example).'),
  column('time_zone', 'America/Santiago', ['time_zone.id']),
  column('time_zone.label'),
  column('locale', 'en-GB'),
  column('area'),
  column('initial_bounds'),
  column('source_article.file'),
  column('source_article.description'),
  column('modules.distances.from', 'harbour-office'),
  column('modules.distances.name', 'the harbour office'),
  column('modules.distances.edge.place'),
  column('modules.distances.edge.name'),
  column('modules.chart.title', 'Hectares burnt (example)'),
  column('modules.chart.unit', 'hectares'),
  column('modules.chart.series', 'hectares: as the port authority gave them'),
  column('publication.page_title'),
  column('publication.description'),
  column('publication.embed_id'),
  column('publication.footer_note'),
  column('publication.social_image.file'),
  column('publication.social_image.alt'),
  column('publication.social_image.caption'),
  column('publication.social_image.width'),
  column('publication.social_image.height'),
  column('publication.oembed_provider.name'),
  column('publication.oembed_provider.url'),
  column('publication.attribution'),
  column('publication.snapshot_moments'),
];

/** Story keys that may be given on several rows, one item per row. */
export const REPEATED_STORY_KEYS: ReadonlySet<string> = new Set([
  'modules.chart.series',
  'publication.attribution',
  'publication.snapshot_moments',
]);

/** The columns of every sheet but `story`. */
export const SHEET_COLUMNS: Readonly<Record<Exclude<SheetName, 'story'>, readonly ColumnSpec[]>> = {
  layers: [column('id', 'incidents'), column('label', 'Incidents')],
  kinds: [
    column('id', 'fire'),
    column('label', 'Fire'),
    column('layer', 'incidents'),
    column('shape', 'burst'),
    column('color', 'red'),
  ],
  events: [
    column('id', EVENT),
    column('title', 'Example: fire on the harbour road'),
    column('kind', 'fire'),
    column('start', '2024-02-03 14:20'),
    column('end', '2024-02-03 17:30'),
    column('time_precision', 'minute'),
    column('time_uncertainty_min'),
    column('time_note'),
    column('lon', '-71.6262'),
    column('lat', '-33.0352'),
    column('place.name', 'Harbour road', ['place']),
    column('place.id', '', ['place_id']),
    column('place.estimate', 'false', ['estimate']),
    column('place.uncertainty_m', '', ['uncertainty_m']),
    column('place.basis', 'Example: the coordinate the port authority gave', ['basis']),
    column('place.reported_by'),
    column('place_name'),
    column('status', 'reported'),
    column('questions'),
    column('hindsight'),
  ],
  sources: [
    column('event', EVENT),
    column('id', SOURCE),
    column('party', 'Port authority (example)'),
    column('reporting'),
    column('via'),
    column('quote', 'Example quote: the harbour road is on fire.'),
    column('paraphrase'),
    column('language'),
    column('outlet', 'Example Radio'),
    column('copy_of'),
    column('published', '2024-02-03 14:45'),
    column('published_zone'),
    column('published_uncertainty_min'),
    column('published_basis', "Example: the page's timestamp"),
    column('published_day_unknown'),
    column('published_inferred'),
    column('url', 'https://example.org/harbour-fire'),
    column('source_article'),
    column('note'),
    column('answers'),
  ],
  figures: [
    column('event', EVENT),
    column('series', 'hectares'),
    column('label', 'Hectares burnt'),
    column('value', '12'),
    column('qualifier', 'about'),
    column('source', SOURCE),
    column('note'),
    column('basis'),
    column('inference'),
  ],
  corrections: [
    column('event', EVENT),
    column('type', 'update'),
    column('at', '2024-02-03 16:00'),
    column('at_zone'),
    column('at_uncertainty_min'),
    column('at_basis'),
    column('title_after', 'Example: the fire on the harbour road is out'),
    column('summary', 'The port authority said the fire was out.'),
    column('by_event'),
    column('by_source', SOURCE),
    column('retracts_sources'),
    column('status_after', 'confirmed'),
  ],
  places: [
    column('id', 'harbour-office'),
    column('name', 'Harbour office'),
    column('role', 'reference'),
    column('type', 'Harbour office'),
    column('layer'),
    column('lon', '-71.6226'),
    column('lat', '-33.0378'),
    column('geometry'),
    column('estimate'),
    column('uncertainty_m'),
    column('basis', "Example: the port authority's address"),
    column('citations'),
    column('line_style'),
    column('width_m'),
    column('min_zoom'),
    column('note'),
    column('reported_by'),
  ],
  chapters: [
    column('id', 'fire-starts'),
    column('title', 'The fire starts'),
    column('caption', 'Example: the port authority reports a fire on the harbour road.'),
    column('at', '2024-02-03 15:00'),
    column('until'),
    column('view.bounds'),
    column('view.center', '-71.625, -33.035'),
    column('view.zoom', '15'),
    column('highlight', EVENT),
    column('open'),
    column('layers'),
    column('cites', `${EVENT}#${SOURCE}`),
    column('knowledge'),
  ],
};

/**
 * The source columns an events sheet may also have (the one-sheet form of earlier imports: one row per source,
 * the event's fields on the first row of its id), with the older `question` and `answer` pair.
 */
export const COMBINED_SOURCE_COLUMNS: readonly string[] = [
  ...SHEET_COLUMNS.sources.map((spec) => spec.name).filter((name) => name !== 'event' && name !== 'id'),
  'question',
  'answer',
];

/** The header and the example rows of a sheet, as the template writes them. */
export function templateRows(sheet: SheetName): string[][] {
  if (sheet === 'story') return [['key', 'value'], ...STORY_KEYS.map((spec) => [spec.name, spec.example])];
  const columns = SHEET_COLUMNS[sheet];
  return [columns.map((spec) => spec.name), columns.map((spec) => spec.example)];
}
