/**
 * The height messages host pages already listen for, and the one message the embed answers. The embed posts
 * nothing else: no state, no reader data.
 */

const PYM_DELIMITER = 'xPYMx';

/** Datawrapper's responsive-embed format: `{"datawrapper-height": {"<id>": h}}`. */
export function datawrapperHeightMessage(id: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [id]: height } };
}

/** AMP's amp-iframe resize request. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Pym.js's string protocol: `pymxPYMx<id>xPYMxheightxPYMx<h>`. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);
}

/**
 * Reads a Pym.js parent's width message for this child (`pymxPYMx<id>xPYMxwidthxPYMx<w>`): the width, or
 * undefined for anything else, which the embed then ignores.
 */
export function parsePymWidthMessage(data: unknown, childId: string): number | undefined {
  if (typeof data !== 'string' || data.length > 200) return undefined;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return undefined;
  const width = Number(parts[3]);
  return Number.isFinite(width) && width > 0 ? width : undefined;
}
