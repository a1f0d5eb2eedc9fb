#!/usr/bin/env python3
"""Wijkmix's API from Python, with the standard library only (no pandas needed).

    python3 docs/voorbeelden/wijkmix_api.py http://localhost:5000

1. The profile of Utrecht 2024 as the international CSV (comma, decimal point, no BOM): the same call
   works with pandas as  pandas.read_csv(url)  and in R as  read.csv(url).
2. The map of Utrecht's wijken as JSON.
3. An unknown indicator: HTTP 400 with a problem document naming the parameter and the allowed values.
CI runs this file against the running app (tests/Wijkmix.Web.Tests/ExamplesTests.cs).
"""
import csv
import io
import json
import sys
import urllib.error
import urllib.request

base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:5000"


def get(path):
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return response.read()


# 1. Tidy long form: one row per area, role, year and variable.
rows = list(csv.DictReader(io.StringIO(get("/api/export/profile?area=GM0344&year=2024&format=csv").decode("utf-8"))))
for row in rows:
    if row["role"] == "area" and row["year"] == "2024" and row["variable"] in ("inhabitants", "households_one_person_share"):
        print("profile", row["area_code"], row["area_name"], row["year"], row["variable"], float(row["value"]))

# 2. The map as JSON: the three largest wijken by inhabitants.
wijken = json.loads(get("/api/map?area=GM0344&level=wijk&indicator=inhabitants&year=2024"))
largest = sorted(wijken["areas"], key=lambda a: a["value"]["value"] or 0, reverse=True)[:3]
for area in largest:
    print("map", area["code"], area["name"], area["value"]["value"])

# 3. A typo is refused, not silently answered with another indicator.
try:
    get("/api/map?indicator=inwoners")
except urllib.error.HTTPError as error:
    problem = json.loads(error.read())
    print("refused", error.code, problem["parameter"], problem["value"], len(problem["allowed"]), "allowed")
