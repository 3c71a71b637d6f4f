import { useEffect, useRef } from 'react';
import type { Chapter } from '../domain/chapters';
import { knowledgeMoment, selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { PublishedDate } from '../popup/PublishedDate';
import { formatOutlet } from '../popup/SourceQuote';
import type { AppAction } from '../state/appState';
import type { TourState } from '../state/storyTour';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';

export interface ChapterPanelProps {
  readonly model: StoryModel;
  readonly tour: TourState | null;
  readonly dispatch: (action: AppAction) => void;
  readonly goToChapter: (index: number) => void;
  readonly zone: DisplayZone;
}

const TEXT = interfaceText.chapters;

/** The sources a caption rests on, each attributed and linked. */
function ChapterCitations({ chapter, model, zone }: { chapter: Chapter; model: StoryModel; zone: DisplayZone }) {
  if (chapter.cites.length === 0) return null;
  return (
    <ul className="chapter-cites">
      {chapter.cites.map((cite) => {
        const source = model.eventById.get(cite.event)?.sources[cite.source];
        if (!source) return null;
        return (
          <li key={`${cite.event}:${cite.source}`}>
            {source.party}
            {source.reporting ? interfaceText.popup.reporting(source.reporting) : ''} —{' '}
            <cite>{formatOutlet(source)}</cite>, <PublishedDate date={source.published} zone={zone} />
            {source.url && (
              <>
                {' · '}
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="external-link">
                  {TEXT.link}
                  <span className="visually-hidden">{interfaceText.page.opensInNewTab}</span>
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The guided story: a "Start the story" button, then one chapter at a time (n of N, title, caption, the events it
 * names, its sources), previous/next, marks to jump to any chapter, and once the reader wanders off, "Resume
 * story". The chapter title takes the focus (and so is announced) when the reader moves between chapters.
 */
export function ChapterPanel({ model, tour, dispatch, goToChapter, zone }: ChapterPanelProps) {
  const chapters = model.config.chapters;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const entry = tour?.entry ?? 0;
  const movedByPanel = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each entry into a chapter (even the same one) moves the focus
  useEffect(
    function announceChapter() {
      if (!movedByPanel.current) return;
      movedByPanel.current = false;
      titleRef.current?.focus();
    },
    [entry],
  );
  if (chapters.length === 0) return null;
  const go = (index: number) => {
    movedByPanel.current = true;
    goToChapter(index);
  };
  if (!tour) {
    return (
      <section className="chapter-panel is-idle" aria-label={TEXT.guidedStory}>
        <button type="button" className="primary-button start-story" onClick={() => go(0)}>
          {TEXT.start}
        </button>
        <span className="muted small">{TEXT.count(chapters.length)}</span>
      </section>
    );
  }
  const chapter = chapters[tour.index] as Chapter;
  // A chapter told with hindsight names its events as known now; the others as known at the end of their span.
  const at = knowledgeMoment(chapter.until ?? chapter.at, chapter.knowledge);
  return (
    <section
      className="chapter-panel"
      aria-label={TEXT.guidedStory}
      data-chapter-id={chapter.id}
      data-paused={tour.paused}
    >
      <p className="chapter-count">
        {TEXT.position(tour.index + 1, chapters.length)}
        {tour.paused && <span className="chapter-paused">{TEXT.paused}</span>}
      </p>
      <h2 className="chapter-title" tabIndex={-1} ref={titleRef}>
        {chapter.title}
      </h2>
      {chapter.knowledge === 'now' && <p className="chapter-hindsight">{TEXT.toldWithHindsight}</p>}
      <p className="chapter-caption">{chapter.caption}</p>
      {chapter.highlight.length > 0 && (
        <ul className="chapter-events">
          {chapter.highlight.map((id) => {
            const event = model.eventById.get(id);
            if (!event) return null;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => dispatch({ type: 'select', id, origin: 'list', keepTour: true })}
                >
                  {formatKnownTitle(model.legend, event.kind, selectHeadline(event, at).title)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ChapterCitations chapter={chapter} model={model} zone={zone} />
      <div className="chapter-nav">
        <ol className="chapter-marks">
          {chapters.map((each, index) => (
            <li key={each.id}>
              <button
                type="button"
                className="chapter-mark"
                aria-label={TEXT.mark(index + 1, each.title)}
                aria-current={index === tour.index ? 'step' : undefined}
                onClick={() => go(index)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="text-button"
          onClick={() => go(tour.index - 1)}
          disabled={tour.index === 0}
          aria-label={TEXT.previousLabel}
        >
          {TEXT.previous}
        </button>
        <button
          type="button"
          className="text-button"
          onClick={() => go(tour.index + 1)}
          disabled={tour.index === chapters.length - 1}
          aria-label={TEXT.nextLabel}
        >
          {TEXT.next}
        </button>
      </div>
      <div className="chapter-actions">
        {tour.paused && (
          <button type="button" className="primary-button" onClick={() => go(tour.index)}>
            {TEXT.resume}
          </button>
        )}
        <button type="button" className="text-button" onClick={() => dispatch({ type: 'exitTour' })}>
          {TEXT.exit}
        </button>
      </div>
    </section>
  );
}
