// The JavaScript API of returnkit, shared by the web, bundler and Node.js entry points.
//
// It converts and forwards: objects become JSON text, the WebAssembly exports (which forward
// to returnkit::wire) answer with JSON text, and that text becomes objects again. The `…Json`
// variants skip both conversions and give Rust's bytes unchanged.
//
// Errors: the exports throw the wire-format error record as JSON text; it becomes a
// ReturnKitError. A panic in Rust traps the instance (wasm32 builds abort on panic): the trap
// becomes a ReturnKitError with code 9001, the panic message is read from the trapped
// instance, and the entry point's loader replaces the instance with a fresh one. Policies
// compiled on the old instance are compiled again from their source on first use.
//
// Three WebAssembly modules answer (see docs/wasm.md, "Size"): the storefront (policies,
// decisions, quotes, splits, rmaSubmit), the back office (rmaApply, rmaTick, policyCheck, and
// TOML policies, which it turns into the JSON the others compile) and analytics (report,
// simulate, and their merges). Each has its own loader; the back office's and analytics' load
// on first use (Node.js) or with initBackOffice() and initAnalytics().

/** Everything returnkit throws: the wire-format error record as an Error. */
export class ReturnKitError extends Error {
  constructor(record) {
    super(String(record.message));
    this.name = 'ReturnKitError';
    this.code = record.code;
    this.kind = record.kind;
    this.field = record.field;
  }

  /** The wire-format record, its keys in Rust's order: `JSON.stringify` gives Rust's bytes. */
  toJSON() {
    return { code: this.code, field: this.field, kind: this.kind, message: this.message };
  }
}

function internal(message) {
  return new ReturnKitError({ code: 9001, kind: 'internal', field: '', message: `internal error: ${message}` });
}

/** JSON text of an input, or a parse error (1001) when it has no JSON form. */
function stringify(value, field) {
  if (typeof value === 'string') return value;
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new ReturnKitError({ code: 1001, kind: 'parse', field, message: `${field || 'input'}: ${e.message}` });
  }
  if (text === undefined) {
    throw new ReturnKitError({ code: 1001, kind: 'parse', field, message: `${field || 'input'}: no JSON form` });
  }
  return text;
}

/** Records as the wire takes them: JSON text as given, an array as a JSON array. */
function records(value, field) {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) {
    throw new ReturnKitError({ code: 1001, kind: 'parse', field, message: `${field}: expected an array or JSON text` });
  }
  return `[${value.map((item, i) => stringify(item, `${field}[${i}]`)).join(',')}]`;
}

function isPlainRecord(value) {
  return value !== null && typeof value === 'object';
}

/** Records as JSON Lines: JSON text as given, an array as one record per line. */
function jsonLines(value, field) {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) {
    throw new ReturnKitError({ code: 1001, kind: 'parse', field, message: `${field}: expected an array or JSON Lines text` });
  }
  // A line break outside a JSON string is whitespace (inside one it is escaped): a record
  // given as text keeps its meaning on one line.
  return value.map((item, i) => (typeof item === 'string' ? item.replace(/[\r\n]+/g, ' ') : stringify(item, `${field}[${i}]`))).join('\n');
}

/**
 * Builds the API on three loaders, the storefront module's, the back office's and analytics',
 * each `{ current(): glue, generation: number, recover(): void }`. `current()` gives the
 * wasm-bindgen exports of the live instance (or throws a ReturnKitError while there is none);
 * `recover()` discards the live instance after a trap.
 */
export function makeApi(loader, backOffice, analytics) {
  /** Calls into the storefront instance, turning whatever it throws into a ReturnKitError. */
  function call(fn) {
    return callOn(loader, fn);
  }

  /** Calls into the back-office instance. */
  function callBackOffice(fn) {
    return callOn(backOffice, fn);
  }

  /** Calls into the analytics instance. */
  function callAnalytics(fn) {
    return callOn(analytics, fn);
  }

  // Message catalogs added with addCatalog, by tag: each instance (of any module, and a fresh
  // one after a trap) gets them before its first call, so every answer asked in a locale is
  // written in it, whichever module writes it.
  const catalogs = new Map();
  const given = new WeakMap();

  function withCatalogs(glue) {
    if (given.get(glue) === catalogs.size) return;
    for (const [tag, json] of catalogs) glue.add_catalog(tag, json);
    given.set(glue, catalogs.size);
  }

  function callOn(from, fn) {
    const glue = from.current();
    try {
      withCatalogs(glue);
      return fn(glue);
    } catch (e) {
      throw convert(e, glue, from);
    }
  }

  function convert(e, glue, from = loader) {
    if (e instanceof ReturnKitError) return e;
    if (typeof e === 'string') {
      let record;
      try {
        record = JSON.parse(e);
      } catch {
        record = null;
      }
      if (isPlainRecord(record) && typeof record.code === 'number') return new ReturnKitError(record);
      return internal(e);
    }
    // A trap (RuntimeError: unreachable after a panic), a stack overflow (RangeError) or an
    // allocation failure: the instance can't be trusted any more.
    let message = '';
    try {
      message = glue.take_panic();
    } catch {
      message = '';
    }
    let restart = '';
    try {
      from.recover();
    } catch (err) {
      restart = ` (and a new instance could not be made: ${err && err.message ? err.message : err})`;
    }
    return internal(`${message || (e && e.message) || String(e)}${restart}`);
  }

  const parse = (text) => JSON.parse(text);

  /** Releases a handle in the module it was compiled in, unless that instance was replaced. */
  function release(from, handle, generation) {
    if (generation === from.generation) {
      try {
        from.current().policy_free(handle);
      } catch {
        // The instance is gone or recovering; its memory goes with it.
      }
    }
  }

  /** Source and handle of a compiled policy, rebuilt on a fresh instance when needed. */
  const finalizer =
    typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry(({ handle, generation }) => release(loader, handle, generation))
      : null;
  // A Policy's handle in the analytics module, compiled there on its first simulation.
  const analyticsFinalizer =
    typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry(({ handle, generation }) => release(analytics, handle, generation))
      : null;
  // The analytics handle of a Policy (set by the class, which alone sees its source).
  let analyticsHandle;

  class Policy {
    #text;
    #format;
    #cards;
    #handle = 0;
    #generation = -1;
    #freed = false;
    #token = {};
    #analytics = { handle: 0, generation: -1, token: {} };

    static {
      analyticsHandle = (policy) => policy.#inAnalytics();
    }

    /**
     * Compiles a return policy once, to decide many returns.
     * @param policy JSON or TOML text, or a policy document object
     * @param options `format` ('json' or 'toml'; by default JSON when the text starts with `{`)
     *   and `rateCards` (JSON text or an array of rate cards) for label quotes. TOML is read by
     *   the back-office module, into the JSON that the storefront compiles.
     */
    constructor(policy, options) {
      options = options ?? {};
      const isText = typeof policy === 'string';
      this.#text = isText ? policy : stringify(policy, 'policy');
      this.#format = options.format ?? (!isText || policy.trimStart().startsWith('{') ? 'json' : 'toml');
      const cards = options.rateCards;
      this.#cards = cards === undefined || cards === null ? '' : stringify(cards, 'rate_cards');
      if (this.#format === 'toml') {
        const toml = this.#text;
        this.#text = callBackOffice((g) => g.policy_toml_to_json(toml));
        this.#format = 'json';
      }
      this.#compile();
    }

    #compile() {
      const handle = call((g) => g.policy_compile(this.#text, this.#format, this.#cards));
      this.#handle = handle;
      this.#generation = loader.generation;
      if (finalizer) {
        finalizer.unregister(this.#token);
        finalizer.register(this, { handle, generation: this.#generation }, this.#token);
      }
    }

    /**
     * The handle of this policy in the analytics module: compiled there from the same JSON
     * once, and again on a fresh instance; 0 (an error on the call's field) once freed.
     */
    #inAnalytics() {
      if (this.#freed) return 0;
      const a = this.#analytics;
      if (a.generation !== analytics.generation) {
        const handle = callAnalytics((g) => g.policy_compile(this.#text, this.#format, this.#cards));
        a.handle = handle;
        a.generation = analytics.generation;
        if (analyticsFinalizer) {
          analyticsFinalizer.unregister(a.token);
          analyticsFinalizer.register(this, { handle, generation: a.generation }, a.token);
        }
      }
      return a.handle;
    }

    /** The live handle, compiling again on a fresh instance. */
    #live() {
      if (!this.#freed && this.#generation !== loader.generation) this.#compile();
      return this.#handle;
    }

    /** A decision on a return request: `{order, request, now}` in. */
    decide(input) {
      return parse(this.decideJson(stringify(input, 'input')));
    }

    /** `decide` on JSON text, answering Rust's JSON text unchanged. */
    decideJson(json) {
      const handle = this.#live();
      return call((g) => g.policy_decide(handle, json));
    }

    /**
     * The refund preview that answers the request: the quote of the offer the core picks
     * (`Decision::offer`): the offer of the resolution asked for, or the first offer when the
     * request asks none; `null` when no offer answers (that resolution is not on offer, or
     * the return is denied).
     */
    refundQuote(input) {
      return parse(this.refundQuoteJson(stringify(input, 'input')));
    }

    /** `refundQuote` on JSON text: Rust's JSON text of the quote, or `null`. */
    refundQuoteJson(json) {
      const handle = this.#live();
      return call((g) => g.policy_refund_preview(handle, json));
    }

    /** A label quote with the policy's rate cards. */
    labelQuote(request) {
      return parse(this.labelQuoteJson(stringify(request, 'request')));
    }

    /** `labelQuote` on JSON text. */
    labelQuoteJson(json) {
      const handle = this.#live();
      return call((g) => g.policy_label_quote(handle, json));
    }

    /** The policy in plain language, for a returns page. */
    explain() {
      const handle = this.#live();
      return parse(call((g) => g.policy_explain(handle, false)));
    }

    /**
     * The policy in plain language in a customer's locale (a BCP 47 tag, matched as a decide
     * request's `locale` is); English without one, or before that locale's catalog is added.
     */
    summary(locale) {
      const handle = this.#live();
      const tag = locale === undefined || locale === null ? undefined : String(locale);
      return parse(call((g) => g.policy_summary(handle, tag)));
    }

    /** The policy as schema.org MerchantReturnPolicy JSON-LD. */
    jsonLd() {
      const handle = this.#live();
      return parse(call((g) => g.policy_explain(handle, true)));
    }

    /** Releases the compiled policy now (it is released when garbage-collected otherwise). */
    free() {
      if (this.#freed) return;
      this.#freed = true;
      if (finalizer) finalizer.unregister(this.#token);
      release(loader, this.#handle, this.#generation);
      this.#handle = 0;
      const a = this.#analytics;
      if (analyticsFinalizer) analyticsFinalizer.unregister(a.token);
      if (a.handle !== 0) release(analytics, a.handle, a.generation);
      a.handle = 0;
    }
  }

  /**
   * Runs `fn` on a simulation's two policies as analytics handles: a `Policy` is compiled
   * there once (and kept); JSON text, a policy document, or TOML text (read by the back
   * office) is compiled for this call and released after it.
   */
  function withSimulationPolicies(current, proposed, fn) {
    const compiled = [];
    const handleOf = (policy, field) => {
      if (policy instanceof Policy) return analyticsHandle(policy);
      const isText = typeof policy === 'string';
      let text = isText ? policy : stringify(policy, field);
      if (isText && !policy.trimStart().startsWith('{')) {
        const toml = text;
        text = callBackOffice((g) => g.policy_toml_to_json(toml));
      }
      const handle = callAnalytics((g) => g.policy_compile(text, 'json', ''));
      compiled.push({ handle, generation: analytics.generation });
      return handle;
    };
    try {
      return fn(handleOf(current, 'current'), handleOf(proposed, 'proposed'));
    } finally {
      for (const { handle, generation } of compiled) release(analytics, handle, generation);
    }
  }

  function simulateJson(current, proposed, records, options) {
    return withSimulationPolicies(current, proposed, (c, p) => callAnalytics((g) => g.simulate(c, p, records, options ?? '')));
  }

  /** The loader a test-support call names: the storefront's by default. */
  function moduleLoader(module) {
    if (module === 'analytics') return analytics;
    return module === true || module === 'backOffice' ? backOffice : loader;
  }

  let codes = null;

  // The fast split's scratch buffer, seen through a view of the live instance's memory,
  // remade when the instance is replaced or its memory grows (which empties old views).
  const FAST_WEIGHTS = 32;
  let scratch = { generation: -1, glue: null, address: 0, memory: null, view: null };
  function scratchView() {
    if (scratch.generation !== loader.generation || scratch.view.length === 0) {
      const glue = loader.current();
      const address = glue.allocate_scratch();
      const memory = glue.wasm_memory();
      scratch = { generation: loader.generation, glue, address, memory, view: new Float64Array(memory.buffer, address, FAST_WEIGHTS) };
    }
    return scratch.view;
  }

  return {
    Policy,

    /** A refund quote: `{order, request}` in. */
    refundQuote(input) {
      return parse(call((g) => g.quote(stringify(input, 'input'))));
    },
    /** `refundQuote` on JSON text. */
    refundQuoteJson(json) {
      return call((g) => g.quote(json));
    },

    /** An exact split: `{amount, currency, weights}` in, the shares as decimal strings. */
    allocate(input) {
      return parse(call((g) => g.allocate(stringify(input, 'input'))));
    },
    /** `allocate` on JSON text. */
    allocateJson(json) {
      return call((g) => g.allocate(json));
    },
    /**
     * The fast split: `total` minor units across whole `weights` (an array or a typed
     * array), the shares in minor units: a new array, or written into `out` when given.
     * Numbers must be whole and at most 2^53 - 1.
     */
    allocateMinor(total, weights, out) {
      if (weights === null || typeof weights !== 'object' || typeof weights.length !== 'number') {
        throw new ReturnKitError({ code: 1001, kind: 'parse', field: 'weights', message: 'weights: expected an array of numbers' });
      }
      const n = weights.length;
      if (n > 0 && n <= FAST_WEIGHTS) {
        const view = scratchView();
        for (let i = 0; i < n; i++) view[i] = weights[i];
        let done;
        try {
          done = scratch.glue.allocate_minor_in_scratch(total, n);
        } catch (e) {
          throw convert(e, scratch.glue);
        }
        if (done) {
          const shares = out ?? new Array(n);
          for (let i = 0; i < n; i++) shares[i] = view[i];
          return shares;
        }
      }
      // Many weights, or anything the fast path leaves (errors among them): through the core.
      const shares = call((g) => g.allocate_minor(total, weights));
      if (out === undefined) return Array.from(shares);
      for (let i = 0; i < n; i++) out[i] = shares[i];
      return out;
    },

    /** Every problem in a policy document, as `{ok, errors}`. */
    policyCheck(policy, format) {
      const isText = typeof policy === 'string';
      const text = isText ? policy : stringify(policy, 'policy');
      const fmt = format ?? (!isText || policy.trimStart().startsWith('{') ? 'json' : 'toml');
      return parse(callBackOffice((g) => g.policy_check(text, fmt)));
    },

    /** Opens a return authorization: a `submit` command in, `{document, events}` out. */
    rmaSubmit(command) {
      return parse(call((g) => g.rma_submit(stringify(command, 'command'))));
    },
    /** `rmaSubmit` on JSON text. */
    rmaSubmitJson(json) {
      return call((g) => g.rma_submit(json));
    },

    /**
     * Adds a locale's compiled message catalog (the package's `locales/<tag>.txt`, as text),
     * so that decisions and RMA statuses asked in that locale (`locale: 'de-AT'`) are written
     * in it; English is built in. Answers whether it was added (`false`: it was already).
     */
    addCatalog(tag, catalog) {
      const json = stringify(catalog, 'catalog');
      const added = call((g) => g.add_catalog(tag, json));
      if (added) catalogs.set(tag, json);
      return added;
    },
    /** Applies a command to an RMA document: `{document, events}` out. */
    rmaApply(document, command) {
      const doc = stringify(document, 'document');
      const cmd = stringify(command, 'command');
      return parse(callBackOffice((g) => g.rma_apply(doc, cmd)));
    },
    /** `rmaApply` on JSON text. */
    rmaApplyJson(document, command) {
      return callBackOffice((g) => g.rma_apply(document, command));
    },
    /** Lets time pass for an RMA document (a backend job): `{document, events}` out. */
    rmaTick(document, now, idempotencyKey) {
      const doc = stringify(document, 'document');
      const at = now instanceof Date ? now.toISOString() : String(now);
      return parse(callBackOffice((g) => g.rma_tick(doc, at, String(idempotencyKey))));
    },
    /** `rmaTick` on JSON text. */
    rmaTickJson(document, now, idempotencyKey) {
      return callBackOffice((g) => g.rma_tick(document, now, idempotencyKey));
    },

    /**
     * The returns report (docs/analytics.md) of RMA records and an order feed: each JSON text
     * (an array, or JSON Lines) or an array of records (objects or JSON text).
     */
    report(documents, orders) {
      const docs = records(documents, 'documents');
      const feed = orders == null ? '' : records(orders, 'orders');
      return parse(callAnalytics((g) => g.report(docs, feed)));
    },
    /** `report` on JSON text. */
    reportJson(documents, orders) {
      return callAnalytics((g) => g.report(documents, orders ?? ''));
    },
    /** Returns reports (objects or JSON text, or a JSON array of them) merged into one. */
    reportMerge(reports) {
      const text = records(reports, 'reports');
      return parse(callAnalytics((g) => g.report_merge(text)));
    },
    /** `reportMerge` on JSON text (a JSON array of reports). */
    reportMergeJson(reports) {
      return callAnalytics((g) => g.report_merge(reports));
    },

    /**
     * Policy what-if (docs/simulate.md): a history of return requests decided under the
     * current and the proposed policy, and what changed. Each policy is a `Policy`, or JSON
     * or TOML text or a policy document; `records` is JSON Lines text or an array of records
     * (`{id, order, request, now}`, objects or JSON text); `options` is `{names, top}` (or its
     * JSON text).
     */
    simulate(current, proposed, history, options) {
      const lines = jsonLines(history, 'records');
      const opts = options == null ? '' : stringify(options, 'options');
      return parse(simulateJson(current, proposed, lines, opts));
    },
    /** `simulate` on JSON Lines text and options as JSON text, answering Rust's JSON text. */
    simulateJson,
    /** Simulations of shards of a history (objects or JSON text, or a JSON array of them) merged into one. */
    simulateMerge(simulations) {
      const text = records(simulations, 'simulations');
      return parse(callAnalytics((g) => g.simulate_merge(text)));
    },
    /** `simulateMerge` on JSON text (a JSON array of simulations). */
    simulateMergeJson(simulations) {
      return callAnalytics((g) => g.simulate_merge(simulations));
    },

    /** Every stable error code with its kind. */
    errorCodes() {
      if (codes === null) codes = Object.freeze(parse(call((g) => g.error_codes())).map((c) => Object.freeze(c)));
      return codes;
    },
    /** The returnkit version. */
    version() {
      return call((g) => g.version());
    },

    /**
     * Test support: panics inside Rust, to exercise the recovery: in the storefront module,
     * or in `module` (`'backOffice'`, or `true` for it, or `'analytics'`). Not for production use.
     */
    __debugPanic(message, module) {
      return callOn(moduleLoader(module), (g) => g.debug_panic(String(message)));
    },
    /** Test support: how many times a module's instance (as `__debugPanic` names it) was replaced. */
    __instanceGeneration(module) {
      return moduleLoader(module).generation;
    },
  };
}
