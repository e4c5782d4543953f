-- Person list pages filtered by region and gender, in every sort (name, createdAt, updatedAt, both
-- directions), 50 a page.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local paths = {}
local regions = {"Minsk", "Minsk Region", "Brest Region", "Vitebsk Region", "Gomel Region", "Grodno Region", "Mogilev Region"}
for _, r in ipairs(regions) do
  for _, g in ipairs({"FEMALE", "MALE"}) do
    paths[#paths + 1] = "/api/v1/persons?region=" .. c.urlencode(r) .. "&gender=" .. g
  end
  for _, s in ipairs({"-createdAt", "createdAt", "-updatedAt", "updatedAt"}) do
    paths[#paths + 1] = "/api/v1/persons?region=" .. c.urlencode(r) .. "&sort=" .. s
  end
  paths[#paths + 1] = "/api/v1/persons?region=" .. c.urlencode(r) .. "&gender=FEMALE&sort=-createdAt"
end
for _, s in ipairs({"name", "-name", "-createdAt", "createdAt", "-updatedAt", "updatedAt"}) do
  paths[#paths + 1] = "/api/v1/persons?sort=" .. s
  paths[#paths + 1] = "/api/v1/persons?gender=MALE&sort=" .. s
end
request = c.rotate(paths)
done = c.done("persons by region/gender")
