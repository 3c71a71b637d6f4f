/**
 * The layering of src/, checked by `npm run layers` (part of `npm test`): imports only run downward,
 * app → controls → embed → map → popup/state → domain → time → text, never in a circle, and the pure core
 * (domain, time, text) imports neither React nor Leaflet. The pages' entries (src/main.tsx, src/mainEmbed.tsx) and
 * the benchmark page (src/bench/) stand above the app; src/test/ holds helpers for tests only. Tests
 * (`*.test.ts(x)`) may import anything.
 */
const LAYERS = [['app'], ['controls'], ['embed'], ['map'], ['popup', 'state'], ['domain'], ['time'], ['text']];
const TEST = '\\.test\\.tsx?$';
const folder = (names) => `^src/(${names.join('|')})/`;

/** For each layer, a rule against importing any layer above it. */
const upward = LAYERS.slice(1).map((layer, at) => {
  const above = LAYERS.slice(0, at + 1).flat();
  return {
    name: `no-upward-from-${layer.join('-')}`,
    comment: `${layer.join(' and ')} may import only what is below it (${LAYERS.slice(at + 2)
      .map((names) => names.join('/'))
      .join(', ')}), not ${above.join(', ')}`,
    severity: 'error',
    from: { path: folder(layer), pathNot: TEST },
    to: { path: [folder(above), folder(['bench']), '^src/main(Embed)?\\.tsx$'] },
  };
});

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-upward-from-app',
      comment: 'the app may not import the pages’ entries or the benchmark page',
      severity: 'error',
      from: { path: folder(['app']), pathNot: TEST },
      to: { path: [folder(['bench']), '^src/main(Embed)?\\.tsx$'] },
    },
    {
      name: 'no-circular',
      comment: 'a module may not import itself through others',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { circular: true, pathNot: TEST },
    },
    {
      name: 'pure-core',
      comment: 'domain, time and text are plain TypeScript: no React, no Leaflet',
      severity: 'error',
      from: { path: folder(['domain', 'time', 'text']), pathNot: TEST },
      to: { path: '^node_modules/(react|react-dom|react-leaflet|leaflet|leaflet-[^/]+)/' },
    },
    {
      name: 'test-helpers-in-tests-only',
      comment: 'src/test/ is for tests',
      severity: 'error',
      from: { path: '^src/', pathNot: [TEST, '^src/test/'] },
      to: { path: '^src/test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '\\.css$' },
  },
};
