// The returnkit API. The wire types (Order, RefundQuote, Decision, ...) are generated from
// the Rust types' JSON Schemas into types.d.ts; amounts are `Decimal` strings ("12.50").
import type {
  AllocateInput,
  Command,
  DecideInput,
  Decimal,
  Decision,
  DecisionRecord,
  ErrorRecord,
  LabelQuote,
  LabelRequest,
  PolicyCheck,
  PolicyDocument,
  QuoteInput,
  RateCard,
  RefundQuote,
  ReturnsReport,
  RmaDocument,
  RmaOutcome,
  Simulation,
  Timestamp,
} from './types.js';

export * from './types.js';

/** Everything returnkit throws. `code` is the stable number of the C API and docs/errors.md. */
export declare class ReturnKitError extends Error {
  constructor(record: ErrorRecord);
  readonly name: 'ReturnKitError';
  /** 1xxx argument and JSON, 2xxx policy, 3xxx transition, 4xxx money, 9001 internal. */
  readonly code: number;
  /** Stable snake_case name of the code, such as `quantity_exceeded`. */
  readonly kind: string;
  /** Path of the input field at fault, starting with its document, such as `order.lines[0].quantity` (empty for internal errors). */
  readonly field: string;
  /** The wire-format record. */
  toJSON(): ErrorRecord;
}

/**
 * A compiled `WebAssembly.Module`, where the project's declarations have one (the DOM's lib);
 * without them (Node.js's own), nothing. Named this way so that the package's declarations
 * compile with or without the DOM's.
 */
type CompiledModule = typeof globalThis extends {
  WebAssembly: { Module: abstract new (...args: never[]) => infer M };
}
  ? M
  : never;

/** Where the WebAssembly module comes from, for `init` in the web build. */
export type InitInput = string | URL | Response | ArrayBuffer | ArrayBufferView | CompiledModule | Promise<Response>;

/**
 * Loads the WebAssembly module. Required once before any call in the web build (browsers
 * without a bundler); resolves at once in the Node.js and bundler builds.
 */
export declare function init(input?: InitInput): Promise<void>;

/**
 * Loads the back-office module: `rmaApply`, `rmaTick`, `policyCheck` and TOML policies answer
 * from it. Required once before those in the web and bundler builds (they throw a
 * ReturnKitError 9001 until then); in Node.js it loads on their first call. A returns portal
 * (policies in JSON, decisions, quotes, `rmaSubmit`) never needs it.
 */
export declare function initBackOffice(input?: InitInput): Promise<void>;

/**
 * Loads the analytics module: `report`, `simulate` and their merges answer from it. Required
 * once before those in the web and bundler builds (they throw a ReturnKitError 9001 until
 * then); in Node.js it loads on their first call. Neither a returns portal nor the back
 * office's RMA calls need it.
 */
export declare function initAnalytics(input?: InitInput): Promise<void>;

/** Resolves when calls can be made (after `init`, or after a restart following error 9001). */
export declare function ready(): Promise<void>;

/** Policy text format. */
export type PolicyFormat = 'json' | 'toml';

/** A decision's input, where `now` may also be a Date. */
export type DecideArgs = Omit<DecideInput, 'now'> & { now: Timestamp | Date };

/** Options of a Policy. */
export interface PolicyOptions {
  /**
   * `json` or `toml`; by default JSON when the text starts with `{`, TOML otherwise. TOML is
   * read by the back-office module (see `initBackOffice`).
   */
  format?: PolicyFormat;
  /** Rate cards for return labels: JSON text or an array. */
  rateCards?: string | RateCard[];
}

/** A return policy, compiled once, that decides returns and quotes labels. */
export declare class Policy {
  /** Compiles a policy from JSON or TOML text, or from a policy document object. */
  constructor(policy: string | PolicyDocument, options?: PolicyOptions);
  /** A decision on a return request, with a refund preview for every resolution offered. */
  decide(input: DecideArgs): Decision;
  /** `decide` on JSON text: Rust's JSON text, unchanged. */
  decideJson(json: string): string;
  /**
   * The refund preview that answers the request, as the core picks it (`Decision::offer`):
   * the quote of the offer of the resolution the request asks for, or of the first offer when
   * it asks none; `null` when no offer answers (that resolution is not on offer, or the
   * return is denied).
   */
  refundQuote(input: DecideArgs): RefundQuote | null;
  /** `refundQuote` on JSON text: Rust's JSON text of the quote, or `null`. */
  refundQuoteJson(json: string): string;
  /** A label quote with the policy's rate cards. */
  labelQuote(request: LabelRequest): LabelQuote;
  /** `labelQuote` on JSON text. */
  labelQuoteJson(json: string): string;
  /** The policy in plain language, for a returns page. */
  explain(): string;
  /**
   * The policy in plain language in a customer's locale (a BCP 47 tag, such as `'de-AT'`,
   * matched as a decide request's `locale` is). English without one, for a language without
   * a catalog, or before the locale's catalog is added with `addCatalog`.
   */
  summary(locale?: string | null): string;
  /** The policy as schema.org MerchantReturnPolicy JSON-LD. */
  jsonLd(): JsonLd;
  /** Releases the compiled policy now; later calls throw error 1002 (field `policy`). */
  free(): void;
}

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** schema.org JSON-LD. */
export interface JsonLd {
  '@context': string;
  '@type': string;
  [property: string]: JsonValue;
}

/** A refund quote: an order snapshot and what to quote. */
export declare function refundQuote(input: QuoteInput): RefundQuote;
/** `refundQuote` on JSON text. */
export declare function refundQuoteJson(json: string): string;

/** An exact largest-remainder split: the shares as decimal strings, adding up to the amount. */
export declare function allocate(input: AllocateInput): string[];
/** `allocate` on JSON text. */
export declare function allocateJson(json: string): string;
/**
 * The fast split: `total` minor units across whole `weights`; the shares in minor units, as a
 * new array or written into `out`. Numbers must be whole and at most 2^53 - 1
 * (Number.MAX_SAFE_INTEGER).
 */
export declare function allocateMinor(total: number, weights: ArrayLike<number>): number[];
export declare function allocateMinor<T extends { [index: number]: number; readonly length: number }>(
  total: number,
  weights: ArrayLike<number>,
  out: T,
): T;

/**
 * Every problem in a policy document (an invalid policy is not thrown: it is listed). From the
 * back-office module (see `initBackOffice`).
 */
export declare function policyCheck(policy: string | PolicyDocument, format?: PolicyFormat): PolicyCheck;

/** Opens a return authorization: a `submit` command in. */
export declare function rmaSubmit(command: Command): RmaOutcome;
/** `rmaSubmit` on JSON text. */
export declare function rmaSubmitJson(json: string): string;
/**
 * Adds a locale's compiled message catalog (the package's `locales/<tag>.txt`, as text), so
 * that decisions and RMA statuses asked in that locale (`locale: 'de-AT'`) are written in it;
 * English is built in. Answers whether it was added (`false`: it was already).
 */
export declare function addCatalog(tag: 'de' | 'fr' | 'es' | 'nl' | 'pl' | 'ro' | 'ru' | (string & {}), catalog: string): boolean;
/** Applies a command to a stored RMA document. From the back-office module (see `initBackOffice`). */
export declare function rmaApply(document: RmaDocument | string, command: Command): RmaOutcome;
/** `rmaApply` on JSON text. */
export declare function rmaApplyJson(document: string, command: string): string;
/**
 * Lets time pass for an RMA document (expiry, refund deadlines), as a backend job does. From the
 * back-office module (see `initBackOffice`).
 */
export declare function rmaTick(document: RmaDocument | string, now: Timestamp | Date, idempotencyKey: string): RmaOutcome;
/** `rmaTick` on JSON text. */
export declare function rmaTickJson(document: string, now: string, idempotencyKey: string): string;

/** Records for a report: JSON text (an array, or JSON Lines), or an array of records. */
export type ReportRecords = string | ReadonlyArray<string | object>;
/**
 * The returns report of RMA records (stored RMA documents, or `{document, request, decision}`
 * records) and an order feed, for return rates. From the analytics module (see
 * `initAnalytics`).
 */
export declare function report(documents: ReportRecords, orders?: ReportRecords): ReturnsReport;
/** `report` on JSON text (each a JSON array or JSON Lines). */
export declare function reportJson(documents: string, orders?: string): string;
/** Returns reports merged into one: the report of all their records and orders. */
export declare function reportMerge(reports: string | ReadonlyArray<ReturnsReport | string>): ReturnsReport;
/** `reportMerge` on JSON text (a JSON array of reports). */
export declare function reportMergeJson(reports: string): string;

/**
 * A policy for `simulate`: a compiled `Policy` (compiled again in the analytics module once,
 * with its rate cards), or JSON or TOML text or a policy document (compiled for the call; TOML
 * is read by the back-office module, see `initBackOffice`).
 */
export type SimulationPolicy = Policy | string | PolicyDocument;
/** Options of `simulate`. */
export interface SimulateOptions {
  /** The policies' names in the answer, current first; `["current", "proposed"]` by default. */
  names?: readonly [string, string];
  /** How many of the records that changed most to keep; 10 by default. */
  top?: number;
}
/**
 * Policy what-if (docs/simulate.md): a history of return requests (JSON Lines text, or an
 * array of records, objects or JSON text) decided under the current and the proposed policy,
 * and what changed. A record that can't be read or decided is counted, not thrown. Simulations
 * of shards merge with `simulateMerge`. From the analytics module (see `initAnalytics`).
 */
export declare function simulate(
  current: SimulationPolicy,
  proposed: SimulationPolicy,
  records: string | ReadonlyArray<DecisionRecord | string>,
  options?: SimulateOptions | string,
): Simulation;
/** `simulate` on JSON Lines text and options as JSON text: Rust's JSON text. */
export declare function simulateJson(current: SimulationPolicy, proposed: SimulationPolicy, records: string, options?: string): string;
/** Simulations of shards of a history, of the same two policies, merged into the simulation of the whole. */
export declare function simulateMerge(simulations: string | ReadonlyArray<Simulation | string>): Simulation;
/** `simulateMerge` on JSON text (a JSON array of simulations). */
export declare function simulateMergeJson(simulations: string): string;

/** A stable error code and its kind. */
export interface ErrorCode {
  code: number;
  kind: string;
}
/** Every stable error code, as docs/errors.md lists them. */
export declare function errorCodes(): readonly ErrorCode[];
/** The returnkit version. */
export declare function version(): string;

/** @internal A module, for test support: the storefront's by default (`true` is the back office). */
type TestModule = boolean | 'backOffice' | 'analytics';
/** @internal Test support: panics inside Rust to exercise the recovery. */
export declare function __debugPanic(message: string, module?: TestModule): string;
/** @internal Test support: how many times the instance was replaced. */
export declare function __instanceGeneration(module?: TestModule): number;
