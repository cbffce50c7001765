// Lint rules: typescript-eslint's recommended set, plus the house rules of the architecture:
// named exports only, and process.env read by src/config alone.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/generated/', 'web/src/generated/', 'migrations/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error, and a switch that misses a union
    // member silently does nothing. They need the type checker, so they cover the TypeScript files only.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/config/**', 'src/db/scratch.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.' }],
    },
  },
  {
    // CommonJS tool configs (dependency-cruiser reads .dependency-cruiser.cjs through require).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Tool config files and Vitest's global setup are loaded through their default export.
    files: [
      'eslint.config.mjs',
      'vitest.config.ts',
      'web/vite.config.mts',
      'test/support/global-setup.ts',
      'test/support/browser-setup.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
