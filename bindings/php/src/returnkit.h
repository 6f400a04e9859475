typedef struct RkError RkError;

typedef struct RkPolicy RkPolicy;

RkError *rk_policy_compile(const char *text,
                           size_t text_len,
                           const char *format,
                           size_t format_len,
                           const char *rate_cards,
                           size_t rate_cards_len,
                           RkPolicy **out);

void rk_policy_free(RkPolicy *policy);

RkError *rk_policy_check(const char *text,
                         size_t text_len,
                         const char *format,
                         size_t format_len,
                         char **out);

RkError *rk_policy_explain(const RkPolicy *policy,
                           bool jsonld,
                           char **out);

RkError *rk_policy_summary(const RkPolicy *policy,
                           const char *locale,
                           size_t locale_len,
                           char **out);

RkError *rk_quote(const char *input,
                  size_t input_len,
                  char **out);

RkError *rk_decide(const RkPolicy *policy,
                   const char *input,
                   size_t input_len,
                   char **out);

RkError *rk_decision_offer(const char *decision,
                           size_t decision_len,
                           const char *resolution,
                           size_t resolution_len,
                           char **out);

RkError *rk_label_quote(const RkPolicy *policy,
                        const char *request,
                        size_t request_len,
                        char **out);

RkError *rk_rma_submit(const char *command,
                       size_t command_len,
                       char **out);

RkError *rk_rma_apply(const char *document,
                      size_t document_len,
                      const char *command,
                      size_t command_len,
                      char **out);

RkError *rk_rma_tick(const char *document,
                     size_t document_len,
                     const char *now,
                     size_t now_len,
                     const char *idempotency_key,
                     size_t idempotency_key_len,
                     char **out);

RkError *rk_simulate(const RkPolicy *current,
                     const RkPolicy *proposed,
                     const char *records,
                     size_t records_len,
                     const char *options,
                     size_t options_len,
                     char **out);

RkError *rk_simulate_merge(const char *simulations,
                           size_t simulations_len,
                           char **out);

RkError *rk_allocate(const char *input,
                     size_t input_len,
                     char **out);

uint32_t rk_error_code(const RkError *error);

const char *rk_error_kind(const RkError *error);

const char *rk_error_message(const RkError *error);

const char *rk_error_field(const RkError *error);

void rk_error_free(RkError *error);

const char *rk_error_codes(void);

const char *rk_version(void);

RkError *rk_report(const char *documents,
                   size_t documents_len,
                   const char *orders,
                   size_t orders_len,
                   char **out);

RkError *rk_report_merge(const char *reports,
                         size_t reports_len,
                         char **out);

void rk_string_free(char *string);
