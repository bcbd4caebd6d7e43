// Preloaded with `node -r` by the benchmark: writes the process's peak resident memory (KiB) and its
// CPU time (user + system, all threads, ms) when it exits. CPU time is the steadier figure on a busy machine.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
