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
  "from_units_2" AS (
    SELECT "unit", "cabinet_member", "headcount", "_planq_row" AS "planq_o"
    FROM "units"
  ),
  "join_3" AS (
    SELECT
      l."unit",
      l."directorate",
      l."code",
      l."indicator",
      l."period",
      l."measure",
      l."value",
      r."cabinet_member",
      r."headcount",
      ROW_NUMBER() OVER (ORDER BY l."planq_o" NULLS LAST, r."planq_o" NULLS LAST) AS "planq_o"
    FROM "from_kpis_1" AS l
    LEFT JOIN "from_units_2" AS r ON l."unit" = r."unit"
  ),
  "select_4" AS (
    SELECT "unit", "code", "cabinet_member", "planq_o"
    FROM "join_3"
  )
SELECT "unit", "code", "cabinet_member"
FROM "select_4"
ORDER BY "planq_o" NULLS LAST;
