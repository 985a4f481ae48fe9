/** A progress bar on stderr: redrawn in place on a terminal, a few plain lines otherwise. */
import type { CommandIo } from "./command-io.ts";

export function createProgressBar(io: CommandIo, enabled: boolean) {
  let lastLine = "";
  let lastStage = "";
  return {
    update(stage: string, done: number, total: number) {
      if (!enabled) return;
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (io.isTty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        const line = `\r${stage.padEnd(10)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(fraction * 100)}%`;
        if (line !== lastLine) io.stderr(line);
        lastLine = line;
      } else if (stage !== lastStage) {
        io.stderr(`${stage}…\n`);
      }
      lastStage = stage;
    },
    finish() {
      if (enabled && io.isTty && lastLine) io.stderr("\n");
    },
  };
}
