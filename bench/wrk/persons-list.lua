-- Person list pages filtered by region and gender, default sort (name), 50 a page.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local paths = {}
local regions = {"Minsk", "Minsk Region", "Brest Region", "Vitebsk Region", "Gomel Region", "Grodno Region", "Mogilev Region"}
for _, r in ipairs(regions) do
  for _, g in ipairs({"FEMALE", "MALE"}) do
    paths[#paths + 1] = "/api/v1/persons?region=" .. c.urlencode(r) .. "&gender=" .. g
  end
  paths[#paths + 1] = "/api/v1/persons?region=" .. c.urlencode(r) .. "&sort=-createdAt"
end
paths[#paths + 1] = "/api/v1/persons"
request = c.rotate(paths)
done = c.done("persons by region/gender")
