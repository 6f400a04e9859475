/*
 * The returns report through the C API: the shared fixture (tests/fixtures/report) gives
 * Rust's bytes, the reports of three shards merge to the same bytes, and errors name the
 * record and field.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define LEN(s) (s), strlen(s)

/* The report of documents (JSON Lines), or NULL after a failed check. */
static char *report_of(const char *documents, size_t len, const char *orders, const char *name) {
    char *out = NULL;
    if (!check_ok(rk_report(documents, len, orders, orders ? strlen(orders) : 0, &out), name)) {
        return NULL;
    }
    return out;
}

/* Where the `n`th line (from 0) of `text` starts; its end when it has fewer lines. */
static const char *line_start(const char *text, int n) {
    while (n > 0 && *text) {
        if (*text++ == '\n') {
            n--;
        }
    }
    return text;
}

void run_report_tests(void) {
    size_t documents_len = 0, orders_len = 0, expected_len = 0;
    char *documents = read_repo_file("tests/fixtures/report/documents.jsonl", &documents_len);
    char *orders = read_repo_file("tests/fixtures/report/orders.jsonl", &orders_len);
    char *expected = read_repo_file("tests/fixtures/report/expected.json", &expected_len);
    if (!check(documents && orders && expected, "report fixture files read", NULL)) {
        free(documents);
        free(orders);
        free(expected);
        return;
    }
    /* expected.json ends with a newline that is not part of the answer. */
    expected[strcspn(expected, "\n")] = '\0';

    char *whole = report_of(documents, documents_len, orders, "rk_report of the fixture");
    check(whole && strcmp(whole, expected) == 0, "rk_report gives Rust's bytes", whole);

    /* Three uneven shards: lines 0-6, 7-36, 37-59; the orders with the middle one. */
    const char *cut1 = line_start(documents, 7), *cut2 = line_start(documents, 37);
    char *a = report_of(documents, (size_t)(cut1 - documents), NULL, "shard 1");
    char *b = report_of(cut1, (size_t)(cut2 - cut1), orders, "shard 2");
    char *c = report_of(cut2, strlen(cut2), NULL, "shard 3");
    if (a && b && c) {
        char *reports = format("[%s,%s,%s]", c, a, b);
        char *merged = NULL;
        if (check_ok(rk_report_merge(LEN(reports), &merged), "rk_report_merge")) {
            check(strcmp(merged, expected) == 0, "three shards merge to the single pass", merged);
        }
        rk_string_free(merged);
        free(reports);
    }

    char *out = NULL;
    check_error(rk_report(LEN("[{\"schema_version\": 2, \"rma\": {\"id\": 7}}]"), NULL, 0, &out),
                RK_ERROR_CODE_PARSE, "documents[0].rma.id", "a bad document is named");
    check_error(rk_report(LEN("\n{\"schema_version\": 9}\n"), NULL, 0, &out),
                RK_ERROR_CODE_UNSUPPORTED_VERSION, "line 2.schema_version",
                "a JSON Lines record is named by its line");
    check_error(rk_report_merge(LEN("[{\"schema_version\": 2}]"), &out), RK_ERROR_CODE_PARSE,
                "reports[0].schema_version", "a report of another version is refused");
    check_error(rk_report(NULL, 0, NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "documents",
                "rk_report refuses NULL documents");
    check_error(rk_report_merge(NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "reports",
                "rk_report_merge refuses NULL");

    rk_string_free(a);
    rk_string_free(b);
    rk_string_free(c);
    rk_string_free(whole);
    free(documents);
    free(orders);
    free(expected);
}
