/** One suite, two TypeORM versions: the second project maps `typeorm` to the aliased 1.x install. */
const base = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  setupFiles: ["reflect-metadata"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
};

module.exports = {
  testTimeout: 120000,
  testSequencer: "<rootDir>/test/support/sequencer.js",
  projects: [
    { ...base, displayName: "typeorm-0.3" },
    {
      ...base,
      displayName: "typeorm-1.x",
      // the command runs in a child process, which jest's module mapping doesn't reach
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/cli.test.ts"],
      moduleNameMapper: { "^typeorm$": "typeorm1", "^typeorm/(.*)$": "typeorm1/$1" },
    },
  ],
};
