-- The write mix of an editor: create a published story, then change its headline with PATCH and
-- If-Match (the ETag the creation answered), and so on; about as many edits as creations.
-- Needs BENCH_EDITOR (the editor key). Answers >= 400 count as errors in the report.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local token = os.getenv("BENCH_EDITOR")
local sections = { "politics", "world", "business", "science", "culture", "sport" }
local pending = {}
local created = 0
local id = 0

function setup(thread)
  id = id + 1
  thread:set("tid", id)
end

-- Each thread, and each run, its own headlines: Lua seeds every thread's generator alike.
function init(_)
  math.randomseed(os.time() * 100 + (tid or 0))
end

local function story(n)
  local tag = (tid or 0) .. "-" .. n .. "-" .. math.random(1, 1000000000)
  return '{"headline": "Benchmark desk files story ' .. tag .. ' on the harbour budget",'
    .. '"standfirst": "A story written by the benchmark\'s editor, number ' .. n .. '.",'
    .. '"section": "' .. sections[n % #sections + 1] .. '", "tags": ["benchmark", "harbour"],'
    .. '"authors": ["Benchmark desk"], "status": "published", "body": ['
    .. '{"type": "paragraph", "text": "The harbour board met on Monday to review the budget for the coming year."},'
    .. '{"type": "paragraph", "text": "\\u201cWe will keep the ferries running,\\u201d said Petra Lindqvist, spokesperson of the Harbour Authority."},'
    .. '{"type": "paragraph", "text": "Figures from the <em>statistics office</em> show traffic rose for a third year."}]}'
end

function request()
  local edit = table.remove(pending)
  if edit then
    return wrk.format("PATCH", edit.path, {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/merge-patch+json",
      ["If-Match"] = edit.etag,
    }, '{"headline": "Benchmark desk updates a story on the harbour budget ' .. math.random(1, 1000000000) .. '"}')
  end
  created = created + 1
  return wrk.format("POST", "/api/v1/articles", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, story(created))
end

function response(status, headers, _)
  if status == 201 then
    local location = headers["Location"] or headers["location"]
    local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
    if location and etag then
      local path = location:gsub("^https?://[^/]+", "")
      pending[#pending + 1] = { path = path, etag = etag }
    end
  end
end
