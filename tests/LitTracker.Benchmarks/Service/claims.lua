-- wrk: the claim list, paged and filtered: half by article (with a verdict filter), half by
-- category (a random page of 50 in article order).
local articles = tonumber(os.getenv("ARTICLES") or "10000")
local categories = { "treatment", "prevention", "risk", "mechanism", "diagnosis", "nutrition" }
local verdicts = { "strong", "moderate", "weak", "unsourced", "contested" }
local n = 0

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", string.format("/api/claims?article=art%05d&verdict=%s", math.random(1, articles), verdicts[math.random(#verdicts)]))
  end
  return wrk.format("GET", string.format("/api/claims?category=%s&page=%d&pageSize=50", categories[math.random(#categories)], math.random(1, 100)))
end
