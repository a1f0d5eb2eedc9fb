-- wrk script: cycles over the map, profile, compass and segregation endpoints on the bundled data
-- and reports p95 and errors. Used by bench/load/run.sh.
-- The questions, one a line, shared with the public-API scenario of bench/Wijkmix.LoadTest (run from the repository root).
local paths = {}
for line in io.lines("bench/load/api-paths.txt") do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = 0
request = function()
  i = i + 1
  -- Like a browser: compressed answers.
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip, br" })
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s (%.0f/s)\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors connect %d read %d write %d timeout %d; non-2xx %d\n",
    e.connect, e.read, e.write, e.timeout, summary.errors.status))
end
