/*
 * Every function of the C API: answers, every error area (1xxx argument and JSON, 2xxx
 * policy, 3xxx transition, 4xxx money, 9001 internal), NULL arguments, invalid UTF-8,
 * malformed JSON, oversized input, ownership (run under valgrind), and a policy shared by
 * threads.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#ifndef RK_EXPECTED_VERSION
#error "compile with -DRK_EXPECTED_VERSION=\"x.y.z\" (the version in Cargo.toml)"
#endif

#define LEN(s) (s), strlen(s)

static const char *const POLICY_JSON =
    "{\"name\": \"30-day returns\", \"timezone\": \"America/New_York\","
    " \"window\": {\"days\": 30, \"from\": \"delivery\"},"
    " \"inspection\": [{\"condition\": \"used\", \"percent\": 20}]}";

static const char *const POLICY_TOML = "name = \"TOML shop\"\n"
                                       "currency = \"USD\"\n"
                                       "[window]\n"
                                       "days = 14\n"
                                       "[fees]\n"
                                       "label_fee = \"4.95\"\n";

static const char *const ORDER =
    "{\"id\": \"2001\", \"currency\": \"USD\", \"placed_at\": \"2026-11-02T10:00:00Z\","
    " \"shipping_address\": {\"country\": \"US\", \"postal_code\": \"94105\"},"
    " \"lines\": ["
    "  {\"id\": \"A\", \"title\": \"Rain jacket\", \"quantity\": 1, \"unit_price\": \"100.00\","
    "   \"tax_lines\": [{\"rate\": \"0.08\", \"amount\": \"8.00\"}], \"delivered_at\": "
    "\"2026-11-05T15:00:00Z\"},"
    "  {\"id\": \"B\", \"title\": \"Linen shirt\", \"quantity\": 2, \"unit_price\": \"25.00\","
    "   \"tax_lines\": [{\"rate\": \"0.08\", \"amount\": \"4.00\"}], \"delivered_at\": "
    "\"2026-11-05T15:00:00Z\"},"
    "  {\"id\": \"C\", \"title\": \"Leather belt\", \"quantity\": 1, \"unit_price\": \"30.00\","
    "   \"tax_lines\": [{\"rate\": \"0.08\", \"amount\": \"2.40\"}], \"delivered_at\": "
    "\"2026-11-05T15:00:00Z\"}],"
    " \"tenders\": [{\"id\": \"gift-77\", \"kind\": \"gift_card\", \"amount\": \"50.00\"},"
    "              {\"id\": \"card-1\", \"kind\": \"card\", \"amount\": \"144.40\"}]}";

static const char *const REQUEST =
    "{\"lines\": [{\"line_id\": \"A\", \"quantity\": 1, \"reason\": \"size_or_fit\"},"
    "            {\"line_id\": \"B\", \"quantity\": 2, \"reason\": \"changed_mind\"},"
    "            {\"line_id\": \"C\", \"quantity\": 1, \"reason\": \"defective\"}],"
    " \"resolution\": \"original_payment\"}";

static const char *const NOW = "2026-11-10T14:00:00Z";

/* The member `key` of a JSON answer as text (a string's value, or a value's JSON), or NULL. */
static char *member(const char *json, const char *path) {
    char why[256];
    json_value *root = json ? json_parse(json, strlen(json), why, sizeof why) : NULL;
    const json_value *v = root;
    char *copy = format("%s", path);
    char *save = NULL, *part;
    char *result = NULL;
    for (part = copy ? strtok_r(copy, ".", &save) : NULL; part && v;
         part = strtok_r(NULL, ".", &save)) {
        if (v->type == JSON_ARRAY) {
            size_t i = strtoul(part, NULL, 10);
            v = i < v->count ? &v->items[i] : NULL;
        } else {
            v = json_get(v, part);
        }
    }
    if (v) {
        result = v->type == JSON_STRING ? format("%s", v->text)
                                        : format("%.*s", (int)v->len, v->start);
    }
    free(copy);
    json_free(root);
    return result;
}

/* Checks that `path` in `json` is the text `want`. */
static void check_member(const char *json, const char *path, const char *want, const char *name) {
    char *got = member(json, path);
    char *detail = format("%s: expected %s, got %s", path, want, got ? got : "nothing");
    check(got != NULL && strcmp(got, want) == 0, name, detail);
    free(detail);
    free(got);
}

static RkPolicy *compile(const char *text, const char *fmt, const char *cards) {
    RkPolicy *policy = NULL;
    RkError *err = rk_policy_compile(text, strlen(text), fmt, strlen(fmt), cards,
                                     cards ? strlen(cards) : 0, &policy);
    check_ok(err, "rk_policy_compile");
    return policy;
}

static void test_version(void) {
    char *macros = format("%d.%d.%d", RK_VERSION_MAJOR, RK_VERSION_MINOR, RK_VERSION_PATCH);
    check(strcmp(rk_version(), RK_EXPECTED_VERSION) == 0, "rk_version() is Cargo.toml's version",
          rk_version());
    check(strcmp(macros, RK_EXPECTED_VERSION) == 0, "RK_VERSION_* are Cargo.toml's version",
          macros);
    check(RK_MAX_INPUT == 16 * 1024 * 1024, "RK_MAX_INPUT is 16 MiB", NULL);
    free(macros);
}

/* Every code by its name in the header, with its kind, to check against the library's list. */
static const struct {
    const char *kind;
    uint32_t code;
} NAMED_CODES[] = {
    {"parse", RK_ERROR_CODE_PARSE},
    {"invalid_value", RK_ERROR_CODE_INVALID_VALUE},
    {"invalid_quantity", RK_ERROR_CODE_INVALID_QUANTITY},
    {"unknown_line", RK_ERROR_CODE_UNKNOWN_LINE},
    {"duplicate_id", RK_ERROR_CODE_DUPLICATE_ID},
    {"unknown_tender", RK_ERROR_CODE_UNKNOWN_TENDER},
    {"quantity_exceeded", RK_ERROR_CODE_QUANTITY_EXCEEDED},
    {"unknown_reason", RK_ERROR_CODE_UNKNOWN_REASON},
    {"unsupported_version", RK_ERROR_CODE_UNSUPPORTED_VERSION},
    {"invalid_policy", RK_ERROR_CODE_INVALID_POLICY},
    {"invalid_rate_card", RK_ERROR_CODE_INVALID_RATE_CARD},
    {"no_label_service", RK_ERROR_CODE_NO_LABEL_SERVICE},
    {"invalid_transition", RK_ERROR_CODE_INVALID_TRANSITION},
    {"not_permitted", RK_ERROR_CODE_NOT_PERMITTED},
    {"version_conflict", RK_ERROR_CODE_VERSION_CONFLICT},
    {"unknown_currency", RK_ERROR_CODE_UNKNOWN_CURRENCY},
    {"currency_mismatch", RK_ERROR_CODE_CURRENCY_MISMATCH},
    {"invalid_amount", RK_ERROR_CODE_INVALID_AMOUNT},
    {"amount_out_of_range", RK_ERROR_CODE_AMOUNT_OUT_OF_RANGE},
    {"inconsistent_tax", RK_ERROR_CODE_INCONSISTENT_TAX},
    {"invalid_allocation", RK_ERROR_CODE_INVALID_ALLOCATION},
    {"refund_exceeds_paid", RK_ERROR_CODE_REFUND_EXCEEDS_PAID},
    {"refund_exceeds_due", RK_ERROR_CODE_REFUND_EXCEEDS_DUE},
    {"internal", RK_ERROR_CODE_INTERNAL},
};

static void test_error_codes(void) {
    const char *list = rk_error_codes();
    char why[256] = "";
    json_value *codes = json_parse(list, strlen(list), why, sizeof why);
    size_t i;
    int areas_ok = 1, ascending = 1, internal = 0;
    long last = 0;
    check(codes != NULL && codes->type == JSON_ARRAY && codes->count >= 24,
          "rk_error_codes() lists every code", why);
    for (i = 0; codes && i < codes->count; i++) {
        const json_value *code = json_get(&codes->items[i], "code");
        const json_value *kind = json_get(&codes->items[i], "kind");
        long c = code ? strtol(code->text, NULL, 10) : 0;
        areas_ok &= (c / 1000 >= 1 && c / 1000 <= 4) || c / 1000 == 9;
        ascending &= c > last;
        last = c;
        internal |= c == RK_ERROR_CODE_INTERNAL && kind && strcmp(kind->text, "internal") == 0;
    }
    check(areas_ok, "every code is in an area (1, 2, 3, 4 or 9 thousand)", NULL);
    check(ascending, "codes are listed in order, once", NULL);
    check(internal, "9001 internal, the code of a caught panic, is listed", NULL);
    check(codes && codes->count == sizeof NAMED_CODES / sizeof NAMED_CODES[0],
          "the header names as many codes as the library lists", NULL);
    for (i = 0; codes && i < codes->count; i++) {
        const json_value *code = json_get(&codes->items[i], "code");
        const json_value *kind = json_get(&codes->items[i], "kind");
        size_t n;
        int named = 0;
        for (n = 0; code && kind && n < sizeof NAMED_CODES / sizeof NAMED_CODES[0]; n++) {
            named |= strcmp(NAMED_CODES[n].kind, kind->text) == 0 &&
                     NAMED_CODES[n].code == strtoul(code->text, NULL, 10);
        }
        check(named, "a listed code has its RK_ERROR_CODE_* name with the same value",
              kind ? kind->text : NULL);
    }
    json_free(codes);
}

static void test_free_functions_accept_null(void) {
    rk_string_free(NULL);
    rk_error_free(NULL);
    rk_policy_free(NULL);
    check(rk_error_code(NULL) == 0, "rk_error_code(NULL) is 0", NULL);
    check(strcmp(rk_error_message(NULL), "") == 0, "rk_error_message(NULL) is empty", NULL);
    check(strcmp(rk_error_field(NULL), "") == 0, "rk_error_field(NULL) is empty", NULL);
    check(strcmp(rk_error_kind(NULL), "") == 0, "rk_error_kind(NULL) is empty", NULL);
}

static void test_policy_compile(void) {
    RkPolicy *policy = NULL;
    size_t card_len = 0;
    char *card = read_repo_file("examples/rates/us-ground.json", &card_len);
    char *cards = card ? format("[%s]", card) : NULL;
    char *no_divisor = NULL;
    RkError *err;

    policy = compile(POLICY_JSON, "json", NULL);
    check(policy != NULL, "a JSON policy compiles", NULL);
    rk_policy_free(policy);
    policy = compile(POLICY_TOML, "toml", NULL);
    check(policy != NULL, "a TOML policy compiles", NULL);
    rk_policy_free(policy);
    policy = compile(POLICY_JSON, "json", "");
    check(policy != NULL, "empty rate cards are none", NULL);
    rk_policy_free(policy);
    policy = cards ? compile(POLICY_JSON, "json", cards) : NULL;
    check(policy != NULL, "a policy compiles with rate cards", NULL);
    rk_policy_free(policy);

    /* The out-parameter is cleared when the call fails. */
    policy = (RkPolicy *)&policy;
    err = rk_policy_compile(LEN("{\"name\": \"x\", \"window\": {\"days\": -1}}"), LEN("json"), NULL,
                            0, &policy);
    check(policy == NULL, "a failed compile sets *out to NULL", NULL);
    check_error(err, RK_ERROR_CODE_INVALID_POLICY, "policy.window.days",
                "2001 invalid_policy names the field");
    check_error(rk_policy_compile(LEN("{\"name\": "), LEN("json"), NULL, 0, &policy),
                RK_ERROR_CODE_PARSE, NULL,
                "1001 for malformed policy JSON");
    check_error(rk_policy_compile(LEN("name = "), LEN("toml"), NULL, 0, &policy),
                RK_ERROR_CODE_PARSE, NULL,
                "1001 for malformed policy TOML");
    check_error(rk_policy_compile(LEN(POLICY_JSON), LEN("yaml"), NULL, 0, &policy),
                RK_ERROR_CODE_INVALID_VALUE,
                "format", "1002 for an unknown format");
    check_error(rk_policy_compile(LEN(POLICY_JSON), LEN("json"), LEN("[{\"carrier\": 5}]"),
                                  &policy),
                RK_ERROR_CODE_PARSE, "rate_cards[0].carrier",
                "1001 for a malformed rate card, with its path");
    if (card) {
        /* A card without its dimensional divisor does not validate. */
        const char *at = strstr(card, "\"dim_divisor\": \"139\",");
        if (at) {
            no_divisor = format("[%.*s%s]", (int)(at - card), card,
                                at + strlen("\"dim_divisor\": \"139\","));
        }
    }
    check(no_divisor != NULL, "the sample card has a dim_divisor", NULL);
    if (no_divisor) {
        check_error(rk_policy_compile(LEN(POLICY_JSON), LEN("json"), LEN(no_divisor), &policy),
                    RK_ERROR_CODE_INVALID_RATE_CARD, "rate_cards[0].dim_divisor",
                    "2002 invalid_rate_card names the card");
    }
    check_error(rk_policy_compile(NULL, 10, LEN("json"), NULL, 0, &policy),
                RK_ERROR_CODE_INVALID_VALUE, "policy",
                "NULL policy text is error 1002");
    check_error(rk_policy_compile(LEN(POLICY_JSON), NULL, 4, NULL, 0, &policy),
                RK_ERROR_CODE_INVALID_VALUE, "format",
                "NULL format is error 1002");
    check_error(rk_policy_compile(LEN(POLICY_JSON), LEN("json"), NULL, 0, NULL),
                RK_ERROR_CODE_INVALID_VALUE, "out",
                "NULL out is error 1002");
    check_error(rk_policy_compile("{\"name\": \"\xff\"}", 12, LEN("json"), NULL, 0, &policy),
                RK_ERROR_CODE_PARSE, "policy", "invalid UTF-8 is error 1001");
    free(no_divisor);
    free(cards);
    free(card);
}

static void test_policy_check(void) {
    char *out = NULL;
    if (check_ok(rk_policy_check(LEN(POLICY_JSON), LEN("json"), &out), "rk_policy_check")) {
        check_member(out, "ok", "true", "a valid policy checks ok");
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_check(LEN("{\"name\": \"\", \"window\": {\"days\": -1}}"), LEN("json"),
                                 &out),
                 "rk_policy_check on a bad policy")) {
        check_member(out, "ok", "false", "a bad policy checks not ok");
        check_member(out, "errors.0.field", "policy.name", "every problem is listed: name");
        check_member(out, "errors.1.field", "policy.window.days",
                     "every problem is listed: window.days");
        check_member(out, "errors.1.code", "2001", "policy problems are 2001");
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_check(LEN(POLICY_TOML), LEN("toml"), &out), "rk_policy_check TOML")) {
        check_member(out, "ok", "true", "a TOML policy checks ok");
    }
    rk_string_free(out);
    check_error(rk_policy_check(LEN(POLICY_JSON), LEN("xml"), &out), RK_ERROR_CODE_INVALID_VALUE,
                "format",
                "rk_policy_check refuses an unknown format");
    check_error(rk_policy_check(NULL, 0, LEN("json"), &out), RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_policy_check refuses NULL text");
    check_error(rk_policy_check(LEN(POLICY_JSON), LEN("json"), NULL), RK_ERROR_CODE_INVALID_VALUE,
                "out",
                "rk_policy_check refuses NULL out");
}

static void test_policy_explain(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    char *out = NULL;
    if (check_ok(rk_policy_explain(policy, false, &out), "rk_policy_explain summary")) {
        check(out[0] == '"' && contains(out, "30"), "the summary is a JSON string naming 30 days",
              out);
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_explain(policy, true, &out), "rk_policy_explain JSON-LD")) {
        check_member(out, "@type", "MerchantReturnPolicy", "JSON-LD is a MerchantReturnPolicy");
    }
    rk_string_free(out);
    check_error(rk_policy_explain(NULL, false, &out), RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_policy_explain refuses a NULL policy");
    check_error(rk_policy_explain(policy, true, NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_policy_explain refuses NULL out");
    rk_policy_free(policy);
}

static void test_policy_summary(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    char *out = NULL;
    char *english = NULL;
    if (check_ok(rk_policy_explain(policy, false, &english), "rk_policy_explain for English") &&
        check_ok(rk_policy_summary(policy, NULL, 0, &out), "rk_policy_summary, NULL locale")) {
        check(strcmp(out, english) == 0, "a NULL locale is the English summary", out);
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_summary(policy, "", 0, &out), "rk_policy_summary, empty locale")) {
        check(strcmp(out, english) == 0, "an empty locale is the English summary", out);
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_summary(policy, LEN("pt-BR"), &out), "rk_policy_summary pt-BR")) {
        check(strcmp(out, english) == 0, "a language without a catalog is English", out);
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_policy_summary(policy, LEN("de-AT"), &out), "rk_policy_summary de-AT")) {
        check(contains(out, "innerhalb von 30 Tagen nach Lieferung"), "de-AT is German", out);
    }
    rk_string_free(out);
    rk_string_free(english);
    check_error(rk_policy_summary(NULL, LEN("de"), &out), RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_policy_summary refuses a NULL policy");
    check_error(rk_policy_summary(policy, "\xff", 1, &out), RK_ERROR_CODE_PARSE, "locale",
                "rk_policy_summary refuses a locale that is not UTF-8");
    check_error(rk_policy_summary(policy, LEN("de"), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_policy_summary refuses NULL out");
    rk_policy_free(policy);
}

static char *quote_input(const char *order, const char *request) {
    return format("{\"order\": %s, \"request\": %s}", order, request);
}

static void test_quote(void) {
    size_t n = 0, m = 0;
    char *order = read_repo_file("examples/data/order.json", &n);
    char *request = read_repo_file("examples/data/request.json", &m);
    char *input = order && request ? quote_input(order, request) : NULL;
    char *out = NULL;
    char *bad;

    check(input != NULL, "examples/data is readable", NULL);
    if (input && check_ok(rk_quote(LEN(input), &out), "rk_quote")) {
        /* docs: shoes 80.10 + 5.81 tax, socks 9.00 + 0.65, less the 5.95 label: 89.61,
         * the gift card first. */
        check_member(out, "totals.refund", "89.61", "the sample quote refunds 89.61");
        check_member(out, "tenders.0.amount", "50.00", "50.00 to the gift card");
        check_member(out, "tenders.1.amount", "39.61", "39.61 to the card");
        check_member(out, "currency", "USD", "in USD");
    }
    rk_string_free(out);

    check_error(rk_quote(LEN("{\"order\": {"), &out), RK_ERROR_CODE_PARSE, NULL,
                "malformed JSON is 1001");
    check_error(rk_quote(LEN("{\"order\": {}, \"request\": {}, \"extra\": 1}"), &out),
                RK_ERROR_CODE_PARSE, NULL,
                "an unknown envelope field is 1001");
    check_error(rk_quote(LEN(""), &out), RK_ERROR_CODE_PARSE, NULL, "empty input is 1001");
    check_error(rk_quote(NULL, 5, &out), RK_ERROR_CODE_INVALID_VALUE, "input",
                "rk_quote refuses NULL input");
    check_error(rk_quote(LEN("{}"), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_quote refuses NULL out");
    check_error(rk_quote("{\"order\": \"\xc3\x28\"}", 15, &out), RK_ERROR_CODE_PARSE, "input",
                "rk_quote refuses invalid UTF-8");

    bad = quote_input(ORDER, "{\"lines\": [{\"line_id\": \"B\", \"quantity\": 5}]}");
    check_error(rk_quote(LEN(bad), &out), RK_ERROR_CODE_QUANTITY_EXCEEDED, "request.lines[0].quantity",
                "1007 quantity_exceeded names the line");
    free(bad);
    bad = quote_input(ORDER, "{\"lines\": [{\"line_id\": \"Z\", \"quantity\": 1}]}");
    check_error(rk_quote(LEN(bad), &out), RK_ERROR_CODE_UNKNOWN_LINE, "request.lines[0].line_id",
                "1004 unknown_line");
    free(bad);
    bad = quote_input(ORDER, "{\"lines\": [{\"line_id\": \"A\", \"quantity\": 0}]}");
    check_error(rk_quote(LEN(bad), &out), RK_ERROR_CODE_INVALID_QUANTITY, "request.lines[0].quantity",
                "1003 invalid_quantity");
    free(bad);
    bad = quote_input("{\"id\": \"1\", \"currency\": \"USD\", \"lines\": [{\"id\": \"a\","
                      " \"quantity\": 1, \"unit_price\": \"10.005\"}]}",
                      "{\"lines\": [{\"line_id\": \"a\", \"quantity\": 1}]}");
    check_error(rk_quote(LEN(bad), &out), RK_ERROR_CODE_INVALID_AMOUNT, "order.lines[0].unit_price",
                "4003 invalid_amount for a sub-cent price");
    free(bad);
    bad = quote_input("{\"id\": \"1\", \"currency\": \"USD\", \"lines\": [{\"id\": \"a\","
                      " \"quantity\": 1, \"unit_price\": \"10.00\", \"tax_lines\": [{\"rate\":"
                      " \"0.08\", \"amount\": \"5.00\"}]}]}",
                      "{\"lines\": [{\"line_id\": \"a\", \"quantity\": 1}]}");
    check_error(rk_quote(LEN(bad), &out), RK_ERROR_CODE_INCONSISTENT_TAX,
                "order.lines[0].tax_lines[0].amount",
                "4005 inconsistent_tax");
    free(bad);
    free(input);
    free(order);
    free(request);
}

static void test_oversized_input(void) {
    char *big = malloc((size_t)RK_MAX_INPUT + 1);
    char *out = NULL;
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    RkPolicy *other = (RkPolicy *)&other;
    if (!big) {
        check(0, "allocate an oversized input", NULL);
        rk_policy_free(policy);
        return;
    }
    memset(big, ' ', (size_t)RK_MAX_INPUT + 1);
    check_error(rk_quote(big, (size_t)RK_MAX_INPUT + 1, &out), RK_ERROR_CODE_INVALID_VALUE, "input",
                "rk_quote refuses input over RK_MAX_INPUT");
    check_error(rk_decide(policy, big, (size_t)RK_MAX_INPUT + 1, &out), RK_ERROR_CODE_INVALID_VALUE,
                "input",
                "rk_decide refuses input over RK_MAX_INPUT");
    check_error(rk_policy_compile(big, (size_t)RK_MAX_INPUT + 1, LEN("json"), NULL, 0, &other),
                RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_policy_compile refuses a policy over RK_MAX_INPUT");
    check(other == NULL, "and clears *out", NULL);
    check_error(rk_quote("{}", (size_t)-1, &out), RK_ERROR_CODE_INVALID_VALUE, "input",
                "a length of SIZE_MAX is refused before anything is read");
    rk_policy_free(policy);
    free(big);
}

static char *decide_input(void) {
    return format("{\"order\": %s, \"request\": %s, \"now\": \"%s\"}", ORDER, REQUEST, NOW);
}

static void test_decide(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    char *input = decide_input();
    char *out = NULL;
    char *bad;
    if (check_ok(rk_decide(policy, LEN(input), &out), "rk_decide")) {
        check_member(out, "outcome", "approve", "the return is approved");
        check_member(out, "lines.2.outcome", "approve", "the belt is approved");
        check_member(out, "resolutions.0.resolution", "original_payment",
                     "original payment is offered");
        /* 100 + 8, 50 + 4, 30 + 2.40: all paid back. */
        check_member(out, "resolutions.0.quote.totals.refund", "194.40",
                     "the whole order, 194.40, is refunded");
    }
    rk_string_free(out);
    bad = format("{\"order\": %s, \"request\": {\"lines\": [{\"line_id\": \"A\", \"quantity\": 1,"
                 " \"reason\": \"bored\"}]}, \"now\": \"%s\"}",
                 ORDER, NOW);
    check_error(rk_decide(policy, LEN(bad), &out), RK_ERROR_CODE_UNKNOWN_REASON, "request.lines[0].reason",
                "1008 unknown_reason");
    free(bad);
    bad = format("{\"order\": %s, \"request\": %s}", ORDER, REQUEST);
    check_error(rk_decide(policy, LEN(bad), &out), RK_ERROR_CODE_PARSE, NULL,
                "a missing `now` is 1001");
    free(bad);
    bad = format("{\"order\": %s, \"request\": %s, \"now\": \"yesterday\"}", ORDER, REQUEST);
    check_error(rk_decide(policy, LEN(bad), &out), RK_ERROR_CODE_PARSE, "now",
                "a bad `now` is 1001 on now");
    free(bad);
    check_error(rk_decide(NULL, LEN(input), &out), RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_decide refuses a NULL policy");
    check_error(rk_decide(policy, NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "input",
                "rk_decide refuses NULL input");
    check_error(rk_decide(policy, LEN(input), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_decide refuses NULL out");
    check_error(rk_decide(policy, LEN("[1, 2"), &out), RK_ERROR_CODE_PARSE, NULL,
                "rk_decide refuses malformed JSON");
    check_error(rk_decide(policy, "\xfe\xff", 2, &out), RK_ERROR_CODE_PARSE, "input",
                "rk_decide refuses invalid UTF-8");
    rk_policy_free(policy);

    policy = compile("{\"name\": \"EUR\", \"currency\": \"EUR\", \"window\": {\"days\": 30}}",
                     "json", NULL);
    check_error(rk_decide(policy, LEN(input), &out), RK_ERROR_CODE_CURRENCY_MISMATCH, NULL,
                "4002 currency_mismatch between policy and order");
    rk_policy_free(policy);
    free(input);
}

static void test_decision_offer(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    /* REQUEST asking for store credit; the policy offers original payment first. */
    char *input = format("{\"order\": %s, \"request\": {\"lines\": [{\"line_id\": \"A\","
                         " \"quantity\": 1, \"reason\": \"size_or_fit\"}],"
                         " \"resolution\": \"store_credit\"}, \"now\": \"%s\"}",
                         ORDER, NOW);
    char *decision = NULL;
    char *out = NULL;
    if (check_ok(rk_decide(policy, LEN(input), &decision), "rk_decide asking for store credit")) {
        check_member(decision, "schema_version", "1", "a decision states its schema version");
        check_member(decision, "requested_resolution", "store_credit",
                     "a decision names the resolution asked for");
        check_member(decision, "resolutions.0.resolution", "original_payment",
                     "original payment is offered first");
        if (check_ok(rk_decision_offer(LEN(decision), NULL, 0, &out), "rk_decision_offer")) {
            check_member(out, "resolution", "store_credit", "the request's offer is store credit");
            /* The jacket: 100.00 + 8.00 tax, as credit. */
            check_member(out, "quote.store_credit.amount", "108.00", "108.00 as store credit");
            check_member(out, "quote.schema_version", "1", "a quote states its schema version");
        }
        rk_string_free(out);
        if (check_ok(rk_decision_offer(LEN(decision), LEN("original_payment"), &out),
                     "rk_decision_offer naming a resolution")) {
            check_member(out, "resolution", "original_payment", "the offer named");
        }
        rk_string_free(out);
        check_error(rk_decision_offer(LEN(decision), LEN("gift_card"), &out),
                    RK_ERROR_CODE_INVALID_VALUE, "resolution",
                    "rk_decision_offer refuses an unknown resolution");
    }
    if (check_ok(rk_decision_offer(LEN("{\"outcome\": \"deny\", \"resolutions\": []}"), NULL, 0,
                                   &out),
                 "rk_decision_offer on a denied decision stored without a version")) {
        check(strcmp(out, "null") == 0, "no offer answers a denied return", out);
    }
    rk_string_free(out);
    check_error(rk_decision_offer(LEN("{\"schema_version\": 2}"), NULL, 0, &out),
                RK_ERROR_CODE_UNSUPPORTED_VERSION,
                "decision.schema_version", "rk_decision_offer refuses a newer decision");
    check_error(rk_decision_offer(NULL, 0, NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "decision",
                "rk_decision_offer refuses a NULL decision");
    rk_string_free(decision);
    free(input);
    rk_policy_free(policy);
}

static void test_label_quote(void) {
    size_t n = 0;
    char *card = read_repo_file("examples/rates/us-ground.json", &n);
    char *cards = card ? format("[%s]", card) : NULL;
    RkPolicy *policy = cards ? compile(POLICY_JSON, "json", cards) : NULL;
    const char *request = "{\"origin\": {\"country\": \"US\", \"postal_code\": \"94105\"},"
                          " \"items\": [{\"line_id\": \"s\", \"quantity\": 1, \"weight\":"
                          " {\"value\": \"0.5\", \"unit\": \"lb\"}}]}";
    const char *nowhere = "{\"origin\": {\"country\": \"JP\", \"postal_code\": \"100-0001\"},"
                          " \"items\": [{\"line_id\": \"s\", \"quantity\": 1, \"weight\":"
                          " {\"value\": \"1\", \"unit\": \"kg\"}}]}";
    char *out = NULL;
    if (check_ok(rk_label_quote(policy, LEN(request), &out), "rk_label_quote")) {
        /* 0.5 lb bills as 1 lb in zone 1: 7.50 + 0.60 residential, fuel 12.5%: 9.11. */
        check_member(out, "chosen.carrier", "Sample Parcel Co.", "the sample carrier is chosen");
        check_member(out, "chosen.cost", "9.11", "the label costs 9.11");
    }
    rk_string_free(out);
    check_error(rk_label_quote(policy, LEN(nowhere), &out), RK_ERROR_CODE_NO_LABEL_SERVICE, "request.items",
                "2003 no_label_service");
    check_error(rk_label_quote(policy, LEN("{\"origin\": 1}"), &out), RK_ERROR_CODE_PARSE, NULL,
                "a malformed label request is 1001");
    check_error(rk_label_quote(NULL, LEN(request), &out), RK_ERROR_CODE_INVALID_VALUE, "policy",
                "rk_label_quote refuses a NULL policy");
    check_error(rk_label_quote(policy, NULL, 1, &out), RK_ERROR_CODE_INVALID_VALUE, "request",
                "rk_label_quote refuses a NULL request");
    check_error(rk_label_quote(policy, LEN(request), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_label_quote refuses NULL out");
    rk_policy_free(policy);
    free(cards);
    free(card);
}

/* The shared simulation fixture: the sample records under the shipped current and proposed
 * policies give tests/fixtures/simulate/sample.answer.json, in one pass and merged from two
 * shards (lines 1-3 and 4-6). */
static void test_simulate(void) {
    size_t n = 0;
    char *current_text = read_repo_file("examples/policies/current-30-days.toml", &n);
    char *proposed_text = read_repo_file("examples/policies/proposed-60-days.toml", &n);
    char *records = read_repo_file("examples/batch/requests.jsonl", &n);
    char *options = read_repo_file("tests/fixtures/simulate/sample.options.json", &n);
    char *expected = read_repo_file("tests/fixtures/simulate/sample.answer.json", &n);
    RkPolicy *current = NULL, *proposed = NULL;
    char *whole = NULL, *a = NULL, *b = NULL, *merged = NULL, *parts = NULL, *cut = NULL;
    char *unused = NULL;
    if (!check(current_text && proposed_text && records && options && expected,
               "simulate: the fixture's files", NULL)) {
        goto done;
    }
    current = compile(current_text, "toml", NULL);
    proposed = compile(proposed_text, "toml", NULL);
    expected[strcspn(expected, "\n")] = '\0';
    if (check_ok(rk_simulate(current, proposed, LEN(records), LEN(options), &whole),
                 "rk_simulate")) {
        check(strcmp(whole, expected) == 0, "rk_simulate gives the fixture's bytes", whole);
    }
    /* Lines 1-3, then 4-6. */
    cut = records;
    for (int k = 0; k < 3; k++) {
        cut = strchr(cut, '\n') + 1;
    }
    if (check_ok(rk_simulate(current, proposed, records, (size_t)(cut - records), LEN(options),
                             &a),
                 "rk_simulate, first shard") &&
        check_ok(rk_simulate(current, proposed, LEN(cut), LEN(options), &b),
                 "rk_simulate, second shard")) {
        parts = format("[%s,%s]", b, a);
        if (check_ok(rk_simulate_merge(LEN(parts), &merged), "rk_simulate_merge")) {
            check(strcmp(merged, expected) == 0, "shards merge to the fixture's bytes", merged);
        }
    }
    check_error(rk_simulate(NULL, proposed, LEN(records), NULL, 0, &unused),
                RK_ERROR_CODE_INVALID_VALUE, "policy", "rk_simulate refuses a NULL policy");
    check_error(rk_simulate(current, proposed, LEN(records), LEN("{\"top\": -1}"), &unused),
                RK_ERROR_CODE_PARSE, "options.top", "rk_simulate refuses a negative top");
    check_error(rk_simulate_merge(LEN("[]"), &unused), RK_ERROR_CODE_INVALID_VALUE,
                "simulations", "rk_simulate_merge needs a simulation");
done:
    rk_string_free(unused);
    rk_string_free(merged);
    rk_string_free(b);
    rk_string_free(a);
    rk_string_free(whole);
    free(parts);
    rk_policy_free(proposed);
    rk_policy_free(current);
    free(expected);
    free(options);
    free(records);
    free(proposed_text);
    free(current_text);
}

/* The `document` of an RMA answer, and its version. */
static char *document_of(const char *answer, long *version) {
    char *doc = member(answer, "document");
    char *v = member(answer, "document.rma.version");
    *version = v ? strtol(v, NULL, 10) : -1;
    free(v);
    return doc;
}

static char *command(long version, const char *key, const char *actor, const char *at,
                     const char *rest) {
    return format("{\"expected_version\": %ld, \"idempotency_key\": \"%s\", \"actor\": \"%s\","
                  " \"at\": \"%s\", %s}",
                  version, key, actor, at, rest);
}

/* Applies a command; on success replaces *doc and *version. Returns the error, if any. */
static RkError *apply(char **doc, long *version, const char *key, const char *actor,
                      const char *at, const char *rest) {
    char *cmd = command(*version, key, actor, at, rest);
    char *out = NULL;
    RkError *err = rk_rma_apply(LEN(*doc), LEN(cmd), &out);
    if (!err) {
        free(*doc);
        *doc = document_of(out, version);
    }
    rk_string_free(out);
    free(cmd);
    return err;
}

static void test_rma(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    char *input = decide_input();
    char *decision = NULL, *submit = NULL, *out = NULL, *doc = NULL, *rest, *cmd;
    long version = -1;
    check_ok(rk_decide(policy, LEN(input), &decision), "decide before submit");
    rest = format("\"action\": {\"submit\": {\"rma_id\": \"rma-2001-1\", \"sequence\": 330,"
                  " \"order\": %s, \"decision\": %s, \"resolution\": \"original_payment\","
                  " \"timezone\": \"America/New_York\"}}",
                  ORDER, decision ? decision : "null");
    submit = command(0, "portal-2001-1", "customer", "2026-11-10T14:00:05Z", rest);
    if (check_ok(rk_rma_submit(LEN(submit), &out), "rk_rma_submit")) {
        doc = document_of(out, &version);
        check_member(out, "events.0.event.submitted.rma_id", "rma-2001-1",
                     "submit makes a submitted event");
        check_member(out, "document.rma.authorization", "approved", "the RMA is approved");
    }
    rk_string_free(out);
    out = NULL;
    check_error(rk_rma_submit(LEN("{\"action\": {\"submit\": {}}}"), &out), RK_ERROR_CODE_PARSE,
                NULL,
                "a malformed submit is 1001");
    check_error(rk_rma_submit(NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "command",
                "rk_rma_submit refuses NULL");
    check_error(rk_rma_submit(LEN(submit), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_rma_submit refuses NULL out");
    if (!doc) {
        check(0, "the RMA opened", NULL);
        goto done;
    }

    check_error(apply(&doc, &version, "c-1", "customer", "2026-11-11T10:00:00Z",
                      "\"action\": {\"inspect_items\": {\"lines\": []}}"),
                RK_ERROR_CODE_NOT_PERMITTED, NULL,
                "3002 not_permitted: a customer may not inspect");
    check_error(apply(&doc, &version, "a-1", "agent", "2026-11-11T10:00:00Z",
                      "\"action\": {\"approve\": {}}"),
                RK_ERROR_CODE_INVALID_TRANSITION, "command.action",
                "3001 invalid_transition: approving an approved return");
    version += 5;
    check_error(apply(&doc, &version, "a-2", "agent", "2026-11-11T10:00:00Z",
                      "\"action\": {\"cancel\": {}}"),
                RK_ERROR_CODE_VERSION_CONFLICT, "command.expected_version", "3003 version_conflict");
    version -= 5;
    check_ok(apply(&doc, &version, "wh-receive-1", "warehouse", "2026-11-14T10:00:00Z",
                   "\"action\": {\"receive_items\": {\"lines\": [{\"line_id\": \"A\","
                   " \"quantity\": 1}, {\"line_id\": \"B\", \"quantity\": 2}, {\"line_id\":"
                   " \"C\", \"quantity\": 1}]}}"),
             "rk_rma_apply receive_items");
    check_error(apply(&doc, &version, "wh-receive-2", "warehouse", "2026-11-14T10:05:00Z",
                      "\"action\": {\"receive_items\": {\"lines\": [{\"line_id\": \"A\","
                      " \"quantity\": 1}]}}"),
                RK_ERROR_CODE_QUANTITY_EXCEEDED, "command.action.receive_items.lines[0].quantity",
                "1007 receiving beyond what was approved");
    check_ok(apply(&doc, &version, "wh-inspect-1", "warehouse", "2026-11-14T11:00:00Z",
                   "\"action\": {\"inspect_items\": {\"lines\": ["
                   "{\"line_id\": \"A\", \"accepted\": 1, \"rejected\": 0, \"condition\":"
                   " \"like_new\", \"disposition\": \"restock\"},"
                   "{\"line_id\": \"B\", \"accepted\": 2, \"rejected\": 0, \"condition\":"
                   " \"like_new\", \"disposition\": \"restock\"},"
                   "{\"line_id\": \"C\", \"accepted\": 1, \"rejected\": 0, \"condition\":"
                   " \"like_new\", \"disposition\": \"restock\"}]}}"),
             "rk_rma_apply inspect_items");
    {
        char *due = member(doc, "rma.refund_due");
        check(due && strcmp(due, "194.40") == 0, "194.40 is due after inspection", due);
        free(due);
    }
    check_error(apply(&doc, &version, "psp-1", "agent", "2026-11-14T12:00:00Z",
                      "\"action\": {\"record_refund\": {\"amount\": \"1000.00\","
                      " \"reference\": \"psp-1\"}}"),
                RK_ERROR_CODE_REFUND_EXCEEDS_DUE, "command.action.record_refund.amount",
                "4008 refund_exceeds_due");
    check_ok(apply(&doc, &version, "psp-2", "agent", "2026-11-14T12:00:00Z",
                   "\"action\": {\"record_refund\": {\"amount\": \"194.40\","
                   " \"reference\": \"psp-2\"}}"),
             "rk_rma_apply record_refund");
    cmd = command(version, "close-1", "agent", "2026-11-15T09:00:00Z", "\"action\": \"close\"");
    if (check_ok(rk_rma_apply(LEN(doc), LEN(cmd), &out), "rk_rma_apply close")) {
        check_member(out, "document.status.status", "completed", "the return is complete");
        check_member(out, "document.status.money", "refunded", "the money went back");
    }
    rk_string_free(out);
    out = NULL;
    /* The same command again changes nothing and gives the same events. */
    check_ok(rk_rma_apply(LEN(doc), LEN(cmd), &out), "a repeated command is idempotent");
    rk_string_free(out);
    out = NULL;
    free(cmd);
    check_error(rk_rma_apply(NULL, 0, LEN("{}"), &out), RK_ERROR_CODE_INVALID_VALUE, "document",
                "rk_rma_apply refuses a NULL document");
    check_error(rk_rma_apply(LEN(doc), NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "command",
                "rk_rma_apply refuses a NULL command");
    check_error(rk_rma_apply(LEN(doc), LEN("{\"action\": 7}"), &out), RK_ERROR_CODE_PARSE, "command.action",
                "rk_rma_apply refuses a malformed command");
    check_error(rk_rma_apply(LEN("{\"schema_version\": 99}"), LEN("{}"), &out),
                RK_ERROR_CODE_UNSUPPORTED_VERSION,
                "document.schema_version",
                "1009 unsupported_version");

    if (check_ok(rk_rma_tick(LEN(doc), LEN("2026-12-20T00:00:00Z"), LEN("tick-2026-12-20"), &out),
                 "rk_rma_tick")) {
        char *events = member(out, "events");
        check(events != NULL, "a tick answers with events", NULL);
        free(events);
    }
    rk_string_free(out);
    out = NULL;
    check_error(rk_rma_tick(LEN(doc), LEN("soon"), LEN("tick-x"), &out), RK_ERROR_CODE_PARSE, "now",
                "rk_rma_tick refuses a bad now");
    check_error(rk_rma_tick(NULL, 0, LEN(NOW), LEN("k"), &out), RK_ERROR_CODE_INVALID_VALUE,
                "document",
                "rk_rma_tick refuses a NULL document");
    check_error(rk_rma_tick(LEN(doc), NULL, 0, LEN("k"), &out), RK_ERROR_CODE_INVALID_VALUE, "now",
                "rk_rma_tick refuses a NULL now");
    check_error(rk_rma_tick(LEN(doc), LEN(NOW), NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE,
                "idempotency_key",
                "rk_rma_tick refuses a NULL key");
    check_error(rk_rma_tick(LEN(doc), LEN(NOW), LEN("k"), NULL), RK_ERROR_CODE_INVALID_VALUE, "out",
                "rk_rma_tick refuses NULL out");
done:
    free(doc);
    free(rest);
    free(submit);
    rk_string_free(decision);
    free(input);
    rk_policy_free(policy);
}

static void test_allocate(void) {
    char *out = NULL;
    if (check_ok(rk_allocate(LEN("{\"amount\": \"100.00\", \"currency\": \"USD\", \"weights\":"
                                 " [\"1\", \"1\", \"1\"]}"),
                             &out),
                 "rk_allocate")) {
        check(strcmp(out, "[\"33.34\",\"33.33\",\"33.33\"]") == 0,
              "100.00 in thirds is 33.34, 33.33, 33.33", out);
    }
    rk_string_free(out);
    out = NULL;
    if (check_ok(rk_allocate(LEN("{\"amount\": \"1000\", \"currency\": \"JPY\", \"weights\":"
                                 " [\"1\", \"2\"]}"),
                             &out),
                 "rk_allocate JPY")) {
        check(strcmp(out, "[\"333\",\"667\"]") == 0, "1000 JPY split 1:2 is 333, 667", out);
    }
    rk_string_free(out);
    check_error(rk_allocate(LEN("{\"amount\": \"10.00\", \"currency\": \"USD\", \"weights\":"
                                " [\"0\", \"0\"]}"),
                            &out),
                RK_ERROR_CODE_INVALID_ALLOCATION, NULL, "4006 invalid_allocation: no weight");
    check_error(rk_allocate(LEN("{\"amount\": \"10.001\", \"currency\": \"USD\", \"weights\":"
                                " [\"1\"]}"),
                            &out),
                RK_ERROR_CODE_INVALID_AMOUNT, NULL, "4003 invalid_amount: finer than a cent");
    check_error(rk_allocate(LEN("{\"amount\": 10}"), &out), RK_ERROR_CODE_PARSE, NULL,
                "money as a JSON number is refused");
    check_error(rk_allocate(NULL, 0, &out), RK_ERROR_CODE_INVALID_VALUE, "input",
                "rk_allocate refuses NULL");
}

/* Threads deciding with one shared policy all get the single-threaded answer. */
typedef struct {
    const RkPolicy *policy;
    const char *input;
    const char *expected;
    int mismatches;
} worker;

static void *decide_many(void *arg) {
    worker *w = arg;
    int i;
    for (i = 0; i < 20; i++) {
        char *out = NULL;
        RkError *err = rk_decide(w->policy, w->input, strlen(w->input), &out);
        if (err || strcmp(out, w->expected) != 0) {
            w->mismatches++;
        }
        rk_error_free(err);
        rk_string_free(out);
    }
    return NULL;
}

static void test_threads(void) {
    RkPolicy *policy = compile(POLICY_JSON, "json", NULL);
    char *input = decide_input();
    char *expected = NULL;
    pthread_t threads[4];
    worker workers[4];
    int i, started = 0, mismatches = 0;
    check_ok(rk_decide(policy, LEN(input), &expected), "decide once");
    for (i = 0; expected && i < 4; i++) {
        workers[i].policy = policy;
        workers[i].input = input;
        workers[i].expected = expected;
        workers[i].mismatches = 0;
        if (pthread_create(&threads[i], NULL, decide_many, &workers[i]) == 0) {
            started++;
        }
    }
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
        mismatches += workers[i].mismatches;
    }
    check(started == 4 && mismatches == 0, "4 threads share one policy and agree", NULL);
    rk_string_free(expected);
    free(input);
    rk_policy_free(policy);
}

void run_api_tests(void) {
    test_version();
    test_error_codes();
    test_free_functions_accept_null();
    test_policy_compile();
    test_policy_check();
    test_policy_explain();
    test_policy_summary();
    test_quote();
    test_oversized_input();
    test_decide();
    test_decision_offer();
    test_label_quote();
    test_rma();
    test_allocate();
    test_simulate();
    test_threads();
}
