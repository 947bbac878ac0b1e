-- wrk: GET /api/articles/{random id}/check. ARTICLES (env) is the number of articles.
local articles = tonumber(os.getenv("ARTICLES") or "10000")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  return wrk.format("GET", "/api/articles/" .. math.random(1, articles) .. "/check")
end
