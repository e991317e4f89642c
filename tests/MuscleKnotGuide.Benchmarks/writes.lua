-- wrk script for scenario 3: POSTs new check-ins, each (person, day) pair exactly once.
-- args: <pairs file> <number of wrk threads> <seconds to keep writing> <form path> ["again"]
-- Each line of the pairs file is "<Cookie header>\t<urlencoded body incl. token>". Thread k takes lines
-- k, k+T, k+2T... so no two threads share a pair. When its pairs run out or the writing time is over, a
-- thread sends a harmless GET /favicon.ico instead (the counts ignore it) and stops once every write it sent
-- is answered. run.sh gives wrk some seconds of grace beyond the writing time, so no write is cut off in
-- flight and goes uncounted. Latency percentiles include those few GETs.
-- With "again" (the warm-ups), a thread starts its pairs over when they run out, until the time is over: each pass adds
-- one more entry to each (person, day). 30 s at 500 saves/s by run.sh's 20 warm-up writers is 25 passes, under the
-- 50 entries a day allows; past that (a faster server, a longer warm-up) the rest of the warm-up is answered with the
-- form and its "50 entries" message, which warms a little less of the save but counts nothing.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } timeval;
  int gettimeofday(timeval *tv, void *tz);
]]
local function now()
  local tv = ffi.new("timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local threads = {}
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local requests, idle = {}, nil
local position, stride, deadline, again = 0, 1, 0, false
sent, ok, rejected, signed_out, failed, first_sent, last_done = 0, 0, 0, 0, 0, 0, 0

function init(args)
  local file, threadCount, seconds, path = args[1], tonumber(args[2]), tonumber(args[3]), args[4]
  stride = threadCount
  local index = 0
  for line in io.lines(file) do
    index = index + 1
    if index % stride == id % stride then
      local cookie, body = line:match("^([^\t]*)\t(.*)$")
      table.insert(requests, wrk.format("POST", path, {
        ["Cookie"] = cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
      }, body))
    end
  end
  position = 0
  -- A thread without pairs (more threads than pairs) has nothing to start over.
  again = args[5] == "again" and #requests > 0
  idle = wrk.format("GET", "/favicon.ico")
  deadline = now() + seconds
end

local function answered() return ok + rejected + signed_out + failed end

local function finished(t)
  return (position >= #requests and not again) or t >= deadline
end

function request()
  local t = now()
  if again and position >= #requests then position = 0 end
  if finished(t) then
    if answered() == sent then wrk.thread:stop() end
    return idle
  end
  position = position + 1
  if sent == 0 then first_sent = t end
  sent = sent + 1
  return requests[position]
end

function response(status, headers, _)
  local kind = headers["Content-Type"] or headers["content-type"] or ""
  if kind:find("^image/") then return end
  last_done = now()
  if status >= 500 then
    failed = failed + 1
  elseif status >= 400 then
    rejected = rejected + 1
  elseif status >= 300 then
    local location = headers["Location"] or headers["location"] or ""
    if location:find("/account/login", 1, true) then signed_out = signed_out + 1 else ok = ok + 1 end
  else
    -- A save redirects; a 200 is the form shown again with its messages: nothing was saved.
    rejected = rejected + 1
  end
  if answered() == sent and finished(last_done) then wrk.thread:stop() end
end

function done(summary, latency, _)
  local total = { sent = 0, ok = 0, rejected = 0, signed_out = 0, failed = 0, pairs = 0 }
  local first, last = math.huge, 0
  for _, thread in ipairs(threads) do
    for key in pairs(total) do
      if key ~= "pairs" then total[key] = total[key] + (thread:get(key) or 0) end
    end
    local f, l = thread:get("first_sent"), thread:get("last_done")
    if f and f > 0 and f < first then first = f end
    if l and l > last then last = l end
  end
  local span = (last > first) and (last - first) or (summary.duration / 1e6)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"writes_sent":%d,"writes_ok":%d,"writes_4xx":%d,"writes_signed_out":%d,"writes_5xx":%d,"in_flight_at_end":%d,"write_seconds":%.3f,"writes_per_s":%.1f,"socket_errors":%d,"p50_us":%d,"p99_us":%d}\n',
    total.sent, total.ok, total.rejected, total.signed_out, total.failed,
    total.sent - total.ok - total.rejected - total.signed_out - total.failed,
    span, total.ok / span, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
