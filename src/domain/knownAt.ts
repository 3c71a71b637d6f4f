/**
 * What was known when. At slider time t a reader sees only what had been published by t: sources, their answers,
 * figures, corrections and the status and title they imply. "What we know now" is the same record with nothing
 * held back, plus the editor's hindsight.
 */
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import { type AccountComparison, compareAccounts, type IndexedSource } from './compareAccounts';
import type { Correction, CorrectionType, EventStatus, Figure, Source, StoryEvent } from './storyEvent';

/** Which record the reader is looking at: as it stood at the slider's time, or everything known today. */
export type KnowledgeView = 'then' | 'now';

/** The moment a view stands at: the slider's time, or the end of time for "what we know now". */
export function knowledgeMoment(t: number, view: KnowledgeView): number {
  return view === 'now' ? Number.POSITIVE_INFINITY : t;
}

/** An event's headline at a moment: the title and status its corrections had given it by then. */
export interface EventHeadline {
  /** The title as reported by then; undefined before anything about the event was published. */
  readonly title: string | undefined;
  readonly status: EventStatus;
  /** Corrections public by then, oldest first. */
  readonly corrections: readonly Correction[];
  /** Indexes of sources whose claims were retracted by then. */
  readonly retracted: ReadonlySet<number>;
}

const NOTHING_RETRACTED: ReadonlySet<number> = new Set();

/** An event's status as a page may show it: "unreported" before anything about it was published. */
export type ShownStatus = EventStatus | 'unreported';

/**
 * The status a page may show or carry (in markup too) for a headline: "unreported" before anything was published,
 * when even the editor's status (a later finding) is not yet known.
 */
export function shownStatus(headline: Pick<EventHeadline, 'title' | 'status'>): ShownStatus {
  return headline.title === undefined ? 'unreported' : headline.status;
}

/**
 * The title and status of an event at moment `at`. Cheap when nothing was corrected (most events): the map asks
 * for every drawn event on every step.
 */
export function selectHeadline(
  event: Pick<StoryEvent, 'title' | 'status' | 'corrections' | 'firstPublished'>,
  at: number,
): EventHeadline {
  if (event.firstPublished > at) {
    return { title: undefined, status: event.status, corrections: [], retracted: NOTHING_RETRACTED };
  }
  if (event.corrections.length === 0 || (event.corrections[0] as Correction).at > at) {
    return { title: event.title, status: event.status, corrections: [], retracted: NOTHING_RETRACTED };
  }
  let title = event.title;
  let status = event.status;
  const retracted = new Set<number>();
  const corrections: Correction[] = [];
  for (const correction of event.corrections) {
    if (correction.at > at) break;
    corrections.push(correction);
    if (correction.statusAfter) status = correction.statusAfter;
    if (correction.titleAfter) title = correction.titleAfter;
    for (const index of correction.retractsSources) retracted.add(index);
  }
  return { title, status, corrections, retracted };
}

/** A figure with the source that gives it. */
export interface KnownFigure {
  readonly figure: Figure;
  readonly source: Source;
  /** When the figure became public (its source's publication). */
  readonly at: number;
}

/** The figures of one series: the latest known, and the ones it replaced (newest first). */
export interface FigureSeries {
  readonly series: string;
  readonly label: string;
  readonly latest: KnownFigure;
  readonly earlier: readonly KnownFigure[];
}

/** One dated step in how an event's account changed. */
export interface HistoryItem {
  readonly at: number;
  readonly kind: 'first-report' | 'figure' | CorrectionType;
  /** Who said it (for reports and figures). */
  readonly party?: string;
  /** What changed, in a few words. */
  readonly text: string;
  readonly sourceIndex?: number;
}

/** Everything a reader may see of an event at a moment, in one view. */
export interface EventAsKnown extends EventHeadline {
  /** The sources published by then, in the event's order, each marked retracted or not. */
  readonly sources: readonly (IndexedSource & { readonly retracted: boolean })[];
  readonly comparisons: readonly AccountComparison[];
  readonly figures: readonly FigureSeries[];
  /** Reports, figures and corrections, oldest first. */
  readonly history: readonly HistoryItem[];
  /** The editor's hindsight: only in the "what we know now" view. */
  readonly hindsight?: string;
}

/** "at least 170", "13", "up to 10": a figure as its source gave it. */
export function formatFigureValue(figure: Figure): string {
  const number = formatNumber(figure.value);
  return figure.qualifier === 'exactly' ? number : interfaceText.popup.qualified(figure.qualifier, number);
}

function selectFigures(event: StoryEvent, at: number): FigureSeries[] {
  const bySeries = new Map<string, KnownFigure[]>();
  for (const figure of event.figures) {
    const source = event.sources[figure.source] as Source;
    const published = source.published.visibleFrom;
    if (published > at) continue;
    const known = { figure, source, at: published };
    const list = bySeries.get(figure.series);
    if (list) list.push(known);
    else bySeries.set(figure.series, [known]);
  }
  return [...bySeries].map(([series, known]) => {
    // Newest first; figures published at the same moment keep the order the data lists them in.
    const sorted = known
      .map((item, order) => ({ item, order }))
      .sort((a, b) => b.item.at - a.item.at || b.order - a.order);
    const [latest, ...earlier] = sorted.map(({ item }) => item) as [KnownFigure, ...KnownFigure[]];
    return { series, label: latest.figure.label, latest, earlier };
  });
}

function buildHistory(
  sources: readonly IndexedSource[],
  figures: readonly FigureSeries[],
  corrections: readonly Correction[],
): HistoryItem[] {
  const items: HistoryItem[] = [];
  let first: IndexedSource | undefined;
  for (const member of sources) {
    if (!first || member.source.published.visibleFrom < first.source.published.visibleFrom) first = member;
  }
  if (first) {
    items.push({
      at: first.source.published.visibleFrom,
      kind: 'first-report',
      party: first.source.party,
      text: interfaceText.popup.firstPublishedReport,
      sourceIndex: first.index,
    });
  }
  for (const series of figures) {
    for (const known of [...series.earlier].reverse().concat(series.latest)) {
      items.push({
        at: known.at,
        kind: 'figure',
        party: known.source.party,
        text: `${series.label}: ${formatFigureValue(known.figure)}`,
        sourceIndex: known.figure.source,
      });
    }
  }
  for (const correction of corrections) {
    items.push({
      at: correction.at,
      kind: correction.type,
      text: correction.summary,
      sourceIndex: correction.bySource,
    });
  }
  // Stable: items of one moment keep the order above (report, figures, corrections).
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.at - b.item.at || a.order - b.order)
    .map(({ item }) => item);
}

/**
 * The event as a reader may see it at slider time `t` in `view`: only sources published by then (and their
 * answers and figures), the corrections public by then, and the title and status they imply. In the "now" view
 * nothing is held back and the editor's hindsight is added.
 */
export function selectEventAsKnown(event: StoryEvent, t: number, view: KnowledgeView): EventAsKnown {
  const at = knowledgeMoment(t, view);
  const headline = selectHeadline(event, at);
  const sources = event.sources.flatMap((source, index) =>
    source.published.visibleFrom <= at ? [{ source, index, retracted: headline.retracted.has(index) }] : [],
  );
  const figures = selectFigures(event, at);
  return {
    ...headline,
    sources,
    comparisons: compareAccounts(event.questions, sources),
    figures,
    history: buildHistory(sources, figures, headline.corrections),
    hindsight: view === 'now' ? event.hindsight : undefined,
  };
}
