#!/usr/bin/env python3
"""Writes a synthetic register CSV in the shape of the import issue (Viasna export columns),
N rows (default 10000), to stdout. Deterministic (seeded), so that runs compare.

    bench/generate-register.py 10000 > /tmp/register-10k.csv
    bench/generate-register.py 23000 bench 4000 > /tmp/register-100mb.csv   # a 4,000-character description a row
"""
import csv
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
SCHEME = sys.argv[2] if len(sys.argv) > 2 else "bench"
DESCRIPTION = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rng = random.Random(20201809)
GIVEN = ["Ales", "Maryia", "Ihar", "Volha", "Siarhei", "Katsiaryna", "Pavel", "Nasta", "Dzmitry", "Iryna"]
FAMILY = ["Bialiatski", "Kalesnikava", "Losik", "Babaryka", "Tsikhanouski", "Znak", "Puzikava", "Kuznechyk"]
GIVEN_BE = ["Алесь", "Марыя", "Ігар", "Вольга", "Сяргей", "Кацярына", "Павел", "Наста", "Дзмітрый", "Ірына"]
ARTICLES = ["ч. 2 ст. 342 УК", "Part 2 of Art. 293 of the Criminal Code — Participation in riots", "Art. 361-1",
            "342 ч.1", "Part 1 of Article 13 and Article 293", "ст. 130", "ч. 1 ст. 339"]
TYPES = ["imprisonment in a medium-security penal colony", "imprisonment in a general-regime penal colony",
         "imprisonment in a high security prison", "restriction of freedom", "suspended imprisonment",
         "home confinement"]
REGIONS = ["Minsk", "Homiel", "Brest", "Hrodna", "Viciebsk", "Mahilioŭ"]

WORDS = ["detained", "after", "the", "protest", "in", "court", "sentenced", "colony", "letters", "family", "health"]


def description(i):
    """A text of DESCRIPTION characters (deterministic, varied so that nothing compresses it away)."""
    words = []
    length = 0
    while length < DESCRIPTION:
        words.append(f"{rng.choice(WORDS)}{i % 97}")
        length += len(words[-1]) + 1
    return " ".join(words)[:DESCRIPTION]


out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["id", "name", "name_be", "gender", "birthday", "region", "occupation", "status", "arrested",
              "release_date", "prison/title", "articles/0", "articles/1", "court", "judge", "verdict_date",
              "decision", "penalty", "recognized_on", "tags", "url", "photo"] + (["description"] if DESCRIPTION else []))
for i in range(1, N + 1):
    g = rng.randrange(len(GIVEN))
    family = FAMILY[rng.randrange(len(FAMILY))]
    arrested_year = rng.choice([2020, 2021, 2022, 2023])
    arrested = f"{arrested_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sentenced = rng.random() < 0.7
    verdict = f"{arrested_year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if sentenced else ""
    years = rng.randint(1, 12)
    decision = (f"{years} years" if rng.random() < 0.7 else f"{years} years {rng.randint(1, 11)} months") if sentenced else ""
    former = rng.random() < 0.4
    release = f"{arrested_year + 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if former else ""
    if release and release > "2025-12-31":
        release = ""
    out.writerow([
        i, f"{GIVEN[g]} {family} {i}", f"{GIVEN_BE[g]} {i}", "m" if g % 2 == 0 else "f",
        str(rng.randint(1950, 2003)), rng.choice(REGIONS), "engineer" if i % 3 else "",
        "former" if former else "active", arrested, release, f"Penal colony No. {rng.randint(1, 22)}",
        rng.choice(ARTICLES), rng.choice(ARTICLES) if rng.random() < 0.3 else "", "Minsk City Court" if sentenced else "",
        "Ivanov, Petrov" if sentenced else "", verdict, decision, rng.choice(TYPES) if sentenced else "",
        f"{arrested_year}-{rng.randint(1, 12):02d}" if rng.random() < 0.9 else "", "bench|synthetic",
        f"https://example.org/prisoner/{i}", "FALSE"] + ([description(i)] if DESCRIPTION else []))
