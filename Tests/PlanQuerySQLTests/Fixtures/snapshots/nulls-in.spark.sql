WITH
  `from_kpis_1` AS (
    SELECT
      `unit`,
      `directorate`,
      `code`,
      `indicator`,
      `period`,
      `measure`,
      `value`,
      `_planq_row` AS `planq_o`
    FROM `kpis`
  ),
  `where_2` AS (
    SELECT *
    FROM `from_kpis_1`
    WHERE ((`code` IS NOT DISTINCT FROM 'NI 9') OR (`code` IS NOT DISTINCT FROM NULL)) OR (`value` IS NOT DISTINCT FROM NULL)
  ),
  `select_3` AS (
    SELECT
      `unit`,
      `directorate`,
      `code`,
      `indicator`,
      `period`,
      `measure`,
      `value`,
      CAST(`value` AS DOUBLE) / NULLIF(CAST(0 AS DOUBLE), 0) AS `r`,
      `planq_o`
    FROM `where_2`
  )
SELECT `unit`, `directorate`, `code`, `indicator`, `period`, `measure`, `value`, `r`
FROM `select_3`
ORDER BY `planq_o` NULLS LAST;
