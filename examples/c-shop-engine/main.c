/*
 * A return desk as a shop engine written in C would build it on returnkit: load the shop's
 * return policy once, read an order and the customer's return request, decide the return, and
 * quote the refund that the decision says is due.
 *
 *   shop-returns POLICY ORDER REQUEST [NOW]
 *
 * POLICY is JSON or TOML (by extension), ORDER and REQUEST are wire-format JSON, NOW is an
 * RFC 3339 instant (default: the current time). See README.md; build with `make`.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "returnkit.h"

/* ---- files ------------------------------------------------------------------------------ */

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long size;
    if (!f) {
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)size + 1);
        if (buf && fread(buf, 1, (size_t)size, f) == (size_t)size) {
            buf[size] = '\0';
            *len = (size_t)size;
        } else {
            free(buf);
            buf = NULL;
        }
    }
    fclose(f);
    return buf;
}

/* ---- reading answers: a value by path ("resolutions.0.quote.totals.refund") -------------- */

static const char *skip_ws(const char *p) {
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') {
        p++;
    }
    return p;
}

/* The end of the JSON value starting at p. */
static const char *skip_value(const char *p) {
    int depth = 0;
    p = skip_ws(p);
    do {
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++) {
                if (*p == '\\' && p[1]) {
                    p++;
                }
            }
            if (*p) {
                p++;
            }
        } else if (*p == '{' || *p == '[') {
            depth++;
            p++;
        } else if (*p == '}' || *p == ']') {
            depth--;
            p++;
        } else if (depth > 0) {
            p++;
        } else {
            while (*p && !strchr(",}] \n\r\t", *p)) {
                p++;
            }
        }
    } while (*p && depth > 0);
    return p;
}

/* The value at `path` in `json`, as a pointer into it, or NULL. */
static const char *json_at(const char *json, const char *path) {
    const char *p = json ? skip_ws(json) : NULL;
    while (p && *path) {
        const char *dot = strchr(path, '.');
        size_t seg = dot ? (size_t)(dot - path) : strlen(path);
        if (*p == '{') {
            const char *found = NULL;
            p = skip_ws(p + 1);
            while (*p == '"' && !found) {
                const char *key = p + 1;
                const char *end = skip_value(p);
                int match = (size_t)(end - 1 - key) == seg && strncmp(key, path, seg) == 0;
                p = skip_ws(skip_ws(end) + 1); /* past ':' */
                if (match) {
                    found = p;
                } else {
                    p = skip_ws(skip_value(p));
                    p = *p == ',' ? skip_ws(p + 1) : p;
                }
            }
            p = found;
        } else if (*p == '[') {
            long index = strtol(path, NULL, 10);
            p = skip_ws(p + 1);
            while (index-- > 0 && *p && *p != ']') {
                p = skip_ws(skip_value(p));
                p = *p == ',' ? skip_ws(p + 1) : p;
            }
            p = (*p && *p != ']') ? p : NULL;
        } else {
            p = NULL;
        }
        path += seg + (dot ? 1 : 0);
    }
    return p;
}

/* The value at `path` as text: a string's characters, or the JSON of anything else. */
static const char *text_at(const char *json, const char *path, char *buf, size_t cap) {
    const char *v = json_at(json, path);
    const char *end;
    size_t n;
    if (!v) {
        return "-";
    }
    end = skip_value(v);
    if (*v == '"') {
        v++;
        end--;
    }
    n = (size_t)(end - v) < cap - 1 ? (size_t)(end - v) : cap - 1;
    memcpy(buf, v, n);
    buf[n] = '\0';
    return buf;
}

static size_t count_at(const char *json, const char *path) {
    size_t n = 0;
    char index[32];
    char *sub;
    for (;;) {
        size_t len = strlen(path) + sizeof index + 2;
        sub = malloc(len);
        if (!sub) {
            return n;
        }
        snprintf(index, sizeof index, "%lu", (unsigned long)n);
        snprintf(sub, len, "%s.%s", path, index);
        if (!json_at(json, sub)) {
            free(sub);
            return n;
        }
        free(sub);
        n++;
    }
}

/* ---- the return desk ---------------------------------------------------------------------- */

static int fail(RkError *err, const char *what) {
    fprintf(stderr, "%s failed: error %u (%s) at '%s': %s\n", what, rk_error_code(err),
            rk_error_kind(err), rk_error_field(err), rk_error_message(err));
    rk_error_free(err);
    return 1;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int main(int argc, char **argv) {
    size_t policy_len = 0, order_len = 0, request_len = 0;
    char *policy_text, *order, *request, *input = NULL, *decision = NULL, *quote = NULL;
    char now[32];
    char a[128], b[128], c[128], d[128];
    RkPolicy *policy = NULL;
    RkError *err;
    size_t i, n;
    int status = 1;

    if (argc < 4) {
        fprintf(stderr, "usage: %s POLICY ORDER REQUEST [NOW]\n", argv[0]);
        return 2;
    }
    if (argc > 4) {
        snprintf(now, sizeof now, "%s", argv[4]);
    } else {
        time_t t = time(NULL);
        strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    }
    policy_text = slurp(argv[1], &policy_len);
    order = slurp(argv[2], &order_len);
    request = slurp(argv[3], &request_len);
    if (!policy_text || !order || !request) {
        fprintf(stderr, "can't read the policy, the order or the request\n");
        goto done;
    }

    /* Compile the policy once; a real shop keeps it for every request (it is thread-safe). */
    err = rk_policy_compile(policy_text, policy_len, ends_with(argv[1], ".toml") ? "toml" : "json",
                            4, NULL, 0, &policy);
    if (err) {
        status = fail(err, "loading the policy");
        goto done;
    }

    /* Decide: order, request and the time, as one JSON document. */
    input = malloc(order_len + request_len + 64);
    if (!input) {
        goto done;
    }
    sprintf(input, "{\"order\": %s, \"request\": %s, \"now\": \"%s\"}", order, request, now);
    err = rk_decide(policy, input, strlen(input), &decision);
    if (err) {
        status = fail(err, "deciding the return");
        goto done;
    }

    printf("returnkit %s, policy: %s\n", rk_version(), argv[1]);
    printf("Order %s, as of %s\n", text_at(order, "id", a, sizeof a), now);
    printf("Decision: %s (label paid by %s)\n", text_at(decision, "outcome", a, sizeof a),
           text_at(decision, "label_payer", b, sizeof b));
    n = count_at(decision, "lines");
    for (i = 0; i < n; i++) {
        char path[64];
        snprintf(path, sizeof path, "lines.%lu", (unsigned long)i);
        printf("  line %-4s x%s  %-8s return by %s\n",
               text_at(json_at(decision, path), "line_id", a, sizeof a),
               text_at(json_at(decision, path), "eligible_quantity", b, sizeof b),
               text_at(json_at(decision, path), "outcome", c, sizeof c),
               text_at(json_at(decision, path), "deadline", d, sizeof d));
        if (json_at(json_at(decision, path), "reasons.0")) {
            char why[256];
            printf("    %s\n", text_at(json_at(decision, path), "reasons.0.message", why, sizeof why));
        }
    }

    /* The refund: the decision carries the refund request for each resolution it offers; the
     * shop quotes the one the customer chose (the first offered here) when the items are
     * back. */
    {
        const char *offer = json_at(decision, "resolutions.0.request");
        char *refund_input;
        if (!offer) {
            printf("No refund is offered.\n");
            status = 0;
            goto done;
        }
        refund_input = malloc(order_len + (size_t)(skip_value(offer) - offer) + 64);
        if (!refund_input) {
            goto done;
        }
        sprintf(refund_input, "{\"order\": %s, \"request\": %.*s}", order,
                (int)(skip_value(offer) - offer), offer);
        err = rk_quote(refund_input, strlen(refund_input), &quote);
        free(refund_input);
        if (err) {
            status = fail(err, "quoting the refund");
            goto done;
        }
    }
    printf("Refund to %s:\n", text_at(quote, "resolution", a, sizeof a));
    n = count_at(quote, "lines");
    for (i = 0; i < n; i++) {
        char path[64];
        const char *line;
        snprintf(path, sizeof path, "lines.%lu", (unsigned long)i);
        line = json_at(quote, path);
        printf("  line %-4s merchandise %8s  tax %6s  total %8s\n",
               text_at(line, "line_id", a, sizeof a), text_at(line, "merchandise", b, sizeof b),
               text_at(line, "tax", c, sizeof c), text_at(line, "total", d, sizeof d));
    }
    n = count_at(quote, "deductions");
    for (i = 0; i < n; i++) {
        char path[64];
        snprintf(path, sizeof path, "deductions.%lu", (unsigned long)i);
        printf("  less %-10s %8s\n", text_at(json_at(quote, path), "kind", a, sizeof a),
               text_at(json_at(quote, path), "amount", b, sizeof b));
    }
    printf("  refund %s %s\n", text_at(quote, "totals.refund", a, sizeof a),
           text_at(quote, "currency", b, sizeof b));
    n = count_at(quote, "tenders");
    for (i = 0; i < n; i++) {
        char path[64];
        snprintf(path, sizeof path, "tenders.%lu", (unsigned long)i);
        printf("  to %s (%s): %s\n", text_at(json_at(quote, path), "tender_id", a, sizeof a),
               text_at(json_at(quote, path), "kind", b, sizeof b),
               text_at(json_at(quote, path), "amount", c, sizeof c));
    }
    if (json_at(decision, "resolutions.1.quote.store_credit")) {
        printf("Or as store credit: %s + bonus %s = %s\n",
               text_at(decision, "resolutions.1.quote.store_credit.amount", a, sizeof a),
               text_at(decision, "resolutions.1.quote.store_credit.bonus", b, sizeof b),
               text_at(decision, "resolutions.1.quote.store_credit.total", c, sizeof c));
    }
    status = 0;

done:
    rk_string_free(quote);
    rk_string_free(decision);
    rk_policy_free(policy);
    free(input);
    free(request);
    free(order);
    free(policy_text);
    return status;
}
