WITH
  "from_kpis_1" AS (
    SELECT
      "unit",
      "directorate",
      "code",
      "indicator",
      "period",
      "measure",
      CAST(ROUND("value" * 100) AS INTEGER) AS "value",
      "_planq_row" AS "planq_o"
    FROM "kpis"
  ),
  "where_2" AS (
    SELECT *
    FROM "from_kpis_1"
    WHERE (("code" IS 'NI 9') OR ("code" IS NULL)) OR ("value" IS NULL)
  ),
  "select_3" AS (
    SELECT
      "unit",
      "directorate",
      "code",
      "indicator",
      "period",
      "measure",
      "value",
      (CAST("value" AS REAL) / 100.0) / NULLIF(CAST(0 AS REAL), 0) AS "r",
      "planq_o"
    FROM "where_2"
  )
SELECT "unit", "directorate", "code", "indicator", "period", "measure", "value", "r"
FROM "select_3"
ORDER BY "planq_o" NULLS LAST;
