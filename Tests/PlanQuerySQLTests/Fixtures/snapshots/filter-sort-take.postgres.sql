WITH
  "from_kpis_1" AS (
    SELECT
      "unit",
      "directorate",
      "code",
      "indicator",
      "period",
      "measure",
      "value",
      "_planq_row" AS "planq_o"
    FROM "kpis"
  ),
  "where_2" AS (
    SELECT *
    FROM "from_kpis_1"
    WHERE ("period" IS NOT DISTINCT FROM 2007) AND ("measure" IS NOT DISTINCT FROM 'estimate')
  ),
  "select_3" AS (
    SELECT "directorate", "code", "value", "planq_o"
    FROM "where_2"
  ),
  "sort_4" AS (
    SELECT
      "directorate",
      "code",
      "value",
      ROW_NUMBER() OVER (ORDER BY "directorate" COLLATE "C" NULLS LAST, "value" DESC NULLS LAST, "planq_o" NULLS LAST) AS "planq_o"
    FROM "select_3"
  ),
  "take_5" AS (
    SELECT *
    FROM "sort_4"
    ORDER BY "planq_o" NULLS LAST
    LIMIT 20
  )
SELECT "directorate", "code", "value"
FROM "take_5"
ORDER BY "planq_o" NULLS LAST;
