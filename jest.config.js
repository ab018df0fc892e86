/**
 * Jest: TypeScript through ts-jest in transpile-only mode (types are checked once by
 * `npm run typecheck`); jsdom only for UI tests (see their docblocks).
 * Two projects, both run by `npm test`:
 *   - « unitaires »: everything under test/ except test/e2e;
 *   - « bout-en-bout »: test/e2e, the browser workbench in headless Chromium (its globalSetup
 *     builds the pages once, serves them on a free localhost port and starts one Chromium).
 */
const common = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          target: "es2020",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
          skipLibCheck: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unitaires",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "bout-en-bout",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
    },
  ],
};
