/*
 * A tiny JSON reader for the C tests: parses a document into a tree that remembers each
 * value's span in the source text (so that a fixture's "order" can be forwarded verbatim),
 * and matches an expected tree against an actual one by the fixtures' subset rule.
 */
#ifndef RK_TEST_JSON_H
#define RK_TEST_JSON_H

#include <stddef.h>

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_type;

typedef struct json_value {
    json_type type;
    const char *start; /* span of the value in the source text */
    size_t len;
    char *text;        /* JSON_STRING: the decoded string; JSON_NUMBER: the lexeme */
    int boolean;       /* JSON_BOOL */
    size_t count;      /* JSON_ARRAY, JSON_OBJECT: number of items */
    struct json_value *items;
    char **keys;       /* JSON_OBJECT: decoded keys, parallel to items */
} json_value;

/* Parses `len` bytes of `text`; NULL on malformed JSON, with the reason in `why`. The tree
 * points into `text`, which must outlive it. Free with json_free. */
json_value *json_parse(const char *text, size_t len, char *why, size_t why_len);

void json_free(json_value *value);

/* The member `key` of an object, or NULL. */
const json_value *json_get(const json_value *object, const char *key);

/* Whether `expected` is contained in `actual`: every key of an expected object is in the
 * actual object with a matching value, arrays have the same length and match element by
 * element, and scalars are equal (numbers by value). With `null_matches_missing`, an expected
 * null also matches an absent key (the decide fixtures' rule). On a mismatch, returns 0 and
 * writes the path and the reason to `why`. */
int json_subset(const json_value *expected, const json_value *actual, int null_matches_missing,
                char *why, size_t why_len);

/* Reads a whole file; NULL when it can't. Free with free(). */
char *read_file(const char *path, size_t *len);

#endif
