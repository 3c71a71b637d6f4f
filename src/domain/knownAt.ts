/**
 * What was known when. Every dated item (a source, its answers and figures, a correction) was published inside a
 * window (`PublicationWindow`): at slider time t it is absent before the window opens, shown and marked as not
 * certainly public yet inside it, and shown plainly after it. "What we know now" is the same record with nothing
 * held back, plus the editor's hindsight. These selectors return data; the shells word and format it.
 */
import { type AccountComparison, compareAccounts, type IndexedSource } from './compareAccounts';
import { byPublication, isPending } from './publicationDate';
import type {
  Correction,
  CorrectionType,
  EventStatus,
  Figure,
  PartialDate,
  PublicationWindow,
  Source,
  StoryEvent,
} from './storyEvent';

/** Which record the reader is looking at: as it stood at the slider's time, or everything known today. */
export type KnowledgeView = 'then' | 'now';

/** The moment a view stands at: the slider's time, or the end of time for "what we know now". */
export function knowledgeMoment(t: number, view: KnowledgeView): number {
  return view === 'now' ? Number.POSITIVE_INFINITY : t;
}

/** True once an item may have been published by `at` (its window has opened). */
export function isOpenAt(window: PublicationWindow, at: number): boolean {
  return window.earliest <= at;
}

/** An event's headline at a moment: the title and status its corrections had given it by then. */
export interface EventHeadline {
  /** The title as reported by then; undefined before anything about the event may have been published. */
  readonly title: string | undefined;
  readonly status: EventStatus;
  /** Corrections that may have been public by then, in the order they became so. */
  readonly corrections: readonly Correction[];
  /** Indexes of sources whose claims were retracted by then. */
  readonly retracted: ReadonlySet<number>;
  /**
   * What the headline rests on while it may not be public yet (the first report, or the correction that gave the
   * title or status, inside its window): the page says so ("first reported 26 Aug, time of day not known").
   */
  readonly pending?: PendingStep;
}

/** A step of an event's account whose publication window the moment stands inside. */
export interface PendingStep {
  readonly kind: 'first-report' | CorrectionType;
  readonly published: PartialDate;
}

const NOTHING_RETRACTED: ReadonlySet<number> = new Set();

/** An event's status as a page may show it: "unreported" before anything about it may have been published. */
export type ShownStatus = EventStatus | 'unreported';

/**
 * The status a page may show or carry (in markup too) for a headline: "unreported" before anything may have been
 * published, when even the editor's status (a later finding) is not yet known.
 */
export function shownStatus(headline: Pick<EventHeadline, 'title' | 'status'>): ShownStatus {
  return headline.title === undefined ? 'unreported' : headline.status;
}

/** The source whose window opens first: the first report, as far as can be told. */
export function firstReportSource(event: Pick<StoryEvent, 'sources'>): { source: Source; index: number } | undefined {
  let first: { source: Source; index: number } | undefined;
  event.sources.forEach((source, index) => {
    if (!first || source.published.earliest < first.source.published.earliest) first = { source, index };
  });
  return first;
}

/**
 * The title and status of an event at moment `at`. Cheap when nothing was corrected (most events): the map asks
 * for the events whose knowledge changed on each step.
 */
export function selectHeadline(
  event: Pick<StoryEvent, 'title' | 'status' | 'corrections' | 'firstReport' | 'sources'>,
  at: number,
): EventHeadline {
  if (event.firstReport.earliest > at) {
    return { title: undefined, status: event.status, corrections: [], retracted: NOTHING_RETRACTED };
  }
  const first = at < event.firstReport.latest ? firstReportSource(event) : undefined;
  const pendingReport: PendingStep | undefined = first && { kind: 'first-report', published: first.source.published };
  if (event.corrections.length === 0 || !isOpenAt((event.corrections[0] as Correction).published, at)) {
    return {
      title: event.title,
      status: event.status,
      corrections: [],
      retracted: NOTHING_RETRACTED,
      ...(pendingReport ? { pending: pendingReport } : {}),
    };
  }
  let title = event.title;
  let status = event.status;
  let pending = pendingReport;
  const retracted = new Set<number>();
  const corrections: Correction[] = [];
  for (const correction of event.corrections) {
    if (!isOpenAt(correction.published, at)) break;
    corrections.push(correction);
    if (correction.statusAfter) status = correction.statusAfter;
    if (correction.titleAfter) title = correction.titleAfter;
    if ((correction.statusAfter || correction.titleAfter) && isPending(correction.published, at)) {
      pending = { kind: correction.type, published: correction.published };
    }
    for (const index of correction.retractsSources) retracted.add(index);
  }
  return { title, status, corrections, retracted, ...(pending ? { pending } : {}) };
}

/** A figure with the source that gives it. */
export interface KnownFigure {
  readonly figure: Figure;
  readonly source: Source;
  /** When the figure became public (its source's window). */
  readonly published: PartialDate;
  /** True while it may not be public yet (inside its window). */
  readonly pending: boolean;
}

/** The figures of one series: the latest known, and the ones they replaced (newest first). */
export interface FigureSeries {
  readonly series: string;
  readonly label: string;
  /**
   * The most recent statement by its window. Several when statements whose windows overlap give different
   * values: which came last cannot be told, so each shows with its party.
   */
  readonly latest: readonly KnownFigure[];
  readonly earlier: readonly KnownFigure[];
}

/** One dated step in how an event's account changed. */
export interface HistoryItem {
  readonly published: PartialDate;
  readonly pending: boolean;
  readonly kind: 'first-report' | 'figure' | CorrectionType;
  /** Who said it (for reports and figures). */
  readonly party?: string;
  readonly sourceIndex?: number;
  /** For a figure: the figure and its series' label. */
  readonly figure?: Figure;
  /** For a correction: what changed, in the editor's words. */
  readonly summary?: string;
}

/** A source as a reader may see it at a moment. */
export interface KnownSource extends IndexedSource {
  readonly retracted: boolean;
  /** True while it may not be public yet (inside its window). */
  readonly pending: boolean;
}

/** Everything a reader may see of an event at a moment, in one view. */
export interface EventAsKnown extends EventHeadline {
  /** The sources that may have been published by then, in the event's order. */
  readonly sources: readonly KnownSource[];
  readonly comparisons: readonly AccountComparison[];
  readonly figures: readonly FigureSeries[];
  /** Reports, figures and corrections, oldest first. */
  readonly history: readonly HistoryItem[];
  /** The editor's hindsight: only in the "what we know now" view. */
  readonly hindsight?: string;
  /** Whether the event's place may be named by then (its naming sources' windows have opened). */
  readonly placeNamed: boolean;
}

/** True when statement `b` was certainly made after statement `a` (or at the same minute, and listed after it). */
function certainlyAfter(b: { published: PublicationWindow; order: number }, a: typeof b): boolean {
  if (b.published.earliest > a.published.latest) return true;
  const bothMoments = a.published.earliest === a.published.latest && b.published.earliest === b.published.latest;
  return bothMoments && b.published.earliest === a.published.earliest && b.order > a.order;
}

const sameStatement = (a: Figure, b: Figure) => a.value === b.value && a.qualifier === b.qualifier;

/**
 * The figures of each series known at `at`. A figure is replaced once a statement known by then was certainly
 * made after it; of those not replaced, one per distinct value is "latest" (the newest by its window), and the
 * rest are earlier.
 */
function selectFigures(event: StoryEvent, at: number): FigureSeries[] {
  const bySeries = new Map<string, { known: KnownFigure; order: number; published: PartialDate }[]>();
  event.figures.forEach((figure, order) => {
    const source = event.sources[figure.source] as Source;
    const published = source.published;
    if (!isOpenAt(published, at)) return;
    const item = { known: { figure, source, published, pending: isPending(published, at) }, order, published };
    const list = bySeries.get(figure.series);
    if (list) list.push(item);
    else bySeries.set(figure.series, [item]);
  });
  return [...bySeries].map(([series, items]) => {
    // Newest first: by the window's end, then its start, then the data's order.
    const newestFirst = [...items].sort(
      (a, b) =>
        b.published.latest - a.published.latest || b.published.earliest - a.published.earliest || b.order - a.order,
    );
    const open = newestFirst.filter((item) => !items.some((other) => certainlyAfter(other, item)));
    const latest: typeof items = [];
    for (const item of open) {
      if (!latest.some((kept) => sameStatement(kept.known.figure, item.known.figure))) latest.push(item);
    }
    const earlier = newestFirst.filter((item) => !latest.includes(item));
    const first = latest[0] as (typeof items)[number];
    return {
      series,
      label: first.known.figure.label,
      latest: latest.map(({ known }) => known),
      earlier: earlier.map(({ known }) => known),
    };
  });
}

function buildHistory(
  sources: readonly KnownSource[],
  figures: readonly FigureSeries[],
  corrections: readonly Correction[],
  at: number,
): HistoryItem[] {
  const items: HistoryItem[] = [];
  let first: KnownSource | undefined;
  for (const member of sources) {
    if (!first || member.source.published.earliest < first.source.published.earliest) first = member;
  }
  if (first) {
    items.push({
      published: first.source.published,
      pending: first.pending,
      kind: 'first-report',
      party: first.source.party,
      sourceIndex: first.index,
    });
  }
  for (const series of figures) {
    for (const known of [...series.earlier, ...series.latest]) {
      items.push({
        published: known.published,
        pending: known.pending,
        kind: 'figure',
        party: known.source.party,
        sourceIndex: known.figure.source,
        figure: known.figure,
      });
    }
  }
  for (const correction of corrections) {
    items.push({
      published: correction.published,
      pending: isPending(correction.published, at),
      kind: correction.type,
      summary: correction.summary,
      sourceIndex: correction.bySource,
    });
  }
  // Stable: items of one window keep the order above (report, figures, corrections).
  return byPublication(items);
}

/**
 * Whether the event's place may be named at `at`: from the earliest window of the sources that name it
 * (`place.reportedBy`), or, without them, from the first report.
 */
export function isPlaceNamedAt(event: StoryEvent, at: number): boolean {
  const naming = event.place?.reportedBy;
  if (!naming) return event.firstReport.earliest <= at;
  return naming.some((index) => {
    const source = event.sources[index];
    return source !== undefined && isOpenAt(source.published, at);
  });
}

/**
 * The event as a reader may see it at slider time `t` in `view`: only sources that may have been published by
 * then (and their answers and figures), the corrections public by then, and the title and status they imply, each
 * marked while it is inside its window. In the "now" view nothing is held back and the editor's hindsight is
 * added.
 */
export function selectEventAsKnown(event: StoryEvent, t: number, view: KnowledgeView): EventAsKnown {
  const at = knowledgeMoment(t, view);
  const headline = selectHeadline(event, at);
  const sources = event.sources.flatMap((source, index) =>
    isOpenAt(source.published, at)
      ? [{ source, index, retracted: headline.retracted.has(index), pending: isPending(source.published, at) }]
      : [],
  );
  const figures = selectFigures(event, at);
  return {
    ...headline,
    sources,
    comparisons: compareAccounts(event.questions, sources),
    figures,
    history: buildHistory(sources, figures, headline.corrections, at),
    hindsight: view === 'now' ? event.hindsight : undefined,
    placeNamed: isPlaceNamedAt(event, at),
  };
}
