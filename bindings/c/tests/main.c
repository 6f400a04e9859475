/*
 * The C tests of returnkit's C API: every function, every error area, NULL and malformed
 * inputs, and every shared fixture (refund, decide, label) checked against its expected
 * figures. Usage: rk_tests REPO_ROOT. Prints `N passed, N failed` last; exits 1 on a failure.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

int tests_passed = 0;
int tests_failed = 0;
const char *repo_root = ".";

int check(int ok, const char *name, const char *detail) {
    if (ok) {
        tests_passed++;
    } else {
        tests_failed++;
        printf("FAIL %s%s%s\n", name, detail ? ": " : "", detail ? detail : "");
    }
    return ok;
}

int check_ok(RkError *err, const char *name) {
    char *detail = NULL;
    int ok = err == NULL;
    if (!ok) {
        detail = format("error %u %s", rk_error_code(err), rk_error_message(err));
    }
    check(ok, name, detail);
    free(detail);
    rk_error_free(err);
    return ok;
}

int check_error(RkError *err, uint32_t code, const char *field, const char *name) {
    char *detail = NULL;
    int ok = err != NULL && rk_error_code(err) == code &&
             (field == NULL || strcmp(rk_error_field(err), field) == 0) &&
             rk_error_message(err)[0] != '\0' && rk_error_kind(err)[0] != '\0';
    if (!ok) {
        detail = err ? format("expected %u on %s, got %u on '%s': %s", code, field ? field : "*",
                              rk_error_code(err), rk_error_field(err), rk_error_message(err))
                     : format("expected error %u, got success", code);
    }
    check(ok, name, detail);
    free(detail);
    rk_error_free(err);
    return ok;
}

char *format(const char *fmt, ...) {
    va_list ap;
    int n;
    char *buf;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return NULL;
    }
    buf = malloc((size_t)n + 1);
    if (!buf) {
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return buf;
}

int contains(const char *haystack, const char *needle) {
    return haystack != NULL && strstr(haystack, needle) != NULL;
}

char *read_repo_file(const char *relative, size_t *len) {
    char *path = format("%s/%s", repo_root, relative);
    char *text = path ? read_file(path, len) : NULL;
    free(path);
    return text;
}

int main(int argc, char **argv) {
    if (argc > 1) {
        repo_root = argv[1];
    }
    run_api_tests();
    run_fixture_tests();
    run_report_tests();
    printf("%d passed, %d failed\n", tests_passed, tests_failed);
    return tests_failed == 0 ? 0 : 1;
}
