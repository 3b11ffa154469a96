// Types for supervisor.mjs, imported by its test.
export const CANNOT_START: number;
export function restartDelay(failuresInRow: number): number;
export function runPrimary(options: {
  count: number;
  drainMs: number;
  publisher?: {
    command: string;
    args: string[];
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    nice?: number;
  };
  log?: (line: string) => void;
  onServing?: () => void;
}): { shutdown(code?: number): void };
