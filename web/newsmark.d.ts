// TypeScript declarations for newsmark's JavaScript API (newsmark.js) and its result, the
// contract of ../shared/spec/RESULT.md. tests/wasm/types.test.mjs keeps the result types in step
// with result.schema.json (every property, which ones are required, every enum) and type-checks
// an example with tsc --strict.

/** The unit of every `start`/`end` offset. */
export type Offsets = 'utf16' | 'utf8' | 'codepoints';

/** The language to read the text as; `auto` detects it. */
export type Lang = 'auto' | 'de' | 'en';

/** A piece of the text: [start, end) in the result's offset unit. */
export interface Span {
  start: number;
  end: number;
}

export type ActorType = 'person' | 'organization' | 'location' | 'media' | 'group';

/** A real-world actor with all its mentions, in text order. */
export interface Actor {
  id: string;
  /** The fullest form found in the text. */
  name: string;
  type: ActorType;
  /** A title or function found with it ("Verteidigungsminister", "spokesman"). */
  role?: string | null;
  mentions: Span[];
}

/** Who said it: the mention next to the quote, and the actor it links to (or null). */
export interface Speaker {
  actor: string | null;
  spans: Span[];
  /** The rule that found the speaker (only with `explain: true`). */
  rule?: string;
  /** The tokens of the speaker's spans with their part-of-speech tag (UPOS; "" where the
   * language has no tagger), only with `explain: true`: a speaker's head should be NOUN,
   * PROPN or PRON. */
  tokens?: SpeakerToken[];
}

/** A token of a speaker's spans with its part-of-speech tag (only with `explain: true`). */
export interface SpeakerToken extends Span {
  /** Universal POS tag ("NOUN", "PROPN", "PRON", …), "" where the language has no tagger. */
  pos: string;
}

/** The speech verb or attribution phrase ("sagte", "according to"). */
export interface Cue {
  spans: Span[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** What somebody said, wrote or thought. */
export interface Quote {
  id: string;
  kind: QuoteKind;
  /** One or more pieces in text order (a direct quote's marks included). */
  spans: Span[];
  speaker: Speaker | null;
  cue: Cue | null;
  /** A mixed quote's pieces inside quotation marks (marks included). */
  verbatim?: Span[];
  /** The rule that found the quote (only with `explain: true`). */
  rule?: string;
}

export type SourceKind = 'according_to' | 'report' | 'agency_credit' | 'anonymous';

/** Where information comes from ("laut …", "(dpa)", "officials said"). */
export interface Source {
  id: string;
  kind: SourceKind;
  actor: string | null;
  spans: Span[];
  /** The rule that found the source (only with `explain: true`). */
  rule?: string;
}

/** The result of one text: the contract "newsmark/1". */
export interface NewsmarkResult {
  schema: 'newsmark/1';
  /** The language used, detected when the caller said `auto`. */
  lang: string;
  offsets: Offsets;
  actors: Actor[];
  quotes: Quote[];
  sources: Source[];
}

/**
 * An error is a value, never an exception: a text that is not a string, an unknown option, a
 * text too large, an engine failure (the next call still works). Test with `'error' in result`.
 */
export interface NewsmarkError {
  error: string;
}

export interface ExtractOptions {
  /** Default `auto`. */
  lang?: Lang;
  /** Default `utf16`: offsets into the JavaScript string (and DOM Ranges). */
  offsets?: Offsets;
  /** Name the rule behind each quote, speaker and source (`rule`). */
  explain?: boolean;
  /** Rules to switch off, by name. */
  disable?: string[];
}

export interface LoadOptions {
  /** Where newsmark.wasm is (default: next to newsmark.js). */
  wasmURL?: string | URL;
  /** The .wasm bytes (skips fetching). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** An already compiled module. */
  wasmModule?: WebAssembly.Module;
  /** Engine diagnostics (default: console.warn). */
  log?: (message: string) => void;
  /** For tests: sees (and may wrap) the wasm imports of every instance. */
  wrapImports?: (imports: WebAssembly.Imports) => WebAssembly.Imports | void;
}

/** A loaded engine: synchronous calls on the current thread. */
export interface Newsmark {
  extract(text: string, options?: ExtractOptions): NewsmarkResult | NewsmarkError;
  /** The engine's version (the package version). */
  readonly version: string;
  /** Bytes of wasm memory in use by the engine's heap (grows, never shrinks). */
  readonly memoryBytes: number;
}

/** The engine in a worker: the same call, answered asynchronously. */
export interface NewsmarkWorker {
  /** Engine errors resolve to a NewsmarkError; a worker that cannot start or dies rejects. */
  extract(text: string, options?: ExtractOptions): Promise<NewsmarkResult | NewsmarkError>;
  terminate(): void;
}

/** Loads the engine (page, worker, extension or Node). Rejects when the .wasm cannot be loaded. */
export function loadNewsmark(options?: LoadOptions): Promise<Newsmark>;

/** Runs the engine in a module worker (newsmark-worker.js next to newsmark.js by default). */
export function createNewsmarkWorker(url?: string | URL): NewsmarkWorker;
