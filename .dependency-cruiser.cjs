// The architecture, enforced (npm run check): the folders of src/ are layers, lowest first, and a
// module imports only from its own layer or the layers below it. The order is the flow of the data
// (docs/architecture.md): plumbing, then the stages from organisations to the register, then the
// composition root that wires them. A strict order leaves no room for a cycle between folders.
const LAYERS = [
  'lib', // neutral helpers: typed errors, ids, canonical JSON, paging, scalars, paths
  'config', // the only reader of the environment
  'cnil', // the CNIL's vocabularies, the fact catalogue and the rules, as data
  'content', // the content contract: what a document says, as plain data
  'db', // ORM set-up, unit of work, the audit trail every flush writes
  'auth', // viewer, roles, the one module of tenancy rules, the request context
  'organizations',
  'incidents',
  'facts',
  'subjects',
  'ingest',
  'notifications',
  'pdf',
  'documents',
  'register',
  'channels', // webhooks and alert e-mails: the outbox delivered to each organisation's receivers
  'demo', // the reference scenario, loaded through the services
  'app', // composition root: HTTP server, routes, GraphQL schema, ORM entity list, CLI (with main.ts)
];

const folder = (layer) => (layer === 'app' ? `^src/(app/|main\\.ts$)` : `^src/${layer}/`);

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `${layer}/ imports only from the layers below it: ${LAYERS.slice(0, i).join(', ') || 'none'}`,
  severity: 'error',
  from: { path: folder(layer) },
  to: { path: LAYERS.slice(i + 1).map(folder) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'layer-known',
      comment: 'every folder of src/ is a layer of .dependency-cruiser.cjs: a new folder is placed in the order first',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(folder) },
      to: {},
    },
    {
      name: 'no-folder-cycle',
      comment: 'no cycle between modules of different folders (the layer order already forbids them; this names the cycle)',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { circular: true, pathNot: '^src/$1/' },
    },
    {
      name: 'render-content-only',
      comment: 'pdf/ renders the content contract: it never reaches the ORM or the assembler',
      severity: 'error',
      from: { path: '^src/(pdf|content)/' },
      to: { path: ['(^|/)node_modules/@mikro-orm/', '^src/(db|auth|organizations|incidents|facts|subjects|ingest|notifications)/'] },
    },
    {
      name: 'shipped-code-stays-shipped',
      comment: 'src/ is the shipped build: it never imports the tests or the dev scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|scripts)/' },
    },
    {
      name: 'web-is-a-client',
      comment: 'web/ talks to the gateway over HTTP only, as any client would: it imports nothing of src/, test/ or scripts/',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|test|scripts)/' },
    },
    {
      name: 'server-ships-no-web-code',
      comment: 'the gateway serves the built web app as files; its code never imports the app',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
    {
      name: 'web-shared-below-screens',
      comment: "the web app's shared modules (client, router, viewer, labels, time, generated types) sit below the screens and the shell",
      severity: 'error',
      from: { path: '^web/src/', pathNot: '^web/src/(screens/|app\\.tsx$|main\\.tsx$)' },
      to: { path: '^web/src/(screens/|app\\.tsx$|main\\.tsx$)' },
    },
    {
      name: 'web-screens-independent',
      comment:
        'a screen links to another by its address (router.href), never by importing it or the shell; only the screen table imports them all',
      severity: 'error',
      from: { path: '^web/src/screens/([^/.]+)', pathNot: '^web/src/screens/index\\.tsx$' },
      to: { path: '^web/src/(screens/|app\\.tsx$|main\\.tsx$)', pathNot: '^web/src/screens/$1([./]|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type is a dependency on the module that owns it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
