WITH
  "from_budgets_1" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      CAST(ROUND("fte" * 10) AS INTEGER) AS "fte",
      CAST(ROUND("gross" * 10) AS INTEGER) AS "gross",
      CAST(ROUND("external_income" * 10) AS INTEGER) AS "external_income",
      CAST(ROUND("controllable" * 10) AS INTEGER) AS "controllable",
      "_planq_row" AS "planq_o"
    FROM "budgets"
  ),
  "sort_2" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      ROW_NUMBER() OVER (ORDER BY "unit" NULLS LAST, "year" NULLS LAST, "planq_o" NULLS LAST) AS "planq_o"
    FROM "from_budgets_1"
  ),
  "group_3" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "planq_o",
      "unit" AS "planq_g0",
      MIN("planq_o") OVER (PARTITION BY "unit") AS "planq_go"
    FROM "sort_2"
  ),
  "window_4" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      LAG("gross", 1) OVER (PARTITION BY "planq_g0" ORDER BY "planq_o" NULLS LAST) AS "_w0",
      "planq_o",
      "planq_g0",
      "planq_go"
    FROM "group_3"
  ),
  "select_5" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "_w0" AS "prev",
      "planq_o",
      "planq_g0",
      "planq_go"
    FROM "window_4"
  ),
  "window_6" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "prev",
      SUM("gross") OVER (PARTITION BY "planq_g0" ORDER BY "planq_o" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "_w0",
      "planq_o",
      "planq_g0",
      "planq_go"
    FROM "select_5"
  ),
  "select_7" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "prev",
      "_w0" AS "running",
      "planq_o",
      "planq_g0",
      "planq_go"
    FROM "window_6"
  ),
  "group_8" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "prev",
      "running",
      ROW_NUMBER() OVER (ORDER BY "planq_go" NULLS LAST, "planq_o" NULLS LAST) AS "planq_o"
    FROM "select_7"
  )
SELECT
  "unit",
  "directorate",
  "year",
  "line_item",
  "fte",
  "gross",
  "external_income",
  "controllable",
  "prev",
  "running"
FROM "group_8"
ORDER BY "planq_o" NULLS LAST;
