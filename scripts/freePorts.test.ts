import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chooseFreePortBase, PORT_SPAN } from './freePorts';

describe('the browser tests’ free ports', () => {
  it('skip a base where any of its ports is taken, and take the next candidate whose ports are all free', async () => {
    // The first candidate the sequence gives, then a second one.
    const picks = [0.25, 0.5];
    const first = 20_000 + 10 * Math.floor(0.25 * 4_000);
    const blocker = createServer().listen(first + PORT_SPAN - 1, '127.0.0.1');
    await once(blocker, 'listening');
    try {
      let call = 0;
      const base = await chooseFreePortBase(() => picks[call++ % picks.length] as number);
      expect(base).toBe(20_000 + 10 * Math.floor(0.5 * 4_000));
    } finally {
      blocker.close();
    }
  });
});
