export interface Progress {
  tick(): void;
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

/**
 * A one-line progress bar, redrawn at most every 100 ms. Only on a terminal: in CI logs and pipes
 * it would be noise.
 */
export function createProgress(total: number, write: (s: string) => void, isTTY: boolean, columns = 80): Progress {
  if (!isTTY || total < 2) return silent;
  let count = 0;
  let last = 0;
  const width = Math.max(10, Math.min(40, columns - 30));
  const draw = () => {
    const filled = Math.round((count / total) * width);
    write(`\r\u001b[2K${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${count}/${total} bestanden`);
  };
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      write('\r\u001b[2K');
    },
  };
}
