import { resolve } from 'node:path';

/** Whether this code runs built (`dist/src/…`, JavaScript) or from the sources (tests, TypeScript). */
export const compiled = __filename.endsWith('.js');

/** The checkout's root, whether this file runs from `src/` (tests) or from `dist/src/` (built). */
export const projectRoot = resolve(__dirname, compiled ? '../../..' : '../..');
