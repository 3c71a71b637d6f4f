import { describe, expect, it } from 'vitest';
import { type InterfaceText, interfaceText } from './interfaceText';

/** A pseudo-translation of every entry: each string and each function's result wrapped in ⟦ ⟧. */
function pseudoTranslate<T>(value: T): T {
  if (typeof value === 'string') return `⟦${value}⟧` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `⟦${value(...args)}⟧`) as T;
  if (Array.isArray(value)) return value.map(pseudoTranslate) as T;
  return Object.fromEntries(Object.entries(value as object).map(([key, each]) => [key, pseudoTranslate(each)])) as T;
}

/** Every leaf of the text: a string, or a function of values that returns one. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, each]) => leaves(each, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe('the interface text', () => {
  it('holds only plain strings and small functions, grouped by area', () => {
    const all = leaves(interfaceText);
    expect(all.length).toBeGreaterThan(150);
    for (const [path, leaf] of all) expect(['string', 'function'], path).toContain(typeof leaf);
  });

  it('keeps the English wording the pages show', () => {
    expect(interfaceText.legend.notYetReported('Attack')).toBe('Attack, not yet reported');
    expect(interfaceText.popup.showAllSources(7)).toBe('Show all 7 sources');
    expect(interfaceText.events.announce(1, ['30 Aug 06:40, Rocket attack'], 0)).toBe(
      'New event: 30 Aug 06:40, Rocket attack.',
    );
    expect(interfaceText.events.announce(5, ['a', 'b', 'c'], 2)).toBe('5 new events: a; b; c; and 2 earlier.');
    expect(interfaceText.page.dataNotice(1, 1)).toBe(
      'Some data could not be shown: 1 problem in 1 item. Everything else is on the map.',
    );
  });

  it('can be swapped for a translation of the same shape, every entry included', () => {
    const spanish: InterfaceText = {
      ...interfaceText,
      lang: 'es',
      playback: { ...interfaceText.playback, play: 'Reproducir', pause: 'Pausa' },
      legend: { ...interfaceText.legend, notYetReported: (kind) => `${kind}, aún sin informar` },
      popup: { ...interfaceText.popup, showAllSources: (count) => `Mostrar las ${count} fuentes` },
    };
    expect(spanish.legend.notYetReported('Ataque')).toBe('Ataque, aún sin informar');
    expect(spanish.popup.showAllSources(4)).toBe('Mostrar las 4 fuentes');
    expect(spanish.playback.play).toBe('Reproducir');

    const pseudo = pseudoTranslate(interfaceText);
    expect(pseudo.chapters.position(2, 7)).toBe('⟦Chapter 2 of 7⟧');
    expect(pseudo.distances.compass[7]).toBe('⟦north-west⟧');
    expect(leaves(pseudo).every(([, leaf]) => typeof leaf === 'function' || String(leaf).startsWith('⟦'))).toBe(true);
  });
});
