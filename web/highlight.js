// newsmark highlighter: paints result spans onto DOM text with the CSS Custom Highlight API.
//
// Shared by the paste-in page (web/page/) and usable by the extension. It knows nothing about
// either: it maps offsets (UTF-16 code units, what newsmark's `offsets: "utf16"` results and
// JavaScript strings use) over the text nodes under a root element, in document order, as if
// their data were concatenated. No markup is ever inserted; highlights are Range objects
// registered in `CSS.highlights` and styled by `::highlight(name)` rules in the host's CSS.
//
//   import { TextIndex, paintHighlight, clearHighlights, highlightsSupported } from './highlight.js';
//   const index = new TextIndex(articleElement);        // snapshot of the text nodes
//   index.text                                          // their concatenated data
//   const range = index.range(start, end);              // DOM Range over [start, end), may span nodes
//   paintHighlight('nm-person', spans, index, { priority: 2 });  // spans: [{start, end}, ...]
//   index.offsetAt(node, offsetInNode)                  // global offset of a DOM position, or -1
//   index.offsetFromPoint(clientX, clientY)             // global offset under the pointer, or -1
//   index.spansOf('nm-person')                          // [[start, end], ...] painted (for tests)
//   clearHighlights('nm-')                              // remove every highlight whose name starts so
//
// The index is a snapshot: rebuild it after the text under the root changes. Spans outside the
// text are clamped; empty or inverted spans are skipped.

export function highlightsSupported() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

export class TextIndex {
  /** @param {Node} root  @param {(node: Text) => boolean} [accept] filter text nodes (default: all) */
  constructor(root, accept) {
    this.root = root;
    this.nodes = [];
    this.starts = [];
    this.nodePos = new Map();
    const doc = root.ownerDocument || root;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let pos = 0;
    const parts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (accept && !accept(n)) continue;
      this.nodePos.set(n, this.nodes.length);
      this.nodes.push(n);
      this.starts.push(pos);
      parts.push(n.data);
      pos += n.data.length;
    }
    this.length = pos;
    this._parts = parts;
    this._text = null;
  }

  /** The concatenated text of all indexed nodes. */
  get text() {
    if (this._text === null) this._text = this._parts.join('');
    return this._text;
  }

  /** Index of the node containing global offset `off` (for an end offset, the node it ends in). */
  _nodeIndex(off, isEnd) {
    const s = this.starts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (isEnd ? s[mid] < off : s[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** A DOM position {node, offset} for global offset `off`. */
  position(off, isEnd = false) {
    if (!this.nodes.length) return null;
    off = Math.max(0, Math.min(off, this.length));
    const i = this._nodeIndex(off, isEnd);
    return { node: this.nodes[i], offset: Math.min(off - this.starts[i], this.nodes[i].data.length) };
  }

  /** A Range over [start, end), or null when it is empty or out of the text. */
  range(start, end) {
    start = Math.max(0, start | 0);
    end = Math.min(this.length, end | 0);
    if (!(end > start)) return null;
    const a = this.position(start, false), b = this.position(end, true);
    const doc = this.root.ownerDocument || this.root;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  /** Global offset of a DOM position inside an indexed text node, else -1. */
  offsetAt(node, offset) {
    const i = this.nodePos.get(node);
    if (i === undefined) return -1;
    return this.starts[i] + Math.min(offset, node.data.length);
  }

  /** Global offset of the character under client coordinates, else -1. */
  offsetFromPoint(x, y) {
    const doc = this.root.ownerDocument || this.root;
    if (typeof doc.caretPositionFromPoint === 'function') {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) return this.offsetAt(p.offsetNode, p.offset);
    } else if (typeof doc.caretRangeFromPoint === 'function') {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) return this.offsetAt(r.startContainer, r.startOffset);
    }
    return -1;
  }

  /** Global [start, end) of a Range whose ends lie in indexed nodes, else null. */
  offsetsOfRange(range) {
    const s = this.offsetAt(range.startContainer, range.startOffset);
    const e = this.offsetAt(range.endContainer, range.endOffset);
    return s < 0 || e < 0 ? null : [s, e];
  }

  /** Spans [[start, end], ...] of the ranges registered under `name` that lie in this index. */
  spansOf(name) {
    if (!highlightsSupported()) return [];
    const h = CSS.highlights.get(name);
    if (!h) return [];
    const out = [];
    for (const r of h) {
      const o = this.offsetsOfRange(r);
      if (o) out.push(o);
    }
    return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  }
}

/**
 * Register (or replace) highlight `name` with a range per span.
 * @param {string} name  CSS highlight name, styled by ::highlight(name)
 * @param {Iterable<{start:number,end:number}>} spans
 * @param {TextIndex} index
 * @param {{priority?: number, type?: string}} [opts]
 * @returns {Highlight|null} the registered highlight (null when the API is missing)
 */
export function paintHighlight(name, spans, index, opts = {}) {
  if (!highlightsSupported()) return null;
  const h = new Highlight();
  if (opts.priority !== undefined) h.priority = opts.priority;
  if (opts.type) h.type = opts.type;
  for (const sp of spans) {
    const r = index.range(sp.start, sp.end);
    if (r) h.add(r);
  }
  CSS.highlights.set(name, h);
  return h;
}

/** Remove every registered highlight whose name starts with `prefix`. */
export function clearHighlights(prefix) {
  if (!highlightsSupported()) return;
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith(prefix)) CSS.highlights.delete(name);
  }
}
