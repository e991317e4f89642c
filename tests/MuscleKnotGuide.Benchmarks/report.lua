-- wrk script for the GET scenarios: prints one machine-readable line that run.sh reads.
-- Latency in microseconds; "non_2xx_3xx" is wrk's count of responses with a status of 400 or more.
done = function(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"rps":%.1f,"non_2xx_3xx":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
