-- Name search: realistic queries in several scripts and spellings, full names and single words
-- (the list: search-queries.lua).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local queries = require("search-queries")
request = c.rotate(queries.paths(queries.all()))
done = c.done("search ?q=")
