// ESLint (flat config), run by `npm run lint` and by .ci/run. Formatting is Prettier's job
// (.prettierrc.json): no stylistic rule here.
//   - JavaScript and TypeScript: the recommended rules of ESLint and typescript-eslint;
//   - React: the rules of hooks (the pane and the workbench);
//   - office-js: the rules of eslint-plugin-office-addins (load before read, sync after load,
//     isNullObject, no sync in a loop) on the code that talks to Excel.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/**", "coverage/**", "test-results/**", "node_modules/**", "examples/**/*.xlsx"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.es2021 },
    },
    rules: {
      // Unused arguments are allowed when their name says so (`_`), as TypeScript's noUnused* does.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Control characters in regular expressions are deliberate here: reports and XML escape them.
      "no-control-regex": "off",
    },
  },
  {
    // The browser faces and the Excel adapter.
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/workbench/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The code that drives office-js (the fake implements the same API and is checked by its tests).
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Deliberate exceptions, each checked by the adapter's tests against the fake:
    // - one sync per payload-sized group (Excel on the web refuses more than 5 MB per sync);
    // - getCellProperties' value is read in a closure that runs after the sync;
    // - `session.context.sync()` is the context's sync (the rule only knows `context.sync()`).
    files: ["src/excel/batches.ts", "src/excel/undo.ts"],
    rules: { "office-addins/no-context-sync-in-loop": "off" },
  },
  {
    files: ["src/excel/inspect.ts", "src/excel/settingsSheet.ts"],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off" },
  },
  {
    // Node: scripts, tests, bench, configuration files, the command line.
    files: ["scripts/**", "test/**", "bench/**", "bin/**", "src/cli/**", "*.js", "*.cjs", "*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // CommonJS files.
    files: ["**/*.cjs", "*.js", "bin/**"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The loading script of the task pane page runs in old webviews too: ES5, no module.
    files: ["src/taskpane/boot.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
);
