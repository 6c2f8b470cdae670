WITH
  "from_budgets_1" AS (
    SELECT
      "unit",
      "directorate",
      "year",
      "line_item",
      "fte",
      "gross",
      "external_income",
      "controllable",
      "_planq_row" AS "planq_o"
    FROM "budgets"
  ),
  "pivot_2" AS (
    SELECT
      "directorate",
      SUM(CASE WHEN "year" IS NOT DISTINCT FROM 2007 THEN "gross" END) AS "2007/08",
      SUM(CASE WHEN "year" IS NOT DISTINCT FROM 2008 THEN "gross" END) AS "2008/09",
      MIN("planq_o") AS "planq_o"
    FROM "from_budgets_1"
    GROUP BY "directorate"
  )
SELECT "directorate", "2007/08", "2008/09"
FROM "pivot_2"
ORDER BY "planq_o" NULLS LAST;
