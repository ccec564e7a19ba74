// The direction of the code, checked in CI (test/architecture): text → extraction → store → ingestion →
// reads / curation / queue → graphql → server → cli. No layer imports one above it, nothing imports in a
// circle, and GraphQL's domain folders import one another in one direction only:
// article → actor → event → statement → topic (a folder owns the fields that link it to those before it).
/** @param {string} from @param {string[]} above */
const above = (from, above, comment) => ({
  name: `no-upward-from-${from.replace(/[^a-z]+/g, '-')}`,
  comment,
  severity: 'error',
  from: { path: `^src/${from}` },
  to: { path: `^src/(${above.join('|')})(/|\\.ts$)` },
});

const DOMAINS = ['article', 'actor', 'event', 'statement', 'topic'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other in a circle cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    above(
      'extraction/',
      ['(?!extraction/|generated/)[^/]+'],
      'Extraction is pure: text in, data out; no I/O, no other layer.',
    ),
    above(
      'logging/',
      ['(?!logging/|config\\.ts)[^/]+'],
      'Logging is a leaf every layer may use; it reads its level from configuration.',
    ),
    above('config\\.ts', ['(?!config\\.ts)[^/]+'], 'Configuration is read by every layer and reads none.'),
    above(
      'store/',
      ['ingestion', 'reads', 'curation', 'queue', 'evaluation', 'graphql', 'server', 'cli', 'benchmarks'],
      'The store knows nothing of what is stored through it.',
    ),
    above(
      'ingestion/',
      ['reads', 'curation', 'queue', 'evaluation', 'graphql', 'server', 'cli', 'benchmarks'],
      'Ingestion writes the graph; it does not depend on readers, curators or the API.',
    ),
    above(
      'reads/',
      ['curation', 'queue', 'evaluation', 'graphql', 'server', 'cli', 'benchmarks'],
      'Reads take plain arguments and return plain rows: no GraphQL in them.',
    ),
    above(
      'curation/',
      ['reads', 'queue', 'evaluation', 'graphql', 'server', 'cli', 'benchmarks'],
      'Curation is a write path beside ingestion.',
    ),
    above(
      'queue/',
      ['reads', 'curation', 'evaluation', 'graphql', 'server', 'cli', 'benchmarks'],
      'The queue carries ingestion jobs.',
    ),
    above(
      'evaluation/',
      ['reads', 'curation', 'queue', 'graphql', 'server', 'cli', 'benchmarks'],
      'Scoring extraction needs extraction and article files only.',
    ),
    above('graphql/', ['server', 'cli', 'benchmarks'], 'The schema is served by the server, not the other way round.'),
    above('server/', ['cli', 'benchmarks'], 'The server is started by the CLI.'),
    {
      name: 'explorer-browser-through-the-client',
      comment: 'The explorer runs in browsers: it reaches the service through the typed client operations only.',
      severity: 'error',
      from: { path: '^src/explorer/browser/' },
      to: { path: '^src/', pathNot: '^src/(explorer/browser|client/generated)/' },
    },
    above(
      'explorer/server/',
      ['(?!explorer/)[^/]+'],
      'The explorer is served as a bundle; it knows nothing of the API behind it.',
    ),
    above(
      'graphql/shared/',
      ['graphql/(?!shared/)[^/]+'],
      "Shared GraphQL pieces know no domain and not the schema's root.",
    ),
    ...DOMAINS.map((domain, rank) =>
      above(
        `graphql/${domain}/`,
        [...DOMAINS.slice(rank + 1), 'ingestion'].map((later) => `graphql/${later}`),
        `${domain} comes before ${DOMAINS.slice(rank + 1).join(', ') || 'ingestion'} among the domains.`,
      ),
    ),
    above(
      'graphql/ingestion/',
      DOMAINS.filter((domain) => domain !== 'article').map((domain) => `graphql/${domain}`),
      'Ingestion in the API adds to articles only.',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
