/* Shared helpers of the C tests: counting checks, and calling the API with its conventions. */
#ifndef RK_TEST_HARNESS_H
#define RK_TEST_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "returnkit.h"

extern int tests_passed;
extern int tests_failed;

/* Records one check; prints the failure (with `detail` when given). Returns `ok`. */
int check(int ok, const char *name, const char *detail);

/* Checks that a call succeeded, printing its error otherwise; frees the error. */
int check_ok(RkError *err, const char *name);

/* Checks that a call failed with `code` on `field` (any field when NULL); frees the error. */
int check_error(RkError *err, uint32_t code, const char *field, const char *name);

/* The repository root (argv[1]), and a file under it read whole (NULL on failure). */
extern const char *repo_root;
char *read_repo_file(const char *relative, size_t *len);

/* A malloc'ed string built with printf formatting. */
char *format(const char *fmt, ...);

/* Whether `haystack` contains `needle`. */
int contains(const char *haystack, const char *needle);

void run_api_tests(void);
void run_fixture_tests(void);
void run_report_tests(void);

#endif
