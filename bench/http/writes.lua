-- wrk script for requests that may each be sent once (a report is submitted once): one thread
-- (-t1) sends the lines of a file in order, one a line ("METHOD PATH COOKIE CSRF BODY", each
-- line its author's session), and stops when the file is used up rather than send one twice.
-- Prints one parseable line at the end, with the lines sent (a next run starts after them):
--   wrk -t1 -c8 -d10s -s bench/http/writes.lua http://127.0.0.1:PORT -- FILE

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local method, path, cookie, csrf, body = line:match("^(%S+) (%S+) (%S+) (%S+) (.*)$")
    local headers = { ["Cookie"] = cookie, ["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json" }
    table.insert(requests, wrk.format(method, path, headers, body))
  end
  idle = wrk.format("GET", "/healthz")
  sent = 0
end

function request()
  if sent >= #requests then
    -- Used up: a harmless request rather than a line again, and the thread stops.
    wrk.thread:stop()
    return idle
  end
  sent = sent + 1
  return requests[sent]
end

function done(summary, latency, requests)
  local e = summary.errors
  local sent = 0
  for _, t in ipairs(threads) do sent = sent + t:get("sent") end
  io.write(string.format(
    "wrk-result requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d sent=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write, e.timeout, sent))
end
