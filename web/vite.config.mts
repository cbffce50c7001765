import { defineConfig } from 'vite';

/**
 * The web app, built (`vite build web`, the root being web/) into dist/web for the gateway to serve
 * at `/` (src/app/http/web-app.ts). Its Content-Security-Policy allows no inline script: the module
 * preload polyfill, which Vite would otherwise add to the entry, is off (every browser the app
 * targets preloads modules natively).
 */
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: {
    // `npx vite web` while `npm start` serves the API on :4000: GraphQL (and its WebSocket) and every
    // REST route the screens call (settings, demo sign-in, uploads, the PDF check, downloads).
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '^/(web-app|demo|ingest|documents|notifications|register)': 'http://localhost:4000',
    },
  },
});
