-- Shared by the wrk scripts: rotates over a list of paths and prints p50/p95/p99 when done.
local M = {}

function M.rotate(paths)
  local i = 0
  local token = os.getenv("KARTOTEKA_TOKEN")
  if token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
  return function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
  end
end

function M.done(name)
  return function(summary, latency, requests)
    local non2xx = summary.errors.status
    io.write(string.format("%-22s requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non2xx=%d\n",
      name, summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx))
  end
end

function M.urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

return M
