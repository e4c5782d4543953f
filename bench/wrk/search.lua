-- Name search: realistic queries in several scripts and spellings, full names and single words.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or "bench/wrk") .. "/?.lua"
local c = require("common")
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
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/api/v1/persons?limit=20&q=" .. c.urlencode(q)
end
request = c.rotate(paths)
done = c.done("search ?q=")
