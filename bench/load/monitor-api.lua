-- wrk script: cycles over the map, profile, compass and segregation endpoints on the bundled data
-- and reports p95 and errors. Used by bench/load/run.sh.
local paths = {
  "/api/map?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024",
  "/api/map?level=gemeente&indicator=inhabitants&year=2024",
  "/api/map?municipality=GM0363&level=buurt&indicator=households_low_income_pct&year=2019",
  "/api/map/geojson?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024",
  "/api/profile/GM0344?year=2024",
  "/api/profile/WK036376?year=2021",
  "/api/profile/BU03440223",
  "/api/compass/GM0344?level=buurt",
  "/api/compass/GM0363?level=wijk",
  "/api/segregation/GM0344?grouping=origin&level=wijk&year=2024&replicates=200",
  "/api/segregation/GM0363?grouping=education&level=buurt&year=2019&replicates=200",
  "/api/segregation/GM0518?grouping=migration&level=buurt&year=2021&compareYear=2019&replicates=0",
}
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
