-- wrk script: cycles through the requests of a file, one a line ("METHOD PATH [BODY]"), each
-- thread from its own (random) starting point, with the session cookie of $JX_COOKIE when set, and prints
-- one parseable line at the end:
--   wrk -t2 -c64 -d10s -s bench/http/requests.lua http://127.0.0.1:PORT -- FILE

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local cookie = os.getenv("JX_COOKIE")
  requests = {}
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^(%S+) (%S+) ?(.*)$")
    local headers = {}
    if cookie and cookie ~= "" then headers["Cookie"] = cookie end
    if body == "" then
      body = nil
    else
      headers["Content-Type"] = "application/json"
    end
    -- Formatted once: building a request on every call would load the client, not the server.
    table.insert(requests, wrk.format(method, path, headers, body))
  end
  -- Threads start apart so that they do not ask for the same page at the same moment.
  math.randomseed(id * 7919)
  next_index = math.random(#requests)
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk-result requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write, e.timeout))
end
