-- Name search, only the queries of two words of search-queries.lua (a given name and a surname).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
local queries = require("search-queries")
request = c.rotate(queries.paths(queries.of_words(2)))
done = c.done("search, two words")
