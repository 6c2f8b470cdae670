WITH
  `from_budgets_1` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      `_planq_row` AS `planq_o`
    FROM `budgets`
  ),
  `select_2` AS (
    SELECT `directorate`, `year`, `gross`, `planq_o`
    FROM `from_budgets_1`
  ),
  `total_3` AS (
    SELECT
      `directorate`,
      `year`,
      `gross`,
      `planq_o`,
      MIN(`planq_o`) OVER (PARTITION BY `directorate`) AS `planq_t0`
    FROM `select_2`
  ),
  `total_4` AS (
    SELECT `directorate`, `year`, `gross`, `planq_t0`, `planq_o`, 0 AS `planq_role`
    FROM `total_3`
    UNION ALL
    SELECT
      COALESCE(`directorate`, '') || ' subtotal' AS `directorate`,
      CAST(NULL AS INT) AS `year`,
      SUM(`gross`) AS `gross`,
      MIN(`planq_t0`) AS `planq_t0`,
      CAST(NULL AS BIGINT) AS `planq_o`,
      1 AS `planq_role`
    FROM `total_3`
    GROUP BY `directorate`
    UNION ALL
    SELECT
      'Total' AS `directorate`,
      CAST(NULL AS INT) AS `year`,
      CASE WHEN COUNT(*) = 0 THEN 0 ELSE SUM(`gross`) END AS `gross`,
      CAST(NULL AS BIGINT) AS `planq_t0`,
      CAST(NULL AS BIGINT) AS `planq_o`,
      2 AS `planq_role`
    FROM `total_3`
  ),
  `total_5` AS (
    SELECT
      `directorate`,
      `year`,
      `gross`,
      ROW_NUMBER() OVER (ORDER BY `planq_t0` NULLS LAST, `planq_o` NULLS LAST) AS `planq_o`,
      `planq_role`
    FROM `total_4`
  )
SELECT `directorate`, `year`, `gross`, `planq_role`
FROM `total_5`
ORDER BY `planq_o` NULLS LAST;
