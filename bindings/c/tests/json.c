/* A tiny JSON reader and the fixtures' subset matcher; see json.h. */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *p;
    const char *end;
    char *why;
    size_t why_len;
    int depth;
} parser;

static int fail(parser *ps, const char *what) {
    if (ps->why && ps->why_len) {
        snprintf(ps->why, ps->why_len, "%s at byte %ld", what, (long)(ps->end - ps->p));
    }
    return 0;
}

static void skip_ws(parser *ps) {
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) {
        ps->p++;
    }
}

static void value_free(json_value *v) {
    size_t i;
    free(v->text);
    for (i = 0; i < v->count; i++) {
        value_free(&v->items[i]);
        if (v->keys) {
            free(v->keys[i]);
        }
    }
    free(v->items);
    free(v->keys);
}

static int hex4(parser *ps, unsigned *out) {
    unsigned v = 0;
    int i;
    if (ps->end - ps->p < 4) {
        return fail(ps, "short \\u escape");
    }
    for (i = 0; i < 4; i++) {
        char c = *ps->p++;
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= (unsigned)(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= (unsigned)(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= (unsigned)(c - 'A' + 10);
        } else {
            return fail(ps, "bad \\u escape");
        }
    }
    *out = v;
    return 1;
}

static size_t put_utf8(char *dst, unsigned cp) {
    if (cp < 0x80) {
        dst[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        dst[0] = (char)(0xC0 | (cp >> 6));
        dst[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        dst[0] = (char)(0xE0 | (cp >> 12));
        dst[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        dst[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    dst[0] = (char)(0xF0 | (cp >> 18));
    dst[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    dst[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    dst[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Parses a string at ps->p (on the opening quote) into a fresh NUL-terminated buffer. */
static int parse_string(parser *ps, char **out) {
    const char *scan = ps->p + 1;
    char *buf;
    size_t n = 0;
    while (scan < ps->end && *scan != '"') {
        scan += (*scan == '\\') ? 2 : 1;
    }
    if (scan >= ps->end) {
        return fail(ps, "unterminated string");
    }
    /* The decoded text is never longer than the source. */
    buf = malloc((size_t)(scan - ps->p) + 1);
    if (!buf) {
        return fail(ps, "out of memory");
    }
    ps->p++;
    while (*ps->p != '"') {
        char c = *ps->p++;
        if ((unsigned char)c < 0x20) {
            free(buf);
            return fail(ps, "control character in string");
        }
        if (c != '\\') {
            buf[n++] = c;
            continue;
        }
        c = *ps->p++;
        switch (c) {
        case '"': buf[n++] = '"'; break;
        case '\\': buf[n++] = '\\'; break;
        case '/': buf[n++] = '/'; break;
        case 'b': buf[n++] = '\b'; break;
        case 'f': buf[n++] = '\f'; break;
        case 'n': buf[n++] = '\n'; break;
        case 'r': buf[n++] = '\r'; break;
        case 't': buf[n++] = '\t'; break;
        case 'u': {
            unsigned cp, low;
            if (!hex4(ps, &cp)) {
                free(buf);
                return 0;
            }
            if (cp >= 0xD800 && cp < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' &&
                ps->p[1] == 'u') {
                ps->p += 2;
                if (!hex4(ps, &low)) {
                    free(buf);
                    return 0;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            n += put_utf8(buf + n, cp);
            break;
        }
        default:
            free(buf);
            return fail(ps, "bad escape");
        }
    }
    ps->p++;
    buf[n] = '\0';
    *out = buf;
    return 1;
}

static int parse_value(parser *ps, json_value *v);

static int push(parser *ps, json_value *v, size_t *cap, char *key) {
    if (v->count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        json_value *items = realloc(v->items, ncap * sizeof *items);
        if (!items) {
            free(key);
            return fail(ps, "out of memory");
        }
        v->items = items;
        if (v->type == JSON_OBJECT) {
            char **keys = realloc(v->keys, ncap * sizeof *keys);
            if (!keys) {
                free(key);
                return fail(ps, "out of memory");
            }
            v->keys = keys;
        }
        *cap = ncap;
    }
    memset(&v->items[v->count], 0, sizeof v->items[0]);
    if (v->type == JSON_OBJECT) {
        v->keys[v->count] = key;
    }
    v->count++;
    return parse_value(ps, &v->items[v->count - 1]);
}

static int parse_container(parser *ps, json_value *v, char close) {
    size_t cap = 0;
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return 1;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(ps);
        if (v->type == JSON_OBJECT) {
            if (ps->p >= ps->end || *ps->p != '"') {
                return fail(ps, "expected a key");
            }
            if (!parse_string(ps, &key)) {
                return 0;
            }
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                free(key);
                return fail(ps, "expected ':'");
            }
            ps->p++;
        }
        if (!push(ps, v, &cap, key)) {
            return 0;
        }
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            return 1;
        }
        return fail(ps, "expected ',' or a closing bracket");
    }
}

static int literal(parser *ps, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) {
        return fail(ps, "unexpected character");
    }
    ps->p += n;
    return 1;
}

static int parse_value(parser *ps, json_value *v) {
    int ok;
    skip_ws(ps);
    if (ps->p >= ps->end) {
        return fail(ps, "unexpected end");
    }
    if (++ps->depth > 200) {
        return fail(ps, "too deep");
    }
    v->start = ps->p;
    switch (*ps->p) {
    case '{':
        v->type = JSON_OBJECT;
        ok = parse_container(ps, v, '}');
        break;
    case '[':
        v->type = JSON_ARRAY;
        ok = parse_container(ps, v, ']');
        break;
    case '"':
        v->type = JSON_STRING;
        ok = parse_string(ps, &v->text);
        break;
    case 't':
        v->type = JSON_BOOL;
        v->boolean = 1;
        ok = literal(ps, "true");
        break;
    case 'f':
        v->type = JSON_BOOL;
        ok = literal(ps, "false");
        break;
    case 'n':
        v->type = JSON_NULL;
        ok = literal(ps, "null");
        break;
    default: {
        const char *s = ps->p;
        while (ps->p < ps->end && strchr("+-0123456789.eE", *ps->p)) {
            ps->p++;
        }
        if (ps->p == s) {
            return fail(ps, "unexpected character");
        }
        v->type = JSON_NUMBER;
        v->text = malloc((size_t)(ps->p - s) + 1);
        if (!v->text) {
            return fail(ps, "out of memory");
        }
        memcpy(v->text, s, (size_t)(ps->p - s));
        v->text[ps->p - s] = '\0';
        ok = 1;
    }
    }
    ps->depth--;
    v->len = (size_t)(ps->p - v->start);
    return ok;
}

json_value *json_parse(const char *text, size_t len, char *why, size_t why_len) {
    parser ps;
    json_value *v = calloc(1, sizeof *v);
    if (!v) {
        return NULL;
    }
    ps.p = text;
    ps.end = text + len;
    ps.why = why;
    ps.why_len = why_len;
    ps.depth = 0;
    if (!parse_value(&ps, v)) {
        json_free(v);
        return NULL;
    }
    skip_ws(&ps);
    if (ps.p != ps.end) {
        fail(&ps, "trailing characters");
        json_free(v);
        return NULL;
    }
    return v;
}

void json_free(json_value *value) {
    if (value) {
        value_free(value);
        free(value);
    }
}

const json_value *json_get(const json_value *object, const char *key) {
    size_t i;
    if (!object || object->type != JSON_OBJECT) {
        return NULL;
    }
    for (i = 0; i < object->count; i++) {
        if (strcmp(object->keys[i], key) == 0) {
            return &object->items[i];
        }
    }
    return NULL;
}

static int is_integer(const char *lexeme) {
    return strpbrk(lexeme, ".eE") == NULL;
}

static int numbers_equal(const char *a, const char *b) {
    if (is_integer(a) && is_integer(b)) {
        return strtoll(a, NULL, 10) == strtoll(b, NULL, 10);
    }
    if (is_integer(a) != is_integer(b)) {
        return 0; /* serde_json: 1 and 1.0 differ */
    }
    return strtod(a, NULL) == strtod(b, NULL);
}

static int mismatch(const char *path, const json_value *e, const json_value *a, char *why,
                    size_t why_len) {
    snprintf(why, why_len, "%s: expected %.*s, got %.*s", *path ? path : "(root)",
             e ? (int)(e->len > 200 ? 200 : e->len) : 7, e ? e->start : "nothing",
             a ? (int)(a->len > 200 ? 200 : a->len) : 7, a ? a->start : "nothing");
    return 0;
}

static int subset_at(const json_value *e, const json_value *a, int nulls, char *path,
                     size_t path_len, char *why, size_t why_len) {
    size_t base = strlen(path);
    size_t i;
    if (e->type != a->type) {
        return mismatch(path, e, a, why, why_len);
    }
    switch (e->type) {
    case JSON_NULL:
        return 1;
    case JSON_BOOL:
        return e->boolean == a->boolean ? 1 : mismatch(path, e, a, why, why_len);
    case JSON_NUMBER:
        return numbers_equal(e->text, a->text) ? 1 : mismatch(path, e, a, why, why_len);
    case JSON_STRING:
        return strcmp(e->text, a->text) == 0 ? 1 : mismatch(path, e, a, why, why_len);
    case JSON_ARRAY:
        if (e->count != a->count) {
            snprintf(why, why_len, "%s: %lu elements expected, got %lu", *path ? path : "(root)",
                     (unsigned long)e->count, (unsigned long)a->count);
            return 0;
        }
        for (i = 0; i < e->count; i++) {
            snprintf(path + base, path_len - base, "[%lu]", (unsigned long)i);
            if (!subset_at(&e->items[i], &a->items[i], nulls, path, path_len, why, why_len)) {
                return 0;
            }
        }
        path[base] = '\0';
        return 1;
    case JSON_OBJECT:
        for (i = 0; i < e->count; i++) {
            const json_value *av = json_get(a, e->keys[i]);
            snprintf(path + base, path_len - base, ".%s", e->keys[i]);
            if (!av) {
                if (nulls && e->items[i].type == JSON_NULL) {
                    continue;
                }
                snprintf(why, why_len, "%s: missing", path);
                return 0;
            }
            if (!subset_at(&e->items[i], av, nulls, path, path_len, why, why_len)) {
                return 0;
            }
        }
        path[base] = '\0';
        return 1;
    }
    return mismatch(path, e, a, why, why_len);
}

int json_subset(const json_value *expected, const json_value *actual, int null_matches_missing,
                char *why, size_t why_len) {
    char path[1024];
    path[0] = '\0';
    return subset_at(expected, actual, null_matches_missing, path, sizeof path, why, why_len);
}

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) {
        return NULL;
    }
    for (;;) {
        size_t got;
        if (cap - n < 4096) {
            char *nb = realloc(buf, cap + 65536);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
            cap += 65536;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            break;
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}
