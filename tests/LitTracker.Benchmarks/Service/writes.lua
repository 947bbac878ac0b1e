-- wrk: one writer per connection (run with -t N -c N). Each writer cites its own source
-- (bench-writer-N, cited by no claim) for consecutive claims: POST a citation, then PUT a change to
-- it with If-Match, and so on. Every acknowledged write (201 or 200) is appended to
-- $LOGDIR/writes-N.log as "POST|PUT id version"; anything else as "ERR status".
local claims = tonumber(os.getenv("CLAIMS") or "200000")
local key = os.getenv("KEY")
local logdir = os.getenv("LOGDIR") or "."
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("writer", counter)
  table.insert(threads, thread)
end

function init(args)
  log = io.open(string.format("%s/writes-%d.log", logdir, writer), "w")
  claim = (writer - 1) * math.floor(claims / 16) + 1
  last = nil
  sent = nil
end

local function headers()
  return { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json" }
end

function request()
  if last ~= nil then
    sent = "PUT"
    local h = headers()
    h["If-Match"] = '"' .. last.version .. '"'
    return wrk.format("PUT", "/api/citations/" .. last.id, h, '{"stance":"mixed","locator":"load test change"}')
  end
  sent = "POST"
  claim = claim + 1
  return wrk.format("POST", "/api/citations", headers(),
    string.format('{"claim":"%d","source":"bench-writer-%d","stance":"supports","locator":"load test"}', claim, writer))
end

function response(status, hdrs, body)
  local etag = hdrs["ETag"] or hdrs["etag"] or ""
  local version = tonumber(string.match(etag, "(%d+)") or "0")
  if sent == "POST" and status == 201 then
    local id = tonumber(string.match(hdrs["Location"] or hdrs["location"] or "", "(%d+)$"))
    log:write(string.format("POST %d %d\n", id, version))
    last = { id = id, version = version }
  elseif sent == "PUT" and status == 200 then
    log:write(string.format("PUT %d %d\n", last.id, version))
    last = nil
  else
    log:write(string.format("ERR %d %s\n", status, sent))
    last = nil
  end
  log:flush()
end
