// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Layer rules from docs/architecture.md: shared is pure, the renderer never reaches into main or node. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared/ is pure: it imports nothing of main or renderer.',
            },
            {
              group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'lowdb', 'docx', '@mantine/*'],
              message: 'shared/ is pure: no node, electron, DOM, react, lowdb or docx.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**'], message: 'The renderer talks to the API contract only, never to main.' },
            {
              group: [...nodeBuiltins, 'electron', 'lowdb'],
              message: 'The renderer never imports node or electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', '@mantine/*'],
              message: 'main never imports the renderer or react.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'main/services/**/*.ts',
      'main/store/**/*.ts',
      'main/host/**/*.ts',
      'main/reports/**/*.ts',
      'main/io/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', '@mantine/*'],
              message: 'main never imports the renderer or react.',
            },
            {
              group: ['electron'],
              message: 'Services, store and hosts never import electron: both hosts run the same code.',
            },
          ],
        },
      ],
    },
  },
)
