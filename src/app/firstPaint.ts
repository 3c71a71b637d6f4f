/**
 * Hands the page over from its static first paint (index.html / embed.html: the story's title and subtitle and
 * the layout's empty boxes, drawn before any script runs) to the app: the first paint is removed the moment the
 * app shows more than its loading notice, in the same frame, so that nothing blinks or moves. Returns a function
 * that stops watching.
 */
export function handOverFirstPaint(root: HTMLElement, firstPaint = document.getElementById('first-paint')) {
  if (!firstPaint) return () => undefined;
  const appHasContent = () => root.childElementCount > 0 && root.querySelector('.loading') === null;
  const observer = new MutationObserver(() => {
    if (!appHasContent()) return;
    firstPaint.remove();
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
