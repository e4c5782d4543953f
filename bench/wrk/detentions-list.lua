-- Detention list pages by kind and ongoing (needs the case-record tables, V3).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local paths = {}
for _, k in ipairs({"PRETRIAL", "SENTENCE", "ADMINISTRATIVE_ARREST", "HOUSE_ARREST"}) do
  paths[#paths + 1] = "/api/v1/detentions?kind=" .. k
  paths[#paths + 1] = "/api/v1/detentions?kind=" .. k .. "&ongoing=true"
end
request = c.rotate(paths)
done = c.done("detentions by kind")
