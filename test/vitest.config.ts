import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Integration tests spawn the real codex binary; they are slow but must not hang CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
