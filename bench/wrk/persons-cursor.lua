-- Walks the person list page by page with nextCursor (50 a page), starting over at the end.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local base = "/api/v1/persons?limit=50&gender=FEMALE"
local cursor = nil
local token = os.getenv("KARTOTEKA_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
request = function()
  if cursor then
    return wrk.format("GET", base .. "&cursor=" .. cursor)
  end
  return wrk.format("GET", base)
end
response = function(status, headers, body)
  cursor = body:match('"nextCursor":"([^"]+)"')
end
done = c.done("persons cursor pages")
