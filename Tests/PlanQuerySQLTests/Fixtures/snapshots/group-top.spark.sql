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
  `group_2` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      `planq_o`,
      `directorate` AS `planq_g0`,
      MIN(`planq_o`) OVER (PARTITION BY `directorate`) AS `planq_go`
    FROM `from_budgets_1`
  ),
  `sort_3` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      ROW_NUMBER() OVER (ORDER BY `gross` DESC NULLS LAST, `planq_o` NULLS LAST) AS `planq_o`,
      `planq_g0`,
      `planq_go`
    FROM `group_2`
  ),
  `take_4` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      `planq_o`,
      `planq_g0`,
      `planq_go`,
      ROW_NUMBER() OVER (PARTITION BY `planq_g0` ORDER BY `planq_o` NULLS LAST) AS `planq_rn`
    FROM `sort_3`
  ),
  `take_5` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      `planq_o`,
      `planq_g0`,
      `planq_go`
    FROM `take_4`
    WHERE `planq_rn` <= 1
  ),
  `group_6` AS (
    SELECT
      `unit`,
      `directorate`,
      `year`,
      `line_item`,
      `fte`,
      `gross`,
      `external_income`,
      `controllable`,
      ROW_NUMBER() OVER (ORDER BY `planq_go` NULLS LAST, `planq_o` NULLS LAST) AS `planq_o`
    FROM `take_5`
  ),
  `select_7` AS (
    SELECT `directorate`, `unit`, `gross`, `planq_o`
    FROM `group_6`
  )
SELECT `directorate`, `unit`, `gross`
FROM `select_7`
ORDER BY `planq_o` NULLS LAST;
