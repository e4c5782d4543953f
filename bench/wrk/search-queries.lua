-- The name-search queries of the benchmark: realistic names in several scripts and spellings, full
-- names and single words. search.lua rotates over all of them; search-one-word.lua and
-- search-two-words.lua over those of one word and of two (docs/search.md, "At a million persons");
-- bench/search-compare.sh reads the list from here too.
local queries = {
  "Lukashenka", "Лукашэнка", "Аляксандр Лукашэнка", "Alexander Lukashenko", "Tsikhanouskaya", "Тихановская",
  "Сяргей Пратасевіч", "Sergey Protasovich", "Kalesnikava", "Maryja Kalesnikava", "Колесникова Мария",
  "Babaryka", "Viktar Babaryka", "Бабарико", "Statkevich", "Mikalai Statkevich", "Николай Статкевич",
  "Shkliarov", "Шкляраў", "Hruzdzilovich", "Gruzdilovich", "Груздилович", "Aleinik", "Aliejnik", "Алейнік",
  "Kavalenka", "Коваленко", "Мельник", "Melnik Iryna", "Shevchenko", "Шэўчэнка", "Tsimashenka", "Тимошенко",
  "Kuzmich", "Zhuk", "Жук Ганна", "Hanna Zhuk", "Sokalau", "Соколов", "Marozau", "Морозов Игорь", "Ihar Marozau",
  "Dzmitry Dashkevich", "Дмитрий Дашкевич", "Yauhen Afnagel", "Ivashkevich", "Ivashko", "Lojka", "Лойко",
  "Andrei Pachobut", "Почобут", "Zolatava", "Золотова Марина", "Ziankovich", "Зенкович", "Dziadok", "Дедок",
  "Pushkin", "Пушкін Алесь", "Sharenda", "Шаренда", "Savitskaya", "Савицкая", "Tsyhankou", "Цыганков",
  "Radzivonau", "Родионов", "Dubau", "Дубова", "Matskevich", "Мацкевич", "Khadakou", "Ходаков", "Barankou",
  "Vasilevich", "Piatrou", "Петров", "Sidarau", "Grits", "Грыцук", "Klimovich", "Palchys", "Yurchenko",
}

local M = {}

function M.all()
  return queries
end

-- The queries of exactly n words (split at spaces, as the service's words are for these names).
function M.of_words(n)
  local found = {}
  for _, q in ipairs(queries) do
    local words = 0
    for _ in q:gmatch("%S+") do words = words + 1 end
    if words == n then found[#found + 1] = q end
  end
  return found
end

function M.paths(list)
  local c = require("common")
  local paths = {}
  for i, q in ipairs(list) do
    paths[i] = "/api/v1/persons?limit=20&q=" .. c.urlencode(q)
  end
  return paths
end

return M
