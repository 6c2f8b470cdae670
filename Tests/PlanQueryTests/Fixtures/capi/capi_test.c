/* Exercises include/planq.h end to end; run by CAPITests. Prints one line per check
 * ("ok NAME" or "FAIL NAME: why") and exits non-zero when any check fails. */
#include "planq.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int failures = 0;

static void check(int ok, const char *name, const char *why) {
    if (ok) printf("ok %s\n", name);
    else { printf("FAIL %s: %s\n", name, why ? why : "(no detail)"); failures++; }
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static const char *budgets_csv =
    "unit,fy,gross\n"
    "Libraries,2008/09,1639.80\n"
    "Youth,2008/09,8923.40\n"
    "Libraries,2009/10,1700.20\n";

struct cancel_job { planq_engine *db; double cancelled_at; };

static void *cancel_later(void *arg) {
    struct cancel_job *job = arg;
    usleep(60 * 1000);
    job->cancelled_at = now_ms();
    planq_interrupt(job->db);
    return NULL;
}

int main(void) {
    check(planq_api_version() == PLANQ_API_VERSION, "api_version", NULL);

    planq_engine *db = planq_open();
    check(db != NULL, "open", NULL);
    check(planq_register_csv(db, "budgets", budgets_csv, strlen(budgets_csv)) == PLANQ_OK, "register_csv", planq_error_rendered(db));
    const char *targets = "[{\"unit\":\"Libraries\",\"target\":1650},{\"unit\":\"Youth\",\"target\":9000}]";
    check(planq_register_json(db, "targets", targets, strlen(targets)) == PLANQ_OK, "register_json", planq_error_rendered(db));

    /* prepare once, bind, execute twice */
    planq_query *q = NULL;
    int rc = planq_prepare(db, "param year = FY2008/09\nfrom budgets | where fy == year | summarize gross = sum(gross)", &q);
    check(rc == PLANQ_OK && q != NULL, "prepare", planq_error_rendered(db));
    planq_result *r = NULL;
    check(planq_execute(q, &r) == PLANQ_OK, "execute", planq_error_rendered(db));
    check(planq_result_row_count(r) == 1 && planq_result_column_count(r) == 1, "shape", NULL);
    check(strcmp(planq_result_column_name(r, 0), "gross") == 0, "column_name", planq_result_column_name(r, 0));
    check(strcmp(planq_result_column_type(r, 0), "decimal") == 0, "column_type", planq_result_column_type(r, 0));
    check(strcmp(planq_result_text(r, 0, 0), "10563.20") == 0, "text_cell", planq_result_text(r, 0, 0));
    int scale = -1;
    const int64_t *units = planq_result_decimal_column(r, 0, &scale);
    check(units != NULL && units[0] == 1056320 && scale == 2, "decimal_column", NULL);
    /* JSON writes a decimal at its own scale; the column keeps scale 2 (above) */
    check(strcmp(planq_result_render(r, "json"), "[{\"gross\":10563.2}]\n") == 0, "render_json", planq_result_render(r, "json"));
    planq_result_free(r);
    check(planq_bind_fy(q, "year", 2009) == PLANQ_OK, "bind_fy", planq_error_rendered(db));
    check(planq_execute(q, &r) == PLANQ_OK && strcmp(planq_result_text(r, 0, 0), "1700.20") == 0, "rerun", planq_error_rendered(db));
    planq_result_free(r);
    check(planq_bind_text(q, "year", "2008/09") == PLANQ_OK, "bind_text_converts", planq_error_rendered(db));
    check(planq_execute(q, &r) == PLANQ_OK && strcmp(planq_result_text(r, 0, 0), "10563.20") == 0, "rerun_text", NULL);
    planq_result_free(r);
    check(planq_bind_int(q, "year", 2009) == PLANQ_ERROR, "bind_wrong_type", NULL);
    check(strcmp(planq_error_message(db), "parameter `year` is fy, not int 2009") == 0, "bind_wrong_type_message", planq_error_message(db));
    check(planq_bind_int(q, "nosuch", 1) == PLANQ_ERROR, "bind_unknown", NULL);
    planq_query_free(q);

    /* one-shot run, column arrays */
    rc = planq_run(db, "from budgets | join targets on unit | derive over = gross - target | sort unit, fy | select unit, target, over", &r);
    check(rc == PLANQ_OK, "run", planq_error_rendered(db));
    check(planq_result_row_count(r) == 3, "run_rows", NULL);
    const int64_t *target = planq_result_int_column(r, 1);
    check(target != NULL && target[0] == 1650 && target[2] == 9000, "int_column", NULL);
    const double *over = planq_result_double_column(r, 2);
    check(over != NULL && over[0] < -10.19 && over[0] > -10.21, "double_column", NULL);
    const uint8_t *nulls = planq_result_null_column(r, 2);
    check(nulls != NULL && nulls[0] == 0, "null_column", NULL);
    check(planq_result_int_column(r, 0) == NULL, "int_column_of_text_is_null", NULL);
    check(planq_result_render(r, "xml") == NULL, "unknown_format", NULL);
    planq_result_free(r);

    /* errors carry kind, line and column */
    rc = planq_run(db, "from budgets\n| where gros > 1", &r);
    check(rc == PLANQ_ERROR && r == NULL, "error_status", NULL);
    check(strcmp(planq_error_kind(db), "name") == 0, "error_kind", planq_error_kind(db));
    check(planq_error_line(db) == 2 && planq_error_column(db) == 9, "error_position", NULL);
    check(strstr(planq_error_rendered(db), "hint: did you mean `gross`?") != NULL, "error_rendered", planq_error_rendered(db));
    check(strcmp(planq_error_message(db), "no column `gros`") == 0, "error_message", planq_error_message(db));
    rc = planq_run(db, "from budgets | take 1", &r);
    check(rc == PLANQ_OK && planq_error_message(db) == NULL && planq_error_line(db) == 0, "error_cleared", NULL);
    planq_result_free(r);

    /* the file policy: a new engine reads no files */
    rc = planq_run(db, "from \"/etc/passwd\"", &r);
    check(rc == PLANQ_LIMIT && strcmp(planq_error_kind(db), "limit") == 0, "policy_refuses", planq_error_rendered(db));
    check(planq_register_file(db, "secret", "/etc/passwd") == PLANQ_OK, "register_file_lazy", NULL);
    check(planq_run(db, "from secret", &r) == PLANQ_LIMIT, "registered_file_refused", planq_error_rendered(db));
    rc = planq_run(db, "import \"/etc/passwd\"", &r);
    check(rc == PLANQ_LIMIT, "import_refused", planq_error_rendered(db));

    /* limits */
    check(planq_set_max_rows(db, 2) == PLANQ_OK, "set_max_rows", NULL);
    check(planq_run(db, "from budgets", &r) == PLANQ_LIMIT, "max_rows", planq_error_rendered(db));
    check(strstr(planq_error_message(db), "more than the row limit of 2") != NULL, "max_rows_message", planq_error_message(db));
    planq_set_max_rows(db, 0);
    planq_set_max_memory(db, 1024);
    check(planq_run(db, "lpad(\"x\", 100000)", &r) == PLANQ_LIMIT, "max_memory", planq_error_rendered(db));
    planq_set_max_memory(db, 0);
    planq_allow_import(db, 0);
    check(planq_run(db, "import \"x\"", &r) == PLANQ_LIMIT && strstr(planq_error_message(db), "not allowed") != NULL, "no_import", planq_error_message(db));
    check(planq_remove_function(db, "upper") == PLANQ_OK, "remove_function", NULL);
    check(planq_run(db, "upper(\"x\")", &r) == PLANQ_ERROR, "removed_function_unknown", NULL);
    check(planq_remove_function(db, "upper") == PLANQ_ERROR, "remove_missing_function", NULL);
    check(planq_define(db, "fn pounds(x) = x * 1000") == PLANQ_OK, "define", planq_error_rendered(db));
    check(planq_run(db, "pounds(2)", &r) == PLANQ_OK && planq_result_int(r, 0, 0) == 2000, "defined_function", planq_error_rendered(db));
    planq_result_free(r);

    /* warnings */
    const char *dupes = "unit\nYouth\nYouth\n";
    planq_register_csv(db, "dupes", dupes, strlen(dupes));
    check(planq_run(db, "from budgets | join dupes on unit", &r) == PLANQ_OK, "warning_run", NULL);
    check(planq_warning_count(db) == 1 && strstr(planq_warning(db, 0), "join multiplied rows") != NULL, "warning", NULL);
    planq_result_free(r);

    /* validate for editors */
    const char *v = planq_validate(db, "from budgets | where gros > 1");
    check(v != NULL && strstr(v, "\"message\":\"no column `gros`\"") && strstr(v, "\"line\":1,\"column\":22"), "validate", v);
    check(strcmp(planq_validate(db, "from budgets"), "[]") == 0, "validate_clean", NULL);

    /* misuse */
    check(planq_run(NULL, "1", &r) == PLANQ_MISUSE, "misuse_null_engine", NULL);
    check(planq_run(db, NULL, &r) == PLANQ_MISUSE, "misuse_null_source", NULL);
    check(planq_result_text(NULL, 0, 0) == NULL && planq_result_row_count(NULL) == 0, "misuse_null_result", NULL);

    /* interrupt from another thread */
    char *big = malloc(6000 * 4 + 8);
    strcpy(big, "k\n");
    for (int i = 0; i < 6000; i++) strcat(big + strlen(big) - 0, "1\n");
    planq_register_csv(db, "same", big, strlen(big));
    free(big);
    struct cancel_job job = { db, 0 };
    pthread_t t;
    pthread_create(&t, NULL, cancel_later, &job);
    rc = planq_run(db, "from same | join same on k | summarize n = count()", &r);
    double latency = now_ms() - job.cancelled_at;
    pthread_join(t, NULL);
    check(rc == PLANQ_LIMIT && strcmp(planq_error_message(db), "query cancelled") == 0, "interrupt", planq_error_rendered(db));
    char lat[64];
    snprintf(lat, sizeof lat, "%.1f ms", latency);
    check(latency < 100, "interrupt_latency", lat);
    printf("interrupt latency %.1f ms\n", latency);

    planq_close(db);

    /* an engine with a directory */
    char dir[] = "/tmp/planq-capi-XXXXXX";
    if (mkdtemp(dir)) {
        char path[256];
        snprintf(path, sizeof path, "%s/open.csv", dir);
        FILE *f = fopen(path, "w");
        fputs("a\n1\n2\n", f);
        fclose(f);
        const char *dirs[] = { dir };
        planq_engine *files = planq_open_with_files(dirs, 1);
        char src[512];
        snprintf(src, sizeof src, "from \"%s\" | summarize n = count()", path);
        check(planq_run(files, src, &r) == PLANQ_OK && planq_result_int(r, 0, 0) == 2, "allowed_directory", planq_error_rendered(files));
        planq_result_free(r);
        check(planq_run(files, "from \"/etc/passwd\"", &r) == PLANQ_LIMIT, "outside_directory", NULL);
        planq_close(files);
        remove(path);
        rmdir(dir);
    }

    printf("%d failures\n", failures);
    return failures == 0 ? 0 : 1;
}
