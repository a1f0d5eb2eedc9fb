# Wijkmix's API from R, with base R, jsonlite and curl (Debian: r-base-core r-cran-jsonlite r-cran-curl;
# elsewhere install.packages(c("jsonlite", "curl"))).
#
#     Rscript docs/voorbeelden/wijkmix_api.R http://localhost:5000
#
# 1. The profile of Utrecht 2024 as the international CSV (comma, decimal point): read.csv(url).
# 2. The same profile as the Dutch CSV (semicolon, decimal comma, for Dutch Excel): read.csv2(url),
#    so both give the same numbers.
# 3. The map of Utrecht's wijken as JSON: jsonlite::fromJSON(url).
# 4. An unknown indicator: HTTP 400 with a problem document naming the parameter and the allowed values.
# CI runs this file against the running app (tests/Wijkmix.Web.Tests/ExamplesTests.cs).

args <- commandArgs(trailingOnly = TRUE)
base <- sub("/+$", "", if (length(args) > 0) args[1] else "http://localhost:5000")

# 1. Tidy long form: one row per area, role, year and variable.
profile <- read.csv(paste0(base, "/api/export/profile?area=GM0344&year=2024&format=csv"),
                    stringsAsFactors = FALSE, encoding = "UTF-8")
shown <- subset(profile, role == "area" & year == 2024 &
                  variable %in% c("inhabitants", "households_one_person_share"))
for (i in seq_len(nrow(shown))) {
  cat("profile", shown$area_code[i], shown$area_name[i], shown$year[i], shown$variable[i],
      format(shown$value[i], nsmall = 1), "\n")
}

# 2. The Dutch CSV: Dutch column names, semicolons and decimal commas; read.csv2 reads them as numbers.
dutch <- read.csv2(paste0(base, "/api/export/profile?area=GM0344&year=2024&format=csv-nl"),
                   stringsAsFactors = FALSE, fileEncoding = "UTF-8-BOM", check.names = FALSE)
numeric <- dutch[["Waarde"]]
cat("csv-nl rows", nrow(dutch), "same as csv", nrow(dutch) == nrow(profile),
    "numeric", is.numeric(numeric), "\n")
international <- profile$value[profile$role == "area" & profile$variable == "households_one_person_share" &
                                 profile$year == 2024]
cat("csv-nl households_one_person_share equal", any(abs(numeric - international) < 1e-9, na.rm = TRUE), "\n")

# 3. The map as JSON: the three largest wijken by inhabitants.
wijken <- jsonlite::fromJSON(paste0(base, "/api/map?area=GM0344&level=wijk&indicator=inhabitants&year=2024"))
areas <- wijken$areas
areas$inhabitants <- areas$value$value
largest <- head(areas[order(-areas$inhabitants), ], 3)
for (i in seq_len(nrow(largest))) {
  cat("map", largest$code[i], largest$name[i], largest$inhabitants[i], "\n")
}

# 4. A typo is refused, not silently answered with another indicator: curl returns the status and the
#    problem document (application/problem+json) that base R's url() would hide behind an error.
refusal <- curl::curl_fetch_memory(paste0(base, "/api/map?indicator=inwoners"))
problem <- jsonlite::fromJSON(rawToChar(refusal$content))
cat("refused", refusal$status_code, problem$parameter, problem$value, length(problem$allowed), "allowed\n")
