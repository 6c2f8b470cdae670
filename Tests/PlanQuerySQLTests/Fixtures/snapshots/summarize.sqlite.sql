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
  "summarize_2" AS (
    SELECT
      "directorate",
      SUM(CASE WHEN "year" IS 2008 THEN "gross" END) AS "_a0",
      COUNT(*) AS "_a1",
      MIN("planq_o") AS "planq_o"
    FROM "from_budgets_1"
    GROUP BY "directorate"
  ),
  "select_3" AS (
    SELECT "directorate", "_a0" AS "now", "_a1" AS "n", "planq_o"
    FROM "summarize_2"
  ),
  "select_4" AS (
    SELECT
      "directorate",
      "now",
      "n",
      (CAST("now" AS REAL) / 10.0) / NULLIF(CAST(1000 AS REAL), 0) AS "share",
      "planq_o"
    FROM "select_3"
  )
SELECT "directorate", "now", "n", "share"
FROM "select_4"
ORDER BY "planq_o" NULLS LAST;
