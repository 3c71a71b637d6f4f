import { useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { EMBED_ID_PATTERN } from '../domain/embedId';
import { buildEmbedSnippet } from '../embed/buildEmbedSnippet';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, proposeEmbedId } from '../embed/embedOptions';
import { buildEmbedUrl } from '../embed/embedUrl';
import { type AppState, DEFAULT_STATE } from '../state/appState';
import type { MapViewStore } from '../state/mapViewStore';
import { serializeUrlState } from '../state/urlState';
import type { DisplayZone } from '../time/displayZone';
import { formatSliderValue } from '../time/formatTime';
import { CopyButton } from './CopyButton';

export interface ShareDialogProps {
  readonly state: AppState;
  /** The map's view, read from the map: a link opens where the reader is looking. */
  readonly mapView: MapViewStore;
  /** The story's title as published (the iframe's title names it). */
  readonly title: string;
  /** The story's embed id (publication.embed_id): each proposed frame id starts with it. */
  readonly embedId: string;
  readonly zone: DisplayZone;
  /** The title of the selected event, if any, to name the moment being shared. */
  readonly selectedTitle?: string;
  /** The guided story's chapter ids: a link or embed made during a chapter opens that chapter. */
  readonly chapterIds?: readonly string[];
}

/** Initial height of the iframe: enough for the title, map and slider at article width. */
const DEFAULT_HEIGHT = 600;

/**
 * "Share / Embed": a link to the current moment, and an embed snippet for articles (iframe plus an optional
 * auto-height script) with its options. The snippet is shown as text to copy, never run here.
 */
export function ShareDialog({
  state,
  mapView,
  title,
  embedId: storyEmbedId,
  zone,
  selectedTitle,
  chapterIds = [],
}: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [controls, setControls] = useState<EmbedOptions['controls']>(DEFAULT_EMBED_OPTIONS.controls);
  const [theme, setTheme] = useState<EmbedOptions['theme']>(DEFAULT_EMBED_OPTIONS.theme);
  const [autoplay, setAutoplay] = useState(false);
  const [autoHeight, setAutoHeight] = useState(true);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [open, setOpen] = useState(false);
  // Each embed code gets its own id (a new one each time the dialog opens), which the editor may change.
  const [embedId, setEmbedId] = useState('');
  const embedIdValid = EMBED_ID_PATTERN.test(embedId);

  const pageUrl = window.location.href;
  const view = useSyncExternalStore(mapView.subscribe, mapView.getView);
  // From the state and the map themselves: the address bar is updated a few times a second only, and may lag.
  const link = useMemo(() => {
    if (!open) return '';
    const url = new URL(pageUrl);
    url.search = serializeUrlState(state, DEFAULT_STATE, chapterIds, view);
    return url.toString();
  }, [open, state, view, pageUrl, chapterIds]);
  const momentLabel = open ? [formatSliderValue(state.time, zone), selectedTitle].filter(Boolean).join(' · ') : '';
  const snippet = useMemo(() => {
    if (!open || !embedIdValid) return '';
    const options: EmbedOptions = { controls, theme, id: embedId };
    return buildEmbedSnippet({
      src: buildEmbedUrl(state, options, autoplay, pageUrl, chapterIds, view),
      id: options.id,
      title: `Interactive map: ${title}`,
      height,
      autoHeight,
    });
  }, [
    open,
    state,
    view,
    controls,
    theme,
    autoplay,
    autoHeight,
    height,
    title,
    pageUrl,
    chapterIds,
    embedId,
    embedIdValid,
  ]);

  return (
    <>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          setEmbedId(proposeEmbedId(storyEmbedId));
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Share / Embed
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={`${ids}-title`} onClose={() => setOpen(false)}>
        <form method="dialog" className="dialog-close-form">
          <button type="submit" className="close-button" aria-label="Close">
            ×
          </button>
        </form>
        <h2 id={`${ids}-title`}>Share this moment</h2>
        <p className="muted">{momentLabel}</p>
        {open && (
          <>
            <section aria-labelledby={`${ids}-link`}>
              <h3 id={`${ids}-link`}>Link</h3>
              <div className="copy-row">
                <input
                  type="text"
                  readOnly
                  value={link}
                  aria-label="Link to this moment"
                  onFocus={(e) => e.target.select()}
                />
                <CopyButton text={link} label="Copy link" />
              </div>
            </section>
            <section aria-labelledby={`${ids}-embed`}>
              <h3 id={`${ids}-embed`}>Embed in an article</h3>
              <div className="embed-options">
                <label className="compact-field">
                  Controls
                  <select value={controls} onChange={(e) => setControls(e.target.value as EmbedOptions['controls'])}>
                    <option value="minimal">Minimal: slider and Play</option>
                    <option value="full">Full: with layers and the event list</option>
                  </select>
                </label>
                <label className="compact-field">
                  Theme
                  <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedOptions['theme'])}>
                    <option value="auto">Follow the reader (light or dark)</option>
                    <option value="light">Light</option>
                    <option value="dark">Dark</option>
                  </select>
                </label>
                <label className="compact-field">
                  Initial height (px)
                  <input
                    type="number"
                    min={320}
                    max={2000}
                    step={10}
                    value={height}
                    onChange={(e) => setHeight(Math.min(2000, Math.max(320, Number(e.target.value) || DEFAULT_HEIGHT)))}
                  />
                </label>
                <label className="compact-field">
                  Frame id (unique on the page)
                  <input
                    type="text"
                    value={embedId}
                    spellCheck={false}
                    aria-invalid={!embedIdValid}
                    aria-describedby={`${ids}-id-help`}
                    onChange={(e) => setEmbedId(e.target.value.trim())}
                  />
                  <span id={`${ids}-id-help`} className={embedIdValid ? 'muted small' : 'field-error small'}>
                    {embedIdValid
                      ? 'Each embed on a page needs its own id.'
                      : 'Start with a letter; then letters, digits, - or _ (64 at most).'}
                  </span>
                </label>
                <label className="checkbox-field">
                  <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} />
                  Play on load (never for readers who prefer reduced motion)
                </label>
                <label className="checkbox-field">
                  <input type="checkbox" checked={autoHeight} onChange={(e) => setAutoHeight(e.target.checked)} />
                  Add the auto-height script (the embed sets its own height)
                </label>
              </div>
              <label className="snippet-label" htmlFor={`${ids}-snippet`}>
                Embed code
              </label>
              <textarea
                id={`${ids}-snippet`}
                className="snippet"
                readOnly
                value={snippet}
                rows={6}
                spellCheck={false}
              />
              <div className="copy-row">{snippet && <CopyButton text={snippet} label="Copy embed code" />}</div>
              <p className="muted small">
                The embed loads nothing from third parties, sets no cookies and reports only its height to your page.
              </p>
            </section>
          </>
        )}
      </dialog>
    </>
  );
}
