import { escapeHtml } from '../text/htmlTemplate';

/** What the embed snippet is made of. */
export interface EmbedSnippetOptions {
  /** Absolute URL of embed.html, with the chosen state and options in its query. */
  readonly src: string;
  /** The iframe's id, also the id the embed reports its height under. */
  readonly id: string;
  /** The iframe's title, read out by screen readers. */
  readonly title: string;
  /** Initial height in CSS pixels, before the embed reports its own. */
  readonly height: number;
  /** Include the few lines of script that let the embed set its own height. */
  readonly autoHeight: boolean;
}

/**
 * The HTML a newsroom pastes into an article: a responsive iframe (full width, lazy, titled) and, optionally, a
 * tiny script that sets its height from the embed's Datawrapper-format height messages, accepting them only
 * from that very iframe. Returned as text, to be shown and copied, never inserted into the page.
 */
export function buildEmbedSnippet(options: EmbedSnippetOptions): string {
  const id = options.id.replace(/[^A-Za-z0-9_-]/g, '');
  const iframe =
    `<iframe id="${id}" title="${escapeHtml(options.title)}" src="${escapeHtml(options.src)}" ` +
    `style="width:100%;height:${Math.round(options.height)}px;border:0" loading="lazy" ` +
    'referrerpolicy="strict-origin-when-cross-origin"></iframe>';
  if (!options.autoHeight) return iframe;
  const script =
    `<script>(function(){var f=document.getElementById("${id}");` +
    'window.addEventListener("message",function(e){if(!f||e.source!==f.contentWindow)return;' +
    `var d=e.data&&e.data["datawrapper-height"],h=d&&d["${id}"];` +
    'if(typeof h==="number"&&h>0&&h<20000)f.style.height=Math.ceil(h)+"px";});})();</script>';
  return `${iframe}\n${script}`;
}
