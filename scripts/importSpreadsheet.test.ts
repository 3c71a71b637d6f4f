import { describe, expect, it } from 'vitest';
import { parsePlaces } from '../src/domain/parsePlaces';
import { formatImportProblem, importPlacesSpreadsheet, importSpreadsheet } from './importSpreadsheet';

const HEADER =
  'id,title,kind,start,end,time_precision,lon,lat,place,uncertainty_m,basis,status,party,quote,paraphrase,outlet,published,url,question,answer';
const options = { title: 'Test data: a port blast', timeZone: 'Asia/Beirut', eventsFile: 'events.csv' };

function run(...rows: string[]) {
  return importSpreadsheet([HEADER, ...rows].join('\n'), options);
}

describe('importSpreadsheet', () => {
  it('makes one event per id, with a source per row, kinds from free text, and times in the story’s zone', () => {
    const result = run(
      'blast,Explosion at the port,Explosion,2020-08-04 18:08,,,35.5186,33.9016,Port of Beirut,,Test coordinate,reported,Civil Defence,"A huge ""blast""",,Test Outlet,2020-08-04,https://example.org/a,Explosions,2',
      'blast,,,,,,,,,,,,Army,,Two blasts in a row,Other Outlet,2020-08-05T10:00:00+03:00,https://example.org/b,Explosions,1',
      'statement,Government statement,Political statement,2020-08-05,,,,,Government palace,,,,Government,We will investigate,,Test Outlet,2020-08-05,https://example.org/c,,',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [blast, statement] = result.story.events.features as {
      id: string;
      geometry: unknown;
      properties: Record<string, unknown>;
    }[];
    expect(blast?.properties.start).toBe('2020-08-04T18:08:00+03:00');
    expect(blast?.properties.time_precision).toBe('minute');
    expect(blast?.properties.kind).toBe('explosion');
    expect(blast?.properties.place).toEqual({ name: 'Port of Beirut', estimate: false, basis: 'Test coordinate' });
    expect(blast?.properties.questions).toEqual([{ key: 'explosions', label: 'Explosions' }]);
    expect(blast?.properties.sources).toEqual([
      {
        party: 'Civil Defence',
        quote: 'A huge "blast"',
        outlet: 'Test Outlet',
        published: '2020-08-04',
        url: 'https://example.org/a',
        answers: { explosions: 2 },
      },
      {
        party: 'Army',
        paraphrase: 'Two blasts in a row',
        outlet: 'Other Outlet',
        published: '2020-08-05T10:00:00+03:00',
        url: 'https://example.org/b',
        answers: { explosions: 1 },
      },
    ]);
    expect(statement?.geometry).toBeNull();
    expect(statement?.properties.place_name).toBe('Government palace');
    expect(statement?.properties.time_precision).toBe('day');
    expect(result.story.story.kinds).toEqual([
      { id: 'explosion', label: 'Explosion' },
      { id: 'political-statement', label: 'Political statement' },
    ]);
    expect(result.story.story.time_zone).toEqual({ id: 'Asia/Beirut' });
  });

  it('marks a place with an uncertainty as an estimate', () => {
    const result = run(
      'e,Smoke seen,Fire,2020-08-04 17:00,,,35.5,33.9,Near the silos,500,Estimated from a photo,,Witness,Smoke,,Outlet,2020-08-04,https://example.org/a,,',
    );
    expect(result.ok && result.story.events.features[0]?.properties).toMatchObject({
      place: { name: 'Near the silos', estimate: true, uncertainty_m: 500, basis: 'Estimated from a photo' },
    });
  });

  it('reports every problem of every row as FILE:LINE: column: what was expected', () => {
    const result = run(
      'Bad Id,Title,Kind,2020-08-04,,,,,,,,,Party,Quote,,Outlet,2020-08-04,https://example.org/a,,',
      'ok,,Kind,31/12/2020,,sometimes,200,33.9,,,,,Party,,,Outlet,2020-08,javascript:alert(1),Q,',
      'ok,Different title,,,,,,,,,,,Party,Words,,Outlet,2020-08-05,https://example.org/b,,',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatImportProblem)).toEqual([
      'events.csv:2: id: expected an id of lowercase letters, digits and hyphens (e.g. "port-blast")',
      'events.csv:3: title: expected the event title',
      'events.csv:3: start: expected a date "YYYY-MM-DD", a local time "YYYY-MM-DD HH:MM" or an ISO time with offset',
      'events.csv:3: time_precision: expected one of minute, hour, day, approximate, scheduled',
      'events.csv:3: lon: expected a longitude in degrees, -180 to 180',
      'events.csv:3: place: expected the name of the place',
      'events.csv:3: basis: expected where the coordinate comes from (basis)',
      'events.csv:3: quote: expected the verbatim quote (or, where no wording is available, a paraphrase)',
      'events.csv:3: published: expected the publication date "YYYY-MM-DD", or a moment "YYYY-MM-DDTHH:MM±HH:MM"',
      'events.csv:3: url: expected the http(s) link of the source',
      'events.csv:3: answer: expected both a question and this source’s answer, or neither',
      'events.csv:4: title: differs from line 3, the first row of "ok": leave it empty or give the same value',
    ]);
  });

  it('reports the line of a quoting error and unknown or missing columns', () => {
    const broken = importSpreadsheet(`${HEADER}\nx,"unclosed,Kind`, options);
    expect(!broken.ok && formatImportProblem(broken.problems[0] as never)).toMatch(
      /^events\.csv:2: not a valid CSV file/,
    );
    const columns = importSpreadsheet('id,title,colour\nx,y,z', options);
    expect(!columns.ok && columns.problems.map(formatImportProblem)).toEqual([
      'events.csv:1: colour: unknown column; expected columns from: id, title, kind, start, end, time_precision, lon, lat, place, uncertainty_m, basis, status, party, quote, paraphrase, outlet, published, url, question, answer',
      'events.csv:1: kind: expected this column in the header',
      'events.csv:1: start: expected this column in the header',
      'events.csv:1: party: expected this column in the header',
      'events.csv:1: published: expected this column in the header',
    ]);
  });
});

describe('importPlacesSpreadsheet', () => {
  const PLACES = 'id,name,role,type,layer,lon,lat,uncertainty_m,basis';

  it('writes one point per row, with its role, type, layer and estimate, as places.geojson accepts', () => {
    const result = importPlacesSpreadsheet(
      `${PLACES}\nport,Test port,reference,Port,places,35.5186,33.9016,,"Test basis, with a comma"\nsquare,Test square,,,,35.5075,33.8959,300,Test estimate`,
      'places.csv',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parsePlaces('places.geojson', result.places, undefined, ['places']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.places.map((place) => [place.id, place.role, place.type, place.layer, place.estimate])).toEqual([
      ['port', 'reference', 'Port', 'places', false],
      ['square', 'point', undefined, undefined, true],
    ]);
    expect(parsed.places[0]?.basis).toBe('Test basis, with a comma');
    expect(parsed.places[1]?.uncertaintyM).toBe(300);
  });

  it('reports every bad row with its line and column', () => {
    const result = importPlacesSpreadsheet(
      `${PLACES}\nPort,,harbour,,,200,33.9,-5,\nport,Test,,,,35.5,33.9,,b\nport,Test,,,,35.5,33.9,,b`,
      'places.csv',
    );
    expect(!result.ok && result.problems.map(formatImportProblem)).toEqual([
      'places.csv:2: id: expected an id of lowercase letters, digits and hyphens (e.g. "harbour-office")',
      'places.csv:2: name: expected the place name',
      'places.csv:2: role: expected one of reference, point, area, label, context',
      'places.csv:2: lon: expected a longitude in degrees, -180 to 180',
      'places.csv:2: uncertainty_m: expected the uncertainty in metres, above 0 (it marks the place as an estimate)',
      'places.csv:2: basis: expected the basis of the coordinate (where it comes from)',
      'places.csv:4: id: expected a unique id, got "port" again',
    ]);
  });
});
