import { formatNumber } from './storyLocale';

/** A count inside these English sentences, written as English writes it. */
const n = (value: number) => formatNumber(value, 'en');

/**
 * Every word the interface shows a reader, in one place: button labels, headings, legend entries, notices,
 * aria-labels and the live announcer's messages, grouped by the part of the page they belong to. Words that
 * come from the story (titles, quotes, kind and layer labels, place names) are the story's data, not here.
 *
 * **This is the place to translate the interface.** Copy `englishText` into an object of the same type
 * (`InterfaceText`: TypeScript then lists any entry you missed), translate its strings and the small functions
 * that build sentences around values, and export it as `interfaceText`. The functions receive counts and write
 * them as the interface's language does (`n`); the story's dates, figures and distances follow story.json's
 * `locale`, which travels with the display zone (see src/text/storyLocale.ts and src/time/calendarNames.ts).
 */
const englishText = {
  /** The language of these words (the `lang` of the popups), BCP 47. */
  lang: 'en',
  page: {
    loadingStory: 'Loading the story…',
    loadingMap: 'Loading the map…',
    loadFailed: 'The story could not be loaded',
    moreProblems: (count: number) => `${n(count)} more problem${count === 1 ? '' : 's'}`,
    menu: 'Share and view',
    copyLink: 'Copy link',
    storyDetails: 'Story details',
    layersAndLegend: 'Layers and legend',
    knownNowBanner: 'What we know now: popups show the whole record, including what was published later.',
    timesShownIn: (zone: string) => `Times are shown in ${zone}.`,
    opensInNewTab: ' (opens in a new tab)',
    openFullMap: 'Open the full map',
    dataNotice: (problems: number, items: number) =>
      `Some data could not be shown: ${n(problems)} problem${problems === 1 ? '' : 's'} in ${n(items)} ${items === 1 ? 'item' : 'items'}. Everything else is on the map.`,
  },
  time: {
    controls: 'Time controls',
    slider: 'Time',
    timesIn: 'Times in',
    storyZone: (label: string) => `${label} time`,
    yourTime: (zone: string) => `Your time (${zone})`,
    yourTimeSuffix: 'your time',
    utc: 'UTC',
    /** The length a scale break skips: "+16 days", "+5 months". */
    gapDays: (days: number) => `+${n(days)} days`,
    gapMonths: (months: number) => `+${n(months)} months`,
    around: 'around',
    scheduledFor: 'scheduled for',
    plusMinusHours: (hours: number) => `± ${n(hours)} h`,
    plusMinusMinutes: (minutes: number) => `± ${n(minutes)} min`,
    timeInferred: '(time inferred)',
    dateInferred: '(date inferred)',
    /** After a date the slider stands inside: the item may or may not have been published yet at this moment. */
    timeOfDayUnknown: ', time of day not known',
  },
  playback: {
    previousEvent: 'Previous event',
    nextEvent: 'Next event',
    play: 'Play',
    pause: 'Pause',
    speed: 'Playback speed',
    loop: 'Loop',
    speeds: { paced: 'Story pace', '1h': '1 hour/s', '6h': '6 hours/s', '1d': '1 day/s' },
  },
  knowledge: {
    legend: 'What the map shows',
    asKnownThen: 'As known then',
    knownNow: 'What we know now',
  },
  theme: {
    label: 'Theme',
    choices: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  },
  events: {
    heading: 'Events',
    phases: { past: 'Past', current: 'Now', upcoming: 'Upcoming' },
    retracted: 'retracted',
    /** A row whose report is dated by day, and the slider inside that day. */
    pending: 'time of report not known',
    notOnMap: 'not on the map',
    tickTitle: (kind: string) => `${kind}: jump to it`,
    details: 'Event details',
    closeDetails: 'Close event details',
    /** The live announcer: "New event: 30 Aug 06:40, Rocket attack." */
    announce: (count: number, titles: readonly string[], earlier: number) =>
      `${count === 1 ? 'New event' : `${n(count)} new events`}: ${titles.join('; ')}${earlier > 0 ? `; and ${n(earlier)} earlier` : ''}.`,
  },
  /** What became known while the reader played or scrubbed (the live region, the playback caption). */
  news: {
    firstReport: (title: string, by: string) => `First report: ${title}${by}`,
    figure: (title: string, label: string, value: string, by: string) => `${title}: ${label}, ${value}${by}`,
    correction: (kind: string, title: string, by: string) => `${kind}: ${title}${by}`,
    /** The live region: what appeared and what became known, in one message. */
    known: (lines: readonly string[], more: number) =>
      `Now known: ${lines.join('; ')}${more > 0 ? `; and ${n(more)} more` : ''}.`,
  },
  legend: {
    /** An event before its first report, named by its kind: "Attack, not yet reported". */
    notYetReported: (kind: string) => `${kind}, not yet reported`,
    /** The layer of kinds that name none. */
    defaultLayer: 'Events',
    storyLayers: 'Story layers',
    stripWidth: (metres: number) => ` (${n(metres)} m wide)`,
    /** The kinds of marked place: "Harbour office, pier or warehouse". */
    placeTypes: (types: readonly string[]) =>
      types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)}` : (types[0] ?? ''),
    place: 'place',
    notYetNamed: 'Place not yet named in the reports published by this moment',
    estimatedPosition: 'Estimated position',
    uncertainty: 'Estimated location: the circle is its uncertainty',
    past: 'Faded: earlier events',
    retracted: 'Crossed out: retracted report',
    showPast: 'Show past events',
    basemap: 'Basemap',
    basemaps: {
      embedded: 'Embedded map (offline)',
      osm: 'OpenStreetMap (online)',
      satellite: 'Satellite, Esri World Imagery (online)',
    },
    onlineTiles: 'Online tiles are loaded from a third-party server.',
  },
  chapters: {
    guidedStory: 'Guided story',
    start: 'Start the story',
    count: (count: number) => ` ${n(count)} ${count === 1 ? 'chapter' : 'chapters'}`,
    position: (index: number, count: number) => `Chapter ${n(index)} of ${n(count)}`,
    paused: ' · paused',
    mark: (index: number, title: string) => `Chapter ${n(index)}: ${title}`,
    previousLabel: 'Previous chapter',
    previous: '‹ Previous',
    nextLabel: 'Next chapter',
    next: 'Next ›',
    resume: 'Resume story',
    /** A chapter whose data says it is told with hindsight (`knowledge: "now"`). */
    toldWithHindsight:
      'Told with what we know now: this chapter shows the whole record, including what was published after its moment.',
    exit: 'Exit story',
    link: 'link',
  },
  share: {
    open: 'Share / Embed',
    close: 'Close',
    heading: 'Share this moment',
    link: 'Link',
    linkLabel: 'Link to this moment',
    copyLink: 'Copy link',
    embed: 'Embed in an article',
    controls: 'Controls',
    controlsMinimal: 'Minimal: slider and Play',
    controlsFull: 'Full: with layers and the event list',
    theme: 'Theme',
    themeAuto: 'Follow the reader (light or dark)',
    themeLight: 'Light',
    themeDark: 'Dark',
    height: 'Initial height (px)',
    frameId: 'Frame id (unique on the page)',
    frameIdHelp: 'Each embed on a page needs its own id.',
    frameIdInvalid: 'Start with a letter; then letters, digits, - or _ (64 at most).',
    autoplay: 'Play on load (never for readers who prefer reduced motion)',
    autoHeight: 'Add the auto-height script (the embed sets its own height)',
    code: 'Embed code',
    copyCode: 'Copy embed code',
    privacy: 'The embed loads nothing from third parties, sets no cookies and reports only its height to your page.',
    /** The iframe's title. */
    frameTitle: (title: string) => `Interactive map: ${title}`,
    copied: 'Copied',
    copyFailed: 'Copy failed: select the text and copy it',
  },
  popup: {
    statuses: { reported: 'Reported', confirmed: 'Confirmed', disputed: 'Disputed', retracted: 'Retracted' },
    notYetReported: 'Not yet reported',
    knownNow: 'What we know now:',
    knownNowDetail: ' the whole record, including what was published after this moment.',
    nothingPublished: 'Nothing about this had been published yet at this moment.',
    goToFirstReport: (when: string) => `Go to the first report (${when})`,
    /** The first report's window is open at this moment: it may or may not be out yet. */
    firstReportedPending: (date: string) =>
      `First reported ${date}, time of day not known: at this moment it may not have been published yet.`,
    /** A correction that gave the title or status may or may not be public yet at this moment. */
    correctionPending: (kind: string, date: string) =>
      `${kind} dated ${date}, time of day not known: the title and status above may not have been public yet at this moment.`,
    /** Several figures of one series whose order cannot be told. */
    figuresOverlap: 'Given around the same time; which came last is not known:',
    figureBasis: 'Basis: ',
    sources: (count: number, then: boolean) => `Sources${then ? ' published by then' : ''} (${n(count)})`,
    showAllSources: (count: number) => `Show all ${n(count)} sources`,
    showFewerSources: 'Show fewer sources',
    moreSources: (count: number) => ` (${n(count)} more)`,
    hindsight: 'Written later, with hindsight',
    onTheTime: 'On the time: ',
    accountsDiffer: 'Accounts differ',
    reporting: (whom: string) => `, reporting ${whom}`,
    latestFigures: 'Latest figures',
    earlierFigures: (count: number) => `Earlier figures (${n(count)})`,
    /** A figure's qualifier as the data gives it ("about", "more than", "at least"…), before the number. */
    qualified: (qualifier: string, value: string) => `${qualifier} ${value}`,
    firstPublishedReport: 'First published report',
    historySteps: (count: number) => `How the account changed (${n(count)} steps)`,
    historyKinds: {
      'first-report': 'First report',
      figure: 'Figure',
      correction: 'Correction',
      denial: 'Denial',
      confirmation: 'Confirmation',
      update: 'Update',
    },
    corrections: 'Corrections and later statements',
    correctionSource: 'Source: ',
    below: ', below.',
    see: 'See:',
    retractedClaim: 'Retracted claim',
    paraphrase: 'Paraphrase, not a quote: ',
    via: (whom: string) => `, via ${whom}`,
    dayUnknown: (note: string) => ` Day of publication unknown: ${note}`,
    sourceArticle: 'the source article (outlet not identified)',
    viaCopy: (outlet: string, host: string) => `${outlet}, via a copy on ${host}`,
  },
  place: {
    noPlace: 'No place on this map',
    notOnMap: '(not on the map)',
    approximate: 'approximate',
    approximateLocation: (radius: string) => `Approximate location, within ${radius} (the dashed circle). Basis: `,
    measuredFromEstimate: ' (measured from the estimated point)',
    notYetNamed: 'Place not yet named in the reports published by this moment',
    estimatedPosition: (within: string | undefined) =>
      `Estimated position${within === undefined ? '' : `, within ${within} (the dashed circle)`}. `,
    positionKnownTo: (radius: string) => `Position known to ± ${radius}. `,
    basis: 'Basis: ',
    width: (metres: number) => `Width ${n(metres)} m (published).`,
    sources: 'Sources: ',
    /** What a place is when the data does not say, by its role. */
    roles: {
      reference: 'Reference place',
      point: 'Place',
      line: 'Line',
      area: 'Area',
      label: 'Place',
      context: 'Place',
    },
    /** A name on the map for an estimated position. */
    approximateLabel: (name: string) => `${name} (approx.)`,
  },
  distances: {
    /** Eight winds, clockwise from north. */
    compass: ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'],
    lessThan50m: 'less than 50 m',
    metres: (metres: string) => `${metres} m`,
    kilometres: (km: string) => `${km} km`,
    at: (reference: string) => `At ${reference}`,
    from: (distance: string, direction: string, reference: string) => `${distance} ${direction} of ${reference}`,
    onEdge: (edge: string) => `on ${edge}`,
    fromEdge: (distance: string, edge: string) => `${distance} from ${edge}`,
  },
  chart: {
    noFigurePublished: (title: string) => `${title}: no figure had been published by this moment.`,
    description: (title: string, from: string, to: string) =>
      `${title}: the figures published by this moment, as of ${from} to ${to}; the table below gives every figure and how it was counted.`,
    reportedBy: (date: string, figure: string, series: string) => `Reported by ${date}: ${figure} (${series})`,
    noFigureYet: 'No figure reported yet at this time.',
    tableSummary: 'The figures and how they were counted',
    tableCaption: (title: string) => `${title}, by date`,
    asOf: 'As of',
    figure: 'Figure',
    basis: 'Basis',
    inference: 'Editor’s inference: ',
    thousands: (value: number) => `${n(value)}k`,
    millions: (value: number) => `${n(value)}M`,
  },
  map: {
    label: 'Map of the story. Arrow keys pan, plus and minus zoom; Tab moves through the markers.',
    details: 'Details',
    closeDetails: 'Close details',
    dismiss: 'OK',
    tilesFailed: 'The online map tiles could not be loaded (offline or blocked). The embedded map is still shown.',
    stackedHere: (label: string, others: number) => `${label}, and ${n(others)} more at this place: show them all`,
    stackedNearby: (label: string, others: number) => `${label}, and ${n(others)} more nearby: zoom in`,
    /** A marker's name while what it rests on may not be public yet. */
    pendingName: (title: string) => `${title} (reported; time of day not known)`,
    linkTimeSnapped: (requested: string, shown: string) =>
      `The link’s time, ${requested}, falls in a gap of the timeline; the map shows the nearest moment on it, ${shown}.`,
    linkTimeOutside: (requested: string, shown: string) =>
      `The link’s time, ${requested}, is outside the story; the map shows its nearest end, ${shown}.`,
    linkTimeMoved: (title: string, requested: string, shown: string) =>
      `“${title}” is not on the map at the link’s time, ${requested}; the map shows it at ${shown} instead.`,
    linkLayerOff: (title: string, layer: string) =>
      `“${title}” is not shown: the link turns its layer, ${layer}, off. Turn it on in Layers to see it.`,
  },
};

/** The shape of a translation of the interface: every entry of `englishText`, strings and small functions. */
export type InterfaceText = typeof englishText;

/** The interface's words: English. Replace with a translation of the same type. */
export const interfaceText: InterfaceText = englishText;
