/**
 * The domain model of a story: events, their sources and claims, places.
 * Plain data, no React or Leaflet. Built once by `parseEvents` and never mutated.
 */

/** What kind of thing happened: the id of one of the story's kinds (story.json), which decides its symbol and layer. */
export type EventKind = string;

/**
 * How precisely the start time is known. `day` means the clock time in `start` is a placeholder; `scheduled`
 * means the time was announced in advance (a public schedule), not observed.
 */
export const TIME_PRECISIONS = ['minute', 'hour', 'day', 'approximate', 'scheduled'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** Editorial status of an event as first reported; corrections may change it later. */
export const EVENT_STATUSES = ['reported', 'confirmed', 'disputed', 'retracted'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How precisely a publication moment is known. */
export type PublicationPrecision = 'moment' | 'day' | 'month' | 'year';

/**
 * When something may have been published: from `earliest` to `latest` (epoch ms). A known moment is a window of
 * its stated uncertainty (often none); a day is that day in the publisher's zone, or every zone's day when the zone
 * is not known. Before `earliest` nothing of it may be shown; inside the window it may be shown, marked as dated
 * without a time of day; from `latest` on it is certainly public.
 */
export interface PublicationWindow {
  readonly earliest: number;
  readonly latest: number;
}

/**
 * When a statement was published, as precisely as it is known: `2021-08-27T11:32:00-04:00`, `2021-08-30`, or, as
 * a last resort, `2021-08` / `2021`.
 */
export interface PartialDate extends PublicationWindow {
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Hour and minute in the publisher's offset, when the moment is known. */
  readonly hour?: number;
  readonly minute?: number;
  readonly precision: PublicationPrecision;
  /** True when the researcher inferred the date (e.g. from the URL) rather than reading it on the page. */
  readonly inferred: boolean;
  /** The moment as written (epoch ms), when the time is known. */
  readonly moment?: number;
  /** ± minutes around the moment, when it is approximate. */
  readonly uncertaintyMin?: number;
  /** The publisher's IANA zone, when known: dates are shown in it. */
  readonly zone?: string;
  /** Where the date or time comes from (a page's timestamp, a transcript's clock), or why no time was found. */
  readonly basis?: string;
}

/** One attributed statement about an event. */
export interface Source {
  /** Who said it: a person, an organisation or a group (e.g. "ISIS-K", "Pentagon (Maj. Gen. Hank Taylor)"). */
  readonly party: string;
  /** Who relayed it, when the outlet quotes someone else (e.g. "AFP", "Nasher News (Telegram), via Reuters"). */
  readonly via?: string;
  /** Verbatim words, exactly as published. */
  readonly quote?: string;
  /** A researcher's summary, used only where no verbatim text was available; shown as "not a quote". */
  readonly paraphrase?: string;
  /** BCP 47 language of the quote when it is not English. */
  readonly language?: string;
  /** The publication it appeared in (the site that carries a copy, see `copyOf`). Absent only for the source article. */
  readonly outlet?: string;
  /** The original outlet when `url` is a copy of its report on another site (syndication, mirror, aggregator). */
  readonly copyOf?: string;
  /** Whose statement the outlet describes in its own words (then `party` is the outlet). */
  readonly reporting?: string;
  readonly published: PartialDate;
  /** Why the day of a month- or year-only publication date cannot be found. */
  readonly publishedDayUnknown?: string;
  /** http(s) link to the page. Absent only for the source article. */
  readonly url?: string;
  /** True for statements taken from the article this map is built from. */
  readonly sourceArticle: boolean;
  readonly note?: string;
  /** This source's answers to the event's comparable questions, by question key. */
  readonly answers: Readonly<Record<string, number | string>>;
}

/** A question the sources of an event answer differently (e.g. "Rockets fired"). */
export interface Question {
  readonly key: string;
  readonly label: string;
}

/** What a later statement did to an event's account. */
export const CORRECTION_TYPES = ['correction', 'denial', 'confirmation', 'update'] as const;
export type CorrectionType = (typeof CORRECTION_TYPES)[number];

/** A later finding that changes what a reader should believe about an event. */
export interface Correction {
  readonly type: CorrectionType;
  /**
   * When the correction became public: its own `at` when given, else the window of the source (or of the first
   * report of the event) that makes it.
   */
  readonly published: PartialDate;
  /** What changed, in the editor's words. */
  readonly summary: string;
  /** The event that carries the correcting statement, if it is a separate event. */
  readonly byEvent?: string;
  /** Index into the event's own sources of the correcting statement, if it is one of them. */
  readonly bySource?: number;
  /** Indexes of this event's sources whose claim the correction retracts. */
  readonly retractsSources: readonly number[];
  /** The event's status from this correction on. */
  readonly statusAfter?: EventStatus;
  /** The event's title from this correction on. */
  readonly titleAfter?: string;
}

/** Where an event happened, with how well that is known. */
export interface EventPlace {
  readonly name: string;
  /** Id of the matching feature in places.geojson, if any. */
  readonly placeId?: string;
  /** True when no source gave a coordinate and the point was derived by the researcher. */
  readonly estimate: boolean;
  /** How far off the location may be, in metres: always given for an estimate. */
  readonly uncertaintyM?: number;
  /** How the coordinate was obtained. */
  readonly basis: string;
  /**
   * Indexes of the event's sources that name or locate the place: its name and basis are shown only from the
   * earliest of their windows. Absent: from the first report.
   */
  readonly reportedBy?: readonly number[];
}

/** How a reported figure relates to the true number. */
export const FIGURE_QUALIFIERS = ['exactly', 'about', 'at least', 'more than', 'up to'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** One number as one source gave it (a toll, a count), shown from that source's publication. */
export interface Figure {
  /** Groups the figures that count the same thing, e.g. "us-troops-killed". */
  readonly series: string;
  /** What it counts, e.g. "US service members killed". */
  readonly label: string;
  readonly value: number;
  readonly qualifier: FigureQualifier;
  /** Index of the event's source that gives the figure. */
  readonly source: number;
  readonly note?: string;
  /** How it was counted, in words. */
  readonly basis?: string;
  /** Why the figure or its baseline is the editor's inference, where it is. */
  readonly inference?: string;
}

export interface StoryEvent {
  /** Stable, author-given slug. */
  readonly id: string;
  readonly title: string;
  readonly kind: EventKind;
  /** Epoch milliseconds. */
  readonly start: number;
  /** Epoch milliseconds, exclusive; absent for instants. */
  readonly end?: number;
  /** The ISO strings as written in the data (they carry the source's offset). */
  readonly startText: string;
  readonly endText?: string;
  readonly timePrecision: TimePrecision;
  /** ± minutes for `approximate` times. */
  readonly timeUncertaintyMin?: number;
  /** Why the time is what it is, where sources differ. */
  readonly timeNote?: string;
  /** [longitude, latitude], or null for events with no place on this map. */
  readonly coordinates: readonly [number, number] | null;
  readonly place?: EventPlace;
  /** Where an event without coordinates happened, in words (e.g. "US Department of State, Washington"). */
  readonly placeName?: string;
  readonly status: EventStatus;
  readonly sources: readonly Source[];
  /**
   * When the first report may have been published: from the earliest moment any source may have been (before it
   * nothing about the event had been said) to the earliest moment one certainly was.
   */
  readonly firstReport: PublicationWindow;
  readonly questions: readonly Question[];
  readonly corrections: readonly Correction[];
  /** Numbers that changed as reporting went on, each from one source. */
  readonly figures: readonly Figure[];
  /** The editor's notes written after the events: shown only in the "What we know now" view. */
  readonly hindsight?: string;
}
