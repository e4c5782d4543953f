-- The case-record lists (cases, charges, trials, detentions, recognitions) in each time sort,
-- both directions, first pages (needs the case-record tables, V3).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local paths = {}
for _, list in ipairs({"cases", "charges", "trials", "detentions", "recognitions"}) do
  for _, s in ipairs({"createdAt", "-createdAt", "updatedAt", "-updatedAt"}) do
    paths[#paths + 1] = "/api/v1/" .. list .. "?sort=" .. s
  end
end
paths[#paths + 1] = "/api/v1/detentions?sort=startedOn"
paths[#paths + 1] = "/api/v1/detentions?sort=-startedOn"
request = c.rotate(paths)
done = c.done("case records by time")
