-- Name search, only the queries of one word of search-queries.lua.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local queries = require("search-queries")
request = c.rotate(queries.paths(queries.of_words(1)))
done = c.done("search, one word")
