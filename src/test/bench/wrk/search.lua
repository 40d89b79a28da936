-- GET /api/v1/search with a different two-word query each time, from words the generated
-- stories use (topics of every desk and words of the shared stock), so caches see many queries.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local topics = { "coalition", "parliament", "election", "referendum", "cabinet", "ceasefire", "border",
  "summit", "sanctions", "treaty", "merger", "inflation", "shares", "takeover", "exports", "vaccine",
  "telescope", "glacier", "satellite", "drought", "festival", "exhibition", "orchestra", "museum",
  "derby", "league", "transfer", "stadium", "marathon", "harbour", "pension", "emissions" }
local words = { "plan", "proposal", "report", "decision", "deal", "vote", "review", "inquiry", "budget",
  "strategy", "deadline", "talks", "figures", "warning", "survey", "forecast", "policy", "workers",
  "residents", "farmers", "emergency", "record", "regional", "coastal" }
local queries = {}
for _, t in ipairs(topics) do
  for _, w in ipairs(words) do
    queries[#queries + 1] = "/api/v1/search?q=" .. t .. "+" .. w
  end
end

local n = 0
function setup(thread)
  n = n + 1
  thread:set("offset", n * 97)
end

local i = 0
function request()
  i = i + 1
  return wrk.format("GET", queries[(i + (offset or 0)) % #queries + 1])
end
