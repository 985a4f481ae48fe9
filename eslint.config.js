import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
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
