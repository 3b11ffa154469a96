/**
 * `npm run assess -- <file.json>` / `npm run assess -- --schema` / stdin: the I/O shell around
 * lib/cli/assess-cli.ts, which holds (and tests) everything else.
 */
import { readFile } from "node:fs/promises";
import { assessJson, inputJsonSchema, parseArgs, USAGE } from "@/lib/cli/assess-cli";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(): Promise<number> {
  const command = parseArgs(process.argv.slice(2));
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "usage-error":
      process.stderr.write(`${command.message}\n${USAGE}`);
      return 2;
    case "schema":
      process.stdout.write(inputJsonSchema());
      return 0;
    case "assess": {
      if (command.file === null && process.stdin.isTTY) {
        process.stderr.write(USAGE);
        return 2;
      }
      let text: string;
      try {
        text = command.file === null ? await readStdin() : await readFile(command.file, "utf8");
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "read error";
        process.stderr.write(`Cannot read ${command.file ?? "stdin"} (${code}).\n`);
        return 2;
      }
      const result = assessJson(text, command.format, command.text);
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      return result.code;
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Unexpected error: ${(error as Error)?.name ?? "Error"}\n`);
    process.exitCode = 1;
  },
);
