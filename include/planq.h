/*
 * planq.h: the C API of planq, a query language for council plan data.
 *
 * Link with libplanqc (built by `swift build`: .build/debug/libplanqc.so or
 * .build/release/libplanqc.so). Model: SQLite's prepare/bind/step.
 *
 *   planq_engine *db = planq_open();
 *   planq_register_csv(db, "budgets", csv, strlen(csv));
 *   planq_query *q;
 *   if (planq_prepare(db, "param year = FY2008/09\n"
 *                         "from budgets | where fy == year", &q) != PLANQ_OK)
 *       fprintf(stderr, "%s\n", planq_error_rendered(db));
 *   planq_bind_fy(q, "year", 2009);
 *   planq_result *r;
 *   if (planq_execute(q, &r) == PLANQ_OK) {
 *       puts(planq_result_render(r, "json"));
 *       planq_result_free(r);
 *   }
 *   planq_query_free(q);
 *   planq_close(db);
 *
 * Threads: an engine and its queries and results are used by one thread at a time
 * (a call made while another thread is inside the same engine returns PLANQ_MISUSE).
 * planq_interrupt() is the exception: call it from any thread to stop the running query.
 *
 * Strings returned by the API are owned by the engine or result they came from: they
 * stay valid until the next call that returns the same kind of string on that object,
 * or until the object is freed. Copy them to keep them.
 */
#ifndef PLANQ_H
#define PLANQ_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this API (bumped when a function changes). */
#define PLANQ_API_VERSION 1
int planq_api_version(void);

/* Status codes. */
#define PLANQ_OK 0
#define PLANQ_ERROR 1   /* the source or data is wrong: see planq_error_*() */
#define PLANQ_LIMIT 2   /* a file the policy refuses, a limit passed, a cancelled query */
#define PLANQ_MISUSE 3  /* a NULL argument, a wrong index, two threads in one engine */

typedef struct planq_engine planq_engine;
typedef struct planq_query planq_query;
typedef struct planq_result planq_result;

/* Engines. planq_open() reads no files; planq_open_with_files() reads files only
 * inside the given directories (after resolving `..` and symbolic links). */
planq_engine *planq_open(void);
planq_engine *planq_open_with_files(const char *const *directories, size_t count);
void planq_close(planq_engine *engine);

/* Limits: 0 or less removes a limit. Each applies to every later run. */
int planq_set_max_rows(planq_engine *engine, int64_t rows);
int planq_set_max_memory(planq_engine *engine, int64_t bytes);
int planq_set_timeout_ms(planq_engine *engine, int64_t milliseconds);
int planq_set_max_nesting(planq_engine *engine, int depth);
/* Whether snippets may `import` modules (default: yes, through the file policy). */
int planq_allow_import(planq_engine *engine, int allow);
/* Removes a built-in function (and its aliases) from this engine. */
int planq_remove_function(planq_engine *engine, const char *name);

/* Tables. Data is copied and typed at once (loader findings become warnings);
 * planq_register_file() reads the file through the policy when a query needs it. */
int planq_register_csv(planq_engine *engine, const char *name, const char *data, size_t length);
int planq_register_json(planq_engine *engine, const char *name, const char *data, size_t length); /* JSON array or JSON Lines */
int planq_register_file(planq_engine *engine, const char *name, const char *path);
/* Definitions (`fn`, `let`) every later run sees. */
int planq_define(planq_engine *engine, const char *source);

/* Queries: parsed and checked once, run many times. */
int planq_prepare(planq_engine *engine, const char *source, planq_query **query_out);
/* The same, declaring parameters the source uses without a `param` statement, each with
 * a first value written as a planq literal ("2000", "1639.80", "\"Youth\"", "FY2008/09",
 * "@2009-03-31"), which fixes its type. */
int planq_prepare_with_params(planq_engine *engine, const char *source, const char *const *names,
                              const char *const *literals, size_t count, planq_query **query_out);
/* Parameters: the source's `param` statements. Text is converted to the parameter's
 * type (planq_bind_text(q, "year", "2009/10") for a financial year). */
int planq_bind_int(planq_query *query, const char *name, int64_t value);
int planq_bind_double(planq_query *query, const char *name, double value);
int planq_bind_bool(planq_query *query, const char *name, int value);
int planq_bind_text(planq_query *query, const char *name, const char *value);
int planq_bind_decimal(planq_query *query, const char *name, const char *digits); /* exact: "1639.80" */
int planq_bind_date(planq_query *query, const char *name, int year, int month, int day);
int planq_bind_fy(planq_query *query, const char *name, int start_year);         /* 2008: FY2008/09 */
int planq_bind_null(planq_query *query, const char *name);
int planq_clear_bindings(planq_query *query);
int planq_execute(planq_query *query, planq_result **result_out);
void planq_query_free(planq_query *query);
/* Parse and run in one call: the last table the source produces. */
int planq_run(planq_engine *engine, const char *source, planq_result **result_out);

/* Stops the engine's running query (PLANQ_LIMIT, "query cancelled"). Any thread. */
void planq_interrupt(planq_engine *engine);

/* Results. */
int64_t planq_result_row_count(const planq_result *result);
int planq_result_column_count(const planq_result *result);
const char *planq_result_column_name(planq_result *result, int column);
/* "int", "decimal", "float", "text", "bool", "date", "month", "fy", "list" or "null". */
const char *planq_result_column_type(planq_result *result, int column);
/* The whole table as text: "json", "jsonl", "csv", "tsv", "markdown" or "table". */
const char *planq_result_render(planq_result *result, const char *format);
/* One cell. is_null: 1 for null. int: whole numbers and booleans (0 otherwise).
 * double: any number. text: any value as planq writes it in CSV ("2008/09"). */
int planq_result_is_null(const planq_result *result, int64_t row, int column);
int64_t planq_result_int(const planq_result *result, int64_t row, int column);
double planq_result_double(const planq_result *result, int64_t row, int column);
const char *planq_result_text(planq_result *result, int64_t row, int column);
/* Whole columns, row_count entries each (NULL when the column is not of that kind):
 * int (and bool) columns as int64; int, decimal and float columns as double; decimal
 * columns exactly as int64 units with *scale digits after the point; the null flags. */
const int64_t *planq_result_int_column(planq_result *result, int column);
const double *planq_result_double_column(planq_result *result, int column);
const int64_t *planq_result_decimal_column(planq_result *result, int column, int *scale);
const uint8_t *planq_result_null_column(planq_result *result, int column);
void planq_result_free(planq_result *result);

/* The last error of the engine (or of a query or result made from it): NULL / 0 when
 * the last call succeeded. Line and column are 1-based; 0 when the error has no place
 * in the source (a refused file, a cancelled query). */
const char *planq_error_message(planq_engine *engine);
const char *planq_error_kind(planq_engine *engine); /* "syntax", "name", "type", "runtime", "data", "io", "usage", "limit" */
int planq_error_line(const planq_engine *engine);
int planq_error_column(const planq_engine *engine);
/* Every error, rendered as planq prints it: "file:line:col: error: ..." with the source
 * line, a caret and hints. */
const char *planq_error_rendered(planq_engine *engine);

/* The warnings of the last call (a join that multiplied rows, loader findings). */
int planq_warning_count(const planq_engine *engine);
const char *planq_warning(planq_engine *engine, int index);

/* Problems in source without running it, for editors: a JSON array of
 * {"severity", "kind", "message", "line", "column", "end_line", "end_column", "hints"}
 * (line and friends null when there is no position). */
const char *planq_validate(planq_engine *engine, const char *source);

#ifdef __cplusplus
}
#endif

#endif /* PLANQ_H */
