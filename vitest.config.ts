import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Pure modules: no vi.mock, no global state, so each worker thread keeps its module
          // graph between files instead of importing zod, the rules and the vocabulary again
          // for every file (a fork per file spent more time importing than testing).
          pool: "threads",
          isolate: false,
          // Vitest's default is one worker less than the cores: on two cores, one worker, and
          // the two long aggregate-engine files ran one after the other. The main process
          // only waits while workers run.
          maxWorkers: 2,
        },
      },
      {
        resolve: {
          alias: { ...alias, "server-only": path.resolve(__dirname, "tests/server-only-stub.ts") },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          environment: "node",
          // One database for the run; files run one after another because they share it.
          fileParallelism: false,
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/request-context.setup.ts"],
          // The app's public URL as the tests' requests name it (Origin must match it exactly).
          env: { BETTER_AUTH_URL: "http://127.0.0.1:3100" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
