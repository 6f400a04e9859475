/*
 * Every shared fixture under tests/fixtures/ (refund, decide, label, policy-summary) through the
 * C API,
 * matched against the fixture's own expected figures by the rule of the Rust runners:
 * `expected` is a subset of the answer; `expected_error` a subset of {code, kind, field,
 * message}; in decide fixtures an expected null also matches a missing key, and a fixture's
 * `answer` member goes into the input (`"answer": "compact"`). The RMA fixtures
 * (tests/fixtures/rma/v2) are matched byte for byte: each case's version 1 and version 2
 * documents, with its command, give its answer.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* The fixture files of a kind, sorted. */
static char **fixture_names(const char *kind, size_t *count) {
    char *dir_path = format("%s/tests/fixtures/%s", repo_root, kind);
    DIR *dir = dir_path ? opendir(dir_path) : NULL;
    struct dirent *entry;
    char **names = NULL;
    size_t n = 0, cap = 0, i, j;
    free(dir_path);
    *count = 0;
    if (!dir) {
        return NULL;
    }
    while ((entry = readdir(dir)) != NULL) {
        size_t len = strlen(entry->d_name);
        if (len < 6 || strcmp(entry->d_name + len - 5, ".json") != 0) {
            continue;
        }
        if (n == cap) {
            char **grown = realloc(names, (cap ? cap * 2 : 64) * sizeof *grown);
            if (!grown) {
                break;
            }
            names = grown;
            cap = cap ? cap * 2 : 64;
        }
        names[n] = format("%s", entry->d_name);
        if (names[n]) {
            n++;
        }
    }
    closedir(dir);
    for (i = 1; i < n; i++) {
        for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    }
    *count = n;
    return names;
}

/* Whether an error matches an expected_error object by the subset rule. */
static int error_matches(const RkError *err, const json_value *expected, char *why, size_t why_len) {
    size_t i;
    for (i = 0; i < expected->count; i++) {
        const char *key = expected->keys[i];
        const json_value *e = &expected->items[i];
        const char *actual = NULL;
        if (strcmp(key, "code") == 0) {
            if (e->type != JSON_NUMBER || strtoul(e->text, NULL, 10) != rk_error_code(err)) {
                snprintf(why, why_len, "error.code: expected %.*s, got %u (%s)", (int)e->len,
                         e->start, rk_error_code(err), rk_error_message(err));
                return 0;
            }
            continue;
        }
        if (strcmp(key, "kind") == 0) {
            actual = rk_error_kind(err);
        } else if (strcmp(key, "field") == 0) {
            actual = rk_error_field(err);
        } else if (strcmp(key, "message") == 0) {
            actual = rk_error_message(err);
        } else {
            snprintf(why, why_len, "error.%s: missing", key);
            return 0;
        }
        if (e->type != JSON_STRING || strcmp(e->text, actual) != 0) {
            snprintf(why, why_len, "error.%s: expected %.*s, got \"%s\"", key, (int)e->len,
                     e->start, actual);
            return 0;
        }
    }
    return 1;
}

/* Judges one call's outcome against the fixture's expected or expected_error. */
static int judge(const json_value *fixture, RkError *err, const char *out, int nulls, char *why,
                 size_t why_len) {
    const json_value *expected = json_get(fixture, "expected");
    const json_value *expected_error = json_get(fixture, "expected_error");
    int ok = 0;
    if ((expected == NULL) == (expected_error == NULL)) {
        snprintf(why, why_len, "a fixture needs exactly one of expected and expected_error");
    } else if (expected && err) {
        snprintf(why, why_len, "expected a result, got error %u on '%s': %s", rk_error_code(err),
                 rk_error_field(err), rk_error_message(err));
    } else if (expected_error && !err) {
        snprintf(why, why_len, "expected an error, got a result");
    } else if (expected_error) {
        ok = error_matches(err, expected_error, why, why_len);
    } else {
        json_value *actual = json_parse(out, strlen(out), why, why_len);
        ok = actual != NULL && json_subset(expected, actual, nulls, why, why_len);
        json_free(actual);
    }
    rk_error_free(err);
    return ok;
}

static const char *const LABEL_POLICY = "{\"name\": \"Label fixtures\", \"window\": {\"days\": 30}}";

/* The rate cards a fixture's `cards` names (paths from the repository's root), read and
 * joined into one JSON array; NULL, with the reason in `why`, when one can't be read. */
static char *join_cards(const json_value *cards, char *why, size_t why_len) {
    size_t i, len = 2;
    char *joined = malloc(len + 1);
    if (cards->type != JSON_ARRAY || !joined) {
        free(joined);
        snprintf(why, why_len, "cards must be an array of paths");
        return NULL;
    }
    strcpy(joined, "[");
    for (i = 0; i < cards->count; i++) {
        size_t card_len = 0;
        char *card = read_repo_file(cards->items[i].text, &card_len);
        char *grown;
        if (!card) {
            snprintf(why, why_len, "can't read %s", cards->items[i].text);
            free(joined);
            return NULL;
        }
        grown = realloc(joined, len + card_len + 2);
        if (!grown) {
            free(card);
            free(joined);
            return NULL;
        }
        joined = grown;
        if (i > 0) {
            strcat(joined, ",");
        }
        strcat(joined, card);
        len += card_len + 1;
        free(card);
    }
    strcat(joined, "]");
    return joined;
}

/* Runs one fixture of `kind`; returns whether it passed, with the reason in `why`. */
static int run_fixture(const char *kind, const json_value *f, char *why, size_t why_len) {
    const json_value *order = json_get(f, "order");
    const json_value *request = json_get(f, "request");
    char *out = NULL;
    char *input = NULL;
    RkError *err = NULL;
    RkPolicy *policy = NULL;
    int ok = 0;

    if (strcmp(kind, "refund") == 0) {
        if (!order || !request) {
            snprintf(why, why_len, "needs order and request");
            return 0;
        }
        input = format("{\"order\": %.*s, \"request\": %.*s}", (int)order->len, order->start,
                       (int)request->len, request->start);
        err = rk_quote(input, strlen(input), &out);
        ok = judge(f, err, out, 0, why, why_len);
    } else if (strcmp(kind, "decide") == 0) {
        const json_value *doc = json_get(f, "policy");
        const json_value *now = json_get(f, "now");
        /* A fixture's `answer` (the compact form) is a member of the input, as callers send it. */
        const json_value *answer = json_get(f, "answer");
        /* A policy that prices labels names its rate cards. */
        const json_value *cards = json_get(f, "cards");
        char *joined = NULL;
        if (!doc || !order || !request || !now) {
            snprintf(why, why_len, "needs policy, order, request and now");
            return 0;
        }
        if (cards) {
            joined = join_cards(cards, why, why_len);
            if (!joined) {
                return 0;
            }
        }
        /* A policy that does not compile is the fixture's outcome, as in the Rust runner. */
        err = rk_policy_compile(doc->start, doc->len, "json", 4, joined,
                                joined ? strlen(joined) : 0, &policy);
        free(joined);
        if (err == NULL) {
            input = format("{\"order\": %.*s, \"request\": %.*s, \"now\": %.*s%s%.*s}",
                           (int)order->len, order->start, (int)request->len, request->start,
                           (int)now->len, now->start, answer ? ", \"answer\": " : "",
                           answer ? (int)answer->len : 0, answer ? answer->start : "");
            err = rk_decide(policy, input, strlen(input), &out);
        }
        ok = judge(f, err, out, 1, why, why_len);
    } else if (strcmp(kind, "policy-summary") == 0) {
        /* The summary, in the fixture's locale (none: English), is `expected` byte for byte. */
        const json_value *doc = json_get(f, "policy");
        const json_value *locale = json_get(f, "locale");
        const json_value *expected = json_get(f, "expected");
        json_value *actual = NULL;
        if (!doc || !expected || expected->type != JSON_STRING) {
            snprintf(why, why_len, "needs policy and expected text");
            return 0;
        }
        err = rk_policy_compile(doc->start, doc->len, "json", 4, NULL, 0, &policy);
        if (err == NULL) {
            err = rk_policy_summary(policy, locale ? locale->text : NULL,
                                    locale ? strlen(locale->text) : 0, &out);
        }
        if (err) {
            snprintf(why, why_len, "error %u on '%s': %s", rk_error_code(err),
                     rk_error_field(err), rk_error_message(err));
            rk_error_free(err);
        } else {
            actual = json_parse(out, strlen(out), why, why_len);
            ok = actual && actual->type == JSON_STRING && strcmp(actual->text, expected->text) == 0;
            if (!ok && actual) {
                snprintf(why, why_len, "the summary differs: %.1500s", actual->text);
            }
            json_free(actual);
        }
    } else {
        const json_value *cards = json_get(f, "cards");
        char *joined;
        if (!cards || !request) {
            snprintf(why, why_len, "needs cards and request");
            return 0;
        }
        joined = join_cards(cards, why, why_len);
        if (!joined) {
            return 0;
        }
        err = rk_policy_compile(LABEL_POLICY, strlen(LABEL_POLICY), "json", 4, joined,
                                strlen(joined), &policy);
        free(joined);
        if (err) {
            snprintf(why, why_len, "the rate cards do not compile: %s", rk_error_message(err));
            rk_error_free(err);
            return 0;
        }
        err = rk_label_quote(policy, request->start, request->len, &out);
        ok = judge(f, err, out, 0, why, why_len);
    }
    rk_string_free(out);
    rk_policy_free(policy);
    free(input);
    return ok;
}

static void run_kind(const char *kind, size_t at_least) {
    size_t count = 0, i;
    char **names = fixture_names(kind, &count);
    char *detail = format("%lu found", (unsigned long)count);
    check(count >= at_least, kind, detail);
    free(detail);
    for (i = 0; i < count; i++) {
        char *rel = format("tests/fixtures/%s/%s", kind, names[i]);
        char *name = format("fixture %s/%s", kind, names[i]);
        size_t len = 0;
        char *text = rel ? read_repo_file(rel, &len) : NULL;
        char why[2048] = "";
        json_value *fixture = text ? json_parse(text, len, why, sizeof why) : NULL;
        check(fixture != NULL && run_fixture(kind, fixture, why, sizeof why), name, why);
        json_free(fixture);
        free(text);
        free(rel);
        free(name);
        free(names[i]);
    }
    free(names);
}

/* One RMA case: `document` (under tests/fixtures/rma/) with the case's command (in `dir`, v2
 * or locale) gives the case's answer, byte for byte. */
static void run_rma_case(const char *document, const char *dir, const char *case_name) {
    char *doc_path = format("tests/fixtures/rma/%s", document);
    char *cmd_path = format("tests/fixtures/rma/%s/%s.command.json", dir, case_name);
    char *answer_path = format("tests/fixtures/rma/%s/%s.answer.json", dir, case_name);
    char *name = format("rma fixture %s", document);
    size_t doc_len = 0, cmd_len = 0, answer_len = 0;
    char *doc = read_repo_file(doc_path, &doc_len);
    char *cmd = read_repo_file(cmd_path, &cmd_len);
    char *answer = read_repo_file(answer_path, &answer_len);
    char *out = NULL;
    if (!doc || !cmd || !answer) {
        check(0, name, "can't read the case's files");
    } else if (check_ok(rk_rma_apply(doc, doc_len, cmd, cmd_len, &out), name)) {
        check(out && strcmp(out, answer) == 0, name, out);
    }
    rk_string_free(out);
    free(answer);
    free(cmd);
    free(doc);
    free(name);
    free(answer_path);
    free(cmd_path);
    free(doc_path);
}

static void run_rma(size_t at_least) {
    size_t count = 0, cases = 0, i;
    char **names = fixture_names("rma/v2", &count);
    const char *suffix = ".document.json";
    for (i = 0; i < count; i++) {
        size_t len = strlen(names[i]);
        if (len > strlen(suffix) && strcmp(names[i] + len - strlen(suffix), suffix) == 0) {
            char *case_name = format("%.*s", (int)(len - strlen(suffix)), names[i]);
            char *v1 = format("v1/%s", names[i]);
            char *v2 = format("v2/%s", names[i]);
            run_rma_case(v1, "v2", case_name);
            run_rma_case(v2, "v2", case_name);
            cases++;
            free(v2);
            free(v1);
            free(case_name);
        }
        free(names[i]);
    }
    free(names);
    {
        char *detail = format("%lu found", (unsigned long)cases);
        check(cases >= at_least, "rma", detail);
        free(detail);
    }
    /* Documents of RMAs submitted with a customer locale: their status messages in it. */
    cases = 0;
    names = fixture_names("rma/locale", &count);
    for (i = 0; i < count; i++) {
        size_t len = strlen(names[i]);
        if (len > strlen(suffix) && strcmp(names[i] + len - strlen(suffix), suffix) == 0) {
            char *case_name = format("%.*s", (int)(len - strlen(suffix)), names[i]);
            char *doc = format("locale/%s", names[i]);
            run_rma_case(doc, "locale", case_name);
            cases++;
            free(doc);
            free(case_name);
        }
        free(names[i]);
    }
    free(names);
    check(cases >= 3, "rma locale cases", "at least 3");
}

/* One RMA flow (a file of tests/fixtures/rma with `commands`): `submit`, then each command on the
 * document the previous answer left; the last answer, or the last command's error, meets the
 * fixture's expectation. Every earlier command must succeed. */
static int run_rma_flow(const json_value *f, char *why, size_t why_len) {
    const json_value *commands = json_get(f, "commands");
    char *answer = NULL;
    RkError *err = NULL;
    size_t k;
    if (!commands || commands->type != JSON_ARRAY || commands->count == 0) {
        snprintf(why, why_len, "a flow needs commands");
        return 0;
    }
    err = rk_rma_submit(commands->items[0].start, commands->items[0].len, &answer);
    for (k = 1; k < commands->count; k++) {
        json_value *parsed = NULL;
        const json_value *document = NULL;
        char *next = NULL;
        if (err) {
            snprintf(why, why_len, "command %lu failed: %s", (unsigned long)(k - 1),
                     rk_error_message(err));
            rk_error_free(err);
            rk_string_free(answer);
            return 0;
        }
        parsed = json_parse(answer, strlen(answer), why, why_len);
        document = parsed ? json_get(parsed, "document") : NULL;
        if (document) {
            err = rk_rma_apply(document->start, document->len, commands->items[k].start,
                               commands->items[k].len, &next);
        }
        json_free(parsed);
        rk_string_free(answer);
        answer = next;
        if (!document) {
            snprintf(why, why_len, "command %lu: an answer without its document", (unsigned long)k);
            rk_error_free(err);
            rk_string_free(answer);
            return 0;
        }
    }
    k = (size_t)judge(f, err, answer, 0, why, why_len);
    rk_string_free(answer);
    return (int)k;
}

static void run_rma_flows(size_t at_least) {
    size_t count = 0, flows = 0, i;
    char **names = fixture_names("rma", &count);
    for (i = 0; i < count; i++) {
        char *rel = format("tests/fixtures/rma/%s", names[i]);
        char *name = format("rma flow %s", names[i]);
        size_t len = 0;
        char *text = rel ? read_repo_file(rel, &len) : NULL;
        char why[2048] = "";
        json_value *flow = text ? json_parse(text, len, why, sizeof why) : NULL;
        if (!flow || json_get(flow, "commands")) {
            check(flow != NULL && run_rma_flow(flow, why, sizeof why), name, why);
            flows++;
        }
        json_free(flow);
        free(text);
        free(rel);
        free(name);
        free(names[i]);
    }
    free(names);
    {
        char *detail = format("%lu found", (unsigned long)flows);
        check(flows >= at_least, "rma flows", detail);
        free(detail);
    }
}

void run_fixture_tests(void) {
    /* The Rust runners require at least as many. */
    run_kind("refund", 40);
    run_kind("decide", 80);
    run_kind("label", 9);
    run_kind("policy-summary", 3);
    run_rma(28);
    run_rma_flows(3);
}
