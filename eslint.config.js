import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "build-*/**",
      "data/**",
      ".react-router/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "**/*.js",
      "**/*.cjs",
      "bench/out/**",
      "tmp/**",
      "packages/matching/bench/out/**",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    // The engine and the domain are pure: they import nothing from the rest of the repository.
    files: ["packages/matching/**/*.ts", "src/domain/**/*.ts"],
    ignores: ["**/*.test.ts", "packages/matching/bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "~/*",
            "**/db/**",
            "**/web/**",
            "**/use-cases/**",
            "**/mail/**",
            "**/jobs/**",
            "**/cli/**",
            "node:*",
          ],
        },
      ],
    },
  },
  {
    // Routes, auth, jobs, the CLI, mail and the demo reach data only through use cases: only
    // the composition root (server/) wires the database into them.
    files: [
      "src/web/**/*.{ts,tsx}",
      "src/auth/**/*.ts",
      "src/jobs/**/*.ts",
      "src/cli/**/*.ts",
      "src/mail/**/*.ts",
      "src/demo/**/*.ts",
      "src/i18n/**/*.ts",
    ],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/**"], message: "Reach data through a use case (src/use-cases)." },
            {
              group: ["drizzle-orm*", "pg", "@electric-sql/*", "pg-boss"],
              message: "Only src/db and server/ talk to the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // Use cases import only domain and matching; ports come in as arguments.
    files: ["src/use-cases/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "**/db/**",
            "**/web/**",
            "**/mail/transports/**",
            "**/jobs/**",
            "**/cli/**",
            "drizzle-orm*",
            "pg",
            "@electric-sql/*",
          ],
        },
      ],
    },
  },
);
