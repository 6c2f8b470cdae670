CREATE VIEW plan AS SELECT * FROM read_csv('/work/wt/perf/bench/data/plan_1e8.csv', header = true, auto_detect = false,
  columns = {'council': 'VARCHAR', 'directorate': 'VARCHAR', 'unit': 'VARCHAR',
             'indicator': 'VARCHAR', 'fiscal_year': 'VARCHAR', 'quarter': 'VARCHAR',
             'budget': 'DECIMAL(18,2)', 'actual': 'DECIMAL(18,2)', 'target': 'DECIMAL(18,2)'});
CREATE VIEW councils AS SELECT * FROM read_csv('/work/wt/perf/bench/data/councils.csv', header = true,
  auto_detect = false,
  columns = {'council': 'VARCHAR', 'region': 'VARCHAR', 'population': 'BIGINT'});
CREATE VIEW projects AS SELECT * FROM read_csv('/work/wt/perf/bench/data/projects.csv', header = true,
  auto_detect = false,
  columns = {'council': 'VARCHAR', 'project': 'VARCHAR', 'cost': 'DECIMAL(18,2)'});
SELECT directorate, sum(budget) AS total FROM plan GROUP BY directorate ORDER BY directorate;
