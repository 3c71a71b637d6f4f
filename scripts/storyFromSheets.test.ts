import { describe, expect, it } from 'vitest';
import { readCsvSheet, type Sheet } from './readSheets';
import { formatSheetProblem, kindKey, parseSheetMoment, storyFromSheets } from './storyFromSheets';

// Test data throughout: fictional events in a real city (so that coordinates mean something), example.org links.
const encoder = new TextEncoder();

function csv(name: string, lines: readonly string[], file = `${name}.csv`): Sheet {
  const read = readCsvSheet(name, file, encoder.encode(`${lines.join('\n')}\n`));
  if (!read.ok) throw new Error(read.problem.message);
  return read.sheet;
}

const STORY = csv('story', ['key,value', 'title,Test data: a harbour fire', 'time_zone,America/Santiago']);
const EVENTS_HEADER = 'id,title,kind,start,lon,lat,place.name,place.basis';
const SOURCES_HEADER = 'event,id,party,quote,outlet,published,url';
const source = (event: string, id = 'a') =>
  `${event},${id},Test party,Test quote,Test Outlet,2024-02-03,https://example.org/${event}`;

function problems(sheets: readonly Sheet[]): string[] {
  return storyFromSheets(sheets).problems.map(formatSheetProblem);
}

type Feature = { id: string; geometry: unknown; properties: Record<string, unknown> };
const features = (sheets: readonly Sheet[]) => storyFromSheets(sheets).events.features as unknown as Feature[];

describe('storyFromSheets: the model in sheets', () => {
  it('reads the story sheet: keys by the model’s dotted names, repeated keys as lists', () => {
    const story = storyFromSheets([
      csv('story', [
        'key,value',
        'title,Test data: a harbour fire',
        'subtitle,Test subtitle',
        'credit,Test credit',
        'time_zone,America/Santiago',
        'time_zone.label,Santiago',
        'locale,es-CL',
        '"area","-72.2, -33.4, -71.2, -32.7"',
        'initial_bounds,"-71.67, -33.06, -71.56, -33.0"',
        'modules.distances.from,harbour-office',
        'modules.distances.name,the harbour office',
        'modules.chart.title,Test chart',
        'modules.chart.series,hectares: hectares burnt',
        'modules.chart.series,boats: boats damaged',
        'publication.embed_id,test-fire',
        'publication.attribution,Test basemap | https://example.org/basemap | public domain',
        'publication.snapshot_moments,2024-02-03 15:00 | fire-starts | the fire starts',
      ]),
      csv('events', [EVENTS_HEADER, 'e,Test event,Fire,2024-02-03 14:20,-71.6262,-33.0352,Test road,Test basis']),
      csv('sources', [SOURCES_HEADER, source('e')]),
    ]).story;
    expect(story).toMatchObject({
      title: 'Test data: a harbour fire',
      subtitle: 'Test subtitle',
      credit: 'Test credit',
      time_zone: { id: 'America/Santiago', label: 'Santiago' },
      locale: 'es-CL',
      area: [-72.2, -33.4, -71.2, -32.7],
      initial_bounds: [-71.67, -33.06, -71.56, -33.0],
      modules: {
        distances: { from: 'harbour-office', name: 'the harbour office' },
        chart: {
          title: 'Test chart',
          series: [
            { id: 'hectares', label: 'hectares burnt' },
            { id: 'boats', label: 'boats damaged' },
          ],
        },
      },
      publication: {
        embed_id: 'test-fire',
        attribution: [{ text: 'Test basemap', url: 'https://example.org/basemap', licence: 'public domain' }],
        snapshot_moments: [{ at: '2024-02-03T15:00:00-03:00', name: 'fire-starts', label: 'the fire starts' }],
      },
    });
  });

  it('reads layers and kinds sheets; an event may name its kind by id or label', () => {
    const result = storyFromSheets([
      STORY,
      csv('layers', ['id,label', 'incidents,Incidents']),
      csv('kinds', ['id,label,layer,shape,color', 'fire,Fire,incidents,burst,red']),
      csv('events', [
        EVENTS_HEADER,
        'a,Test event,fire,2024-02-03,-71.6262,-33.0352,Test road,Test basis',
        'b,Test event,Fire,2024-02-03,-71.6262,-33.0352,Test road,Test basis',
      ]),
      csv('sources', [SOURCES_HEADER, source('a'), source('b')]),
    ]);
    expect(result.story.layers).toEqual([{ id: 'incidents', label: 'Incidents' }]);
    expect(result.story.kinds).toEqual([
      { id: 'fire', label: 'Fire', layer: 'incidents', shape: 'burst', color: 'red' },
    ]);
    expect((result.events.features as unknown as Feature[]).map((feature) => feature.properties.kind)).toEqual([
      'fire',
      'fire',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads events with their sources, figures and corrections, sources named by their sheet id', () => {
    const [event] = features([
      STORY,
      csv('events', [
        'id,title,kind,start,end,time_precision,time_uncertainty_min,time_note,lon,lat,place.name,place.estimate,place.uncertainty_m,place.basis,status,questions,hindsight',
        'fire,Test fire,Fire,2024-02-03 14:20,2024-02-03 18:00,approximate,10,Test note,-71.6262,-33.0352,Test road,true,300,Test basis,disputed,boats: Boats burnt,Test hindsight',
      ]),
      csv('sources', [
        'event,id,party,reporting,via,quote,paraphrase,language,outlet,copy_of,published,published_zone,published_day_unknown,published_inferred,url,source_article,note,answers',
        'fire,port,Test port,,,"Test ""quote""",,,Test Outlet,,2024-02-03 14:45,,,,https://example.org/a,,,Boats burnt: 2',
        'fire,radio,Test radio,Test officials,Test wire,,Test paraphrase,es,Test Radio,Test Agency,2024-02-04,America/New_York,,yes,https://example.org/b,,Test note,boats: three',
      ]),
      csv('figures', [
        'event,series,label,value,qualifier,source,note,basis,inference',
        'fire,hectares,Hectares burnt,12.5,about,port,,Test basis,',
        'fire,hectares,,40,at least,1,,,',
      ]),
      csv('corrections', [
        'event,type,at,at_zone,title_after,summary,by_event,by_source,retracts_sources,status_after',
        'fire,correction,2024-02-04 12:00,America/New_York,Test title after,Test summary,,radio,port,confirmed',
      ]),
    ]);
    expect(event?.properties).toEqual({
      title: 'Test fire',
      kind: 'fire',
      start: '2024-02-03T14:20:00-03:00',
      end: '2024-02-03T18:00:00-03:00',
      time_precision: 'approximate',
      time_uncertainty_min: 10,
      time_note: 'Test note',
      place: { name: 'Test road', estimate: true, uncertainty_m: 300, basis: 'Test basis' },
      status: 'disputed',
      sources: [
        {
          party: 'Test port',
          quote: 'Test "quote"',
          outlet: 'Test Outlet',
          published: '2024-02-03T14:45:00-03:00',
          url: 'https://example.org/a',
          answers: { boats: 2 },
        },
        {
          party: 'Test radio',
          reporting: 'Test officials',
          via: 'Test wire',
          paraphrase: 'Test paraphrase',
          language: 'es',
          outlet: 'Test Radio',
          copy_of: 'Test Agency',
          published: '2024-02-04',
          published_zone: 'America/New_York',
          published_inferred: true,
          url: 'https://example.org/b',
          note: 'Test note',
          answers: { boats: 'three' },
        },
      ],
      questions: [{ key: 'boats', label: 'Boats burnt' }],
      corrections: [
        {
          type: 'correction',
          at: '2024-02-04T12:00:00-05:00',
          at_zone: 'America/New_York',
          title_after: 'Test title after',
          summary: 'Test summary',
          by_source: 1,
          retracts_sources: [0],
          status_after: 'confirmed',
        },
      ],
      figures: [
        {
          series: 'hectares',
          label: 'Hectares burnt',
          value: 12.5,
          qualifier: 'about',
          source: 0,
          basis: 'Test basis',
        },
        { series: 'hectares', label: 'Hectares burnt', value: 40, qualifier: 'at least', source: 1 },
      ],
      hindsight: 'Test hindsight',
    });
  });

  it('reads the publication windows’ fields: uncertainty and basis, a correction dated by its source, who reports a place, a chapter told with hindsight', () => {
    const result = storyFromSheets([
      STORY,
      csv('places', ['id,name,lon,lat,basis,reported_by', 'office,Test office,-71.6226,-33.0378,Test basis,e#radio']),
      csv('events', [
        'id,title,kind,start,lon,lat,place.name,place.basis,place.reported_by',
        'e,Test event,Fire,2024-02-03 14:20,-71.6262,-33.0352,Test road,Test basis,radio; 0',
      ]),
      csv('sources', [
        'event,id,party,quote,outlet,published,published_uncertainty_min,published_basis,url',
        "e,port,Test party,Test quote,Test Outlet,2024-02-03 15:00,30,Test basis: the page's timestamp,https://example.org/a",
        'e,radio,Test party,Test quote,Test Outlet,2024-02-04,,,https://example.org/b',
      ]),
      csv('corrections', [
        'event,summary,by_source,at_uncertainty_min,at_basis',
        'e,Test summary,radio,,Test basis: dated by its source',
      ]),
      csv('chapters', [
        'id,title,caption,at,view.center,view.zoom,cites,knowledge',
        'c,Test,Test caption,2024-02-03 14:30,"-71.625, -33.035",15,e#radio,now',
      ]),
    ]);
    expect(result.problems).toEqual([]);
    const properties = (result.events.features[0] as unknown as Feature).properties;
    expect((properties.place as { reported_by: number[] }).reported_by).toEqual([1, 0]);
    expect((properties.sources as Record<string, unknown>[])[0]).toMatchObject({
      published: '2024-02-03T15:00:00-03:00',
      published_uncertainty_min: 30,
      published_basis: "Test basis: the page's timestamp",
    });
    expect(properties.corrections).toEqual([
      { summary: 'Test summary', by_source: 1, at_basis: 'Test basis: dated by its source' },
    ]);
    expect((result.places?.features[0]?.properties as { reported_by?: unknown } | undefined)?.reported_by).toEqual([
      { event: 'e', source: 1 },
    ]);
    expect((result.story.chapters as { knowledge: string }[])[0]?.knowledge).toBe('now');
  });

  it('reads places: points, and lines and polygons as WKT or GeoJSON text; an event may take a place’s point', () => {
    const result = storyFromSheets([
      STORY,
      csv('places', [
        'id,name,role,type,layer,lon,lat,geometry,estimate,uncertainty_m,basis,citations,line_style,width_m,min_zoom,note',
        'office,Test office,reference,Office,,-71.6226,-33.0378,,,,Test basis,Test Outlet | https://example.org/o,,,,',
        'road,Test road,,,,,,"LINESTRING (-71.63 -33.04, -71.62 -33.03)",,,Test basis,,strip,12,,',
        'zone,Test zone,,,,,,"{""type"":""Polygon"",""coordinates"":[[[-71.63,-33.04],[-71.62,-33.04],[-71.62,-33.03],[-71.63,-33.04]]]}",true,200,Test basis,,,,14,Test note',
      ]),
      csv('events', ['id,title,kind,start,place.id', 'e,Test event,Fire,2024-02-03 14:20,office']),
      csv('sources', [SOURCES_HEADER, source('e')]),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.places?.features).toEqual([
      {
        type: 'Feature',
        id: 'office',
        geometry: { type: 'Point', coordinates: [-71.6226, -33.0378] },
        properties: {
          name: 'Test office',
          role: 'reference',
          type: 'Office',
          basis: 'Test basis',
          citations: [{ outlet: 'Test Outlet', url: 'https://example.org/o' }],
        },
      },
      {
        type: 'Feature',
        id: 'road',
        geometry: {
          type: 'LineString',
          coordinates: [
            [-71.63, -33.04],
            [-71.62, -33.03],
          ],
        },
        properties: { name: 'Test road', role: 'line', basis: 'Test basis', line_style: 'strip', width_m: 12 },
      },
      {
        type: 'Feature',
        id: 'zone',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-71.63, -33.04],
              [-71.62, -33.04],
              [-71.62, -33.03],
              [-71.63, -33.04],
            ],
          ],
        },
        properties: {
          name: 'Test zone',
          role: 'area',
          estimate: true,
          uncertainty_m: 200,
          basis: 'Test basis',
          min_zoom: 14,
          note: 'Test note',
        },
      },
    ]);
    const [event] = result.events.features as unknown as Feature[];
    expect(event?.geometry).toEqual({ type: 'Point', coordinates: [-71.6226, -33.0378] });
    expect(event?.properties.place).toEqual({
      name: 'Test office',
      id: 'office',
      estimate: false,
      basis: 'Test basis',
    });
  });

  it('reads chapters: a view by centre and zoom or by bounds, highlights, and cited sources by id', () => {
    const { story, problems: found } = storyFromSheets([
      STORY,
      csv('events', [EVENTS_HEADER, 'e,Test event,Fire,2024-02-03 14:20,-71.6262,-33.0352,Test road,Test basis']),
      csv('sources', [SOURCES_HEADER, source('e', 'port'), source('e', 'radio')]),
      csv('chapters', [
        'id,title,caption,at,until,view.bounds,view.center,view.zoom,highlight,open,layers,cites',
        'one,Test one,Test caption,2024-02-03 15:00,2024-02-03 16:00,,"-71.625, -33.035",15,e,e,incidents,e#radio; e#0',
        'two,Test two,Test caption,2024-02-03 16:00,,"-71.67, -33.06, -71.56, -33.0",,,,,,',
      ]),
    ]);
    expect(found).toEqual([]);
    expect(story.chapters).toEqual([
      {
        id: 'one',
        title: 'Test one',
        caption: 'Test caption',
        at: '2024-02-03T15:00:00-03:00',
        until: '2024-02-03T16:00:00-03:00',
        view: { center: [-71.625, -33.035], zoom: 15 },
        highlight: ['e'],
        open: 'e',
        layers: ['incidents'],
        cites: [
          { event: 'e', source: 1 },
          { event: 'e', source: 0 },
        ],
      },
      {
        id: 'two',
        title: 'Test two',
        caption: 'Test caption',
        at: '2024-02-03T16:00:00-03:00',
        view: { bounds: [-71.67, -33.06, -71.56, -33.0] },
      },
    ]);
  });

  it('reads the one-sheet form of earlier imports: a row per source, the event on its id’s first row', () => {
    const [event] = features([
      STORY,
      csv('events', [
        'id,title,kind,start,lon,lat,place,basis,party,quote,paraphrase,outlet,published,url,question,answer',
        'e,Test event,Fire,2024-02-03 14:20,-71.6262,-33.0352,Test road,Test basis,Test A,Test quote,,Test Outlet,2024-02-03,https://example.org/a,Boats,2',
        'e,,,,,,,,Test B,,Test paraphrase,Test Outlet,2024-02-04,https://example.org/b,Boats,1',
      ]),
    ]);
    expect(event?.properties.sources).toEqual([
      {
        party: 'Test A',
        quote: 'Test quote',
        outlet: 'Test Outlet',
        published: '2024-02-03',
        url: 'https://example.org/a',
        answers: { boats: 2 },
      },
      {
        party: 'Test B',
        paraphrase: 'Test paraphrase',
        outlet: 'Test Outlet',
        published: '2024-02-04',
        url: 'https://example.org/b',
        answers: { boats: 1 },
      },
    ]);
    expect(event?.properties.place).toEqual({ name: 'Test road', estimate: false, basis: 'Test basis' });
  });

  it('refuses unknown columns and keys, naming the header’s cell, and ignores the editor’s own "#" columns', () => {
    expect(
      problems([
        csv('story', ['key,value', 'title,Test', 'time_zone,America/Santiago', 'colour,red']),
        csv('events', ['id,title,kind,start,colour,# my notes', 'e,Test,Fire,2024-02-03,red,anything']),
      ]),
    ).toEqual([
      'story.csv:4: key: unknown key "colour"; expected one of title, subtitle, credit, time_zone, time_zone.label, locale, area, initial_bounds, source_article.file, source_article.description, modules.distances.from, modules.distances.name, modules.distances.edge.place, modules.distances.edge.name, modules.chart.title, modules.chart.unit, modules.chart.series, publication.page_title, publication.description, publication.embed_id, publication.footer_note, publication.social_image.file, publication.social_image.alt, publication.social_image.caption, publication.social_image.width, publication.social_image.height, publication.oembed_provider.name, publication.oembed_provider.url, publication.attribution, publication.snapshot_moments',
      expect.stringMatching(
        /^events\.csv:1: colour: unknown column; expected columns from: id, title, kind, start, end, .* \(a column of your own notes: start its name with "#"\)$/,
      ),
      'story.csv:1: area: expected the story\'s area (the key "area": west, south, east, north): no event or place has coordinates to derive it from',
    ]);
  });
});

describe('storyFromSheets: usual spreadsheet mistakes get answers', () => {
  it('reports a point whose lon and lat look swapped, naming its line, and keeps it out of the area', () => {
    const result = storyFromSheets([
      csv('story', ['key,value', 'title,Test', 'time_zone,America/New_York']),
      csv('events', [
        EVENTS_HEADER,
        'a,Test A,Blast,2013-04-15 14:49,-71.0775,42.3499,Test street,Test basis',
        'b,Test B,Blast,2013-04-15 14:50,-71.0790,42.3496,Test street,Test basis',
        'c,Test C,Blast,2013-04-15 14:51,42.3601,-71.0589,Test street,Test basis',
      ]),
      csv('sources', [SOURCES_HEADER, source('a'), source('b'), source('c')]),
    ]);
    expect(result.problems.map(formatSheetProblem)).toEqual([
      "events.csv:4: lon: [42.3601, -71.0589] lies far from the story's other places, and looks swapped: as lon -71.0589, lat 42.3601 it is among them; put the longitude in lon and the latitude in lat",
    ]);
    expect(result.story.area).toEqual([-71.279, 42.1496, -70.8775, 42.5499]);
  });

  it('derives the story area from the coordinates with a margin, never the whole globe', () => {
    const { story } = storyFromSheets([
      STORY,
      csv('events', [
        EVENTS_HEADER,
        'a,Test A,Fire,2024-02-03,-71.6262,-33.0352,Test road,Test basis',
        'b,Test B,Fire,2024-02-03,-71.5,-33.0,Test road,Test basis',
      ]),
      csv('sources', [SOURCES_HEADER, source('a'), source('b')]),
    ]);
    expect(story.area).toEqual([-71.8262, -33.2352, -71.3, -32.8]);
    expect(story.initial_bounds).toEqual([-71.6388, -33.0452, -71.4874, -32.99]);
  });

  it('infers time_precision from how each start is written when the column is missing', () => {
    const precisions = features([
      STORY,
      csv('events', [
        'id,title,kind,start,time_uncertainty_min',
        'a,Test A,Fire,2024-02-03,',
        'b,Test B,Fire,2024-02-03 14:20,',
        'c,Test C,Fire,2024-02-03 14:20,15',
        'd,Test D,Fire,2024-02-03T14:20:00-03:00,',
      ]),
    ]).map((feature) => [feature.properties.start, feature.properties.time_precision]);
    expect(precisions).toEqual([
      ['2024-02-03T00:00:00-03:00', 'day'],
      ['2024-02-03T14:20:00-03:00', 'minute'],
      ['2024-02-03T14:20:00-03:00', 'approximate'],
      ['2024-02-03T14:20:00-03:00', 'minute'],
    ]);
  });

  it('accepts local times wherever times are, in the story’s zone (or the row’s own zone)', () => {
    const result = storyFromSheets([
      csv('story', [
        'key,value',
        'title,Test',
        'time_zone,America/New_York',
        'publication.snapshot_moments,2013-04-15 15:00',
      ]),
      csv('events', [EVENTS_HEADER, 'a,Test A,Blast,2013-04-15 14:49,-71.0775,42.3499,Test street,Test basis']),
      csv('sources', [
        'event,party,quote,outlet,published,published_zone,url',
        'a,Test party,Test quote,Test Outlet,2013-04-15 15:10,,https://example.org/a',
        'a,Test party,Test quote,Test Outlet,2013-04-15 20:10,Europe/London,https://example.org/b',
      ]),
      csv('corrections', ['event,at,summary,by_source', 'a,2013-04-16 09:00,Test summary,0']),
      csv('chapters', [
        'id,title,caption,at,view.center,view.zoom',
        'c,Test,Test caption,2013-04-15 15:00,"-71.0775, 42.3499",15',
      ]),
    ]);
    expect(result.problems).toEqual([]);
    const properties = (result.events.features[0] as unknown as Feature).properties;
    expect(properties.start).toBe('2013-04-15T14:49:00-04:00');
    expect((properties.sources as { published: string }[]).map((each) => each.published)).toEqual([
      '2013-04-15T15:10:00-04:00',
      '2013-04-15T20:10:00+01:00',
    ]);
    expect((properties.corrections as { at: string }[])[0]?.at).toBe('2013-04-16T09:00:00-04:00');
    expect((result.story.chapters as { at: string }[])[0]?.at).toBe('2013-04-15T15:00:00-04:00');
    expect(result.story.publication).toEqual({ snapshot_moments: [{ at: '2013-04-15T15:00:00-04:00' }] });
  });

  it('refuses a local time that does not exist in the zone, and a date it cannot read, saying what it expects', () => {
    expect(parseSheetMoment('2024-03-10 02:30', 'America/New_York')).toEqual({
      ok: false,
      message: '2024-03-10 02:30 does not exist in America/New_York: the clocks moved forward at that time',
    });
    expect(parseSheetMoment('31/12/2020', 'America/New_York')).toEqual({
      ok: false,
      message:
        'expected a date "YYYY-MM-DD", a local time "YYYY-MM-DD HH:MM" (in America/New_York) or a time with its offset "YYYY-MM-DDTHH:MM+HH:MM", got "31/12/2020"',
    });
  });

  it('warns of a kind that differs from another only by case, plural or spacing, naming both', () => {
    const result = storyFromSheets([
      STORY,
      csv('events', [
        'id,title,kind,start',
        'a,Test A,Explosion,2024-02-03',
        'b,Test B,Explosions,2024-02-03',
        'c,Test C,Air strike,2024-02-03',
        'd,Test D,Airstrikes,2024-02-03',
        'e,Test E,explosion,2024-02-03',
      ]),
    ]);
    expect(result.warnings.map(formatSheetProblem)).toEqual([
      'events.csv:3: kind: "Explosions" differs from "Explosion" (events.csv:2) only by case, plural or spacing: write the same kind the same way',
      'events.csv:5: kind: "Airstrikes" differs from "Air strike" (events.csv:4) only by case, plural or spacing: write the same kind the same way',
      'events.csv:6: kind: "explosion" differs from "Explosion" (events.csv:2) only by case, plural or spacing: write the same kind the same way',
    ]);
    expect(kindKey('Air strikes')).toBe(kindKey('airstrike'));
  });

  it('reads numbers with a decimal comma only where cells are not separated by commas', () => {
    const semicolons = readCsvSheet(
      'events',
      'events.csv',
      encoder.encode(
        'id;title;kind;start;lon;lat;place.name;place.basis\na;Test;Fire;2024-02-03;-71,6262;-33,0352;Test road;Test basis\n',
      ),
    );
    if (!semicolons.ok) throw new Error(semicolons.problem.message);
    expect(features([STORY, semicolons.sheet])[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [-71.6262, -33.0352],
    });
    expect(
      problems([
        STORY,
        csv('events', [EVENTS_HEADER, 'a,Test,Fire,2024-02-03,"-71,6262",-33.0352,Test road,Test basis']),
      ]),
    ).toContain(
      'events.csv:2: lon: expected a longitude in degrees with a decimal point, got "-71,6262" (a decimal comma only in a file separated by ";")',
    );
  });

  it('names the source a figure, correction or chapter refers to when there is no such source', () => {
    expect(
      problems([
        STORY,
        csv('events', [EVENTS_HEADER, 'e,Test,Fire,2024-02-03,-71.6262,-33.0352,Test road,Test basis']),
        csv('sources', [SOURCES_HEADER, source('e', 'port')]),
        csv('figures', ['event,series,label,value,qualifier,source', 'e,h,Test,1,about,radio', 'x,h,Test,1,about,0']),
      ]),
    ).toEqual([
      'figures.csv:2: source: expected one of the event\'s sources: its id in the sources sheet (port) or its number from 0, got "radio"',
      'figures.csv:3: event: expected the id of an event of the events sheet, got "x"',
    ]);
  });
});
