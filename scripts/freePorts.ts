import { createServer } from 'node:net';

/** How many ports from the base the browser tests use (their offsets are in e2e/ports.ts). */
export const PORT_SPAN = 9;

/** Whether nothing listens on `port`, on the loopback address nor on every address. */
async function isFree(port: number): Promise<boolean> {
  for (const host of ['127.0.0.1', undefined]) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

/**
 * A base whose ports are all free, picked at random between 20,000 and 60,000 (two runs starting at the same
 * moment would otherwise probe the same ports and both take them).
 */
export async function chooseFreePortBase(random: () => number = Math.random): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = 20_000 + 10 * Math.floor(random() * 4_000);
    const ports = Array.from({ length: PORT_SPAN }, (_, offset) => candidate + offset);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return candidate;
  }
  throw new Error(`no free ports for the browser tests: set E2E_PORT to a base whose next ${PORT_SPAN} ports are free`);
}
