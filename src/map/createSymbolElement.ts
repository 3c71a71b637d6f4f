import type { KindSymbol } from '../domain/storyLegend';

const SVG = 'http://www.w3.org/2000/svg';

/** Builds a symbol as an SVG element with DOM calls (never from an HTML string). Decorative: aria-hidden. */
export function createSymbolElement(symbol: KindSymbol, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', symbol.shape);
  shape.setAttribute('class', 'symbol-shape');
  shape.style.fill = symbol.fill;
  svg.appendChild(shape);
  if (symbol.mark) {
    const mark = document.createElementNS(SVG, 'path');
    mark.setAttribute('d', symbol.mark);
    mark.setAttribute('class', 'symbol-mark');
    svg.appendChild(mark);
  }
  return svg;
}
