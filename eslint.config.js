// Lint: typescript-eslint strict + type-aware rules, zero warnings, and the layer rule from STYLE.md:
// each layer imports only from layers to its left, and only through their index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers in the data's order; a layer may import the ones listed for it, through their index. */
const LAYERS = {
  core: [],
  extract: ['core'],
  calc: ['core'],
  check: ['core'],
  store: ['core'],
  report: ['core', 'extract', 'calc', 'check', 'store'],
  api: ['core', 'extract', 'calc', 'check', 'store', 'report'],
  web: ['core'],
  cli: ['core', 'extract', 'calc', 'check', 'store', 'report', 'api'],
};
const ALL = Object.keys(LAYERS);

function layerRules(layer) {
  const allowed = LAYERS[layer];
  const forbidden = ALL.filter((l) => l !== layer && !allowed.includes(l));
  const patterns = [
    ...forbidden.map((l) => ({
      group: [`**/${l}/**`, `**/${l}/index.js`],
      message: `the ${layer} layer may not import from ${l} (see STYLE.md: layers import only to their left)`,
    })),
    ...allowed.map((l) => ({
      group: [`../**/${l}/*/**`, `!../**/${l}/*/index.js`, `../**/${l}/*.js`, `!../**/${l}/index.js`],
      message: `import ${l} through its index.ts, not a deep file`,
    })),
  ];
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', 'web-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...ALL.map(layerRules),
);
