-- Prints one tab-separated line wrk's caller parses: requests, requests/s, p50, p99 and max in
-- milliseconds, answers with status >= 400, and socket errors (connect, read, write, timeout).
-- Every script of the benchmark loads this file for its done().
function done(summary, latency, _)
  local errors = summary.errors
  io.write(string.format("RESULT\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
