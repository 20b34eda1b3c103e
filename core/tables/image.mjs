// Writes and reads table images in the "NMT1" format (described in core/table.h).
// core/tables/image_writer.h writes the same bytes for native tools.

/** sections: [{ name: string (≤ 8 ASCII chars), bytes: Uint8Array }] → Uint8Array */
export function writeImage(sections) {
  const names = new Set();
  for (const s of sections) {
    if (!/^[\x21-\x7e]{1,8}$/.test(s.name)) throw new Error(`bad section name ${JSON.stringify(s.name)}`);
    if (names.has(s.name)) throw new Error(`section ${s.name} twice`);
    names.add(s.name);
  }
  let size = 16 + 16 * sections.length;
  const offsets = sections.map((s) => {
    size = Math.ceil(size / 8) * 8;
    const at = size;
    size += s.bytes.length;
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x4e, 0x4d, 0x54, 0x31], 0); // "NMT1"
  view.setUint32(4, 1, true);
  view.setUint32(8, sections.length, true);
  sections.forEach((s, i) => {
    const entry = 16 + 16 * i;
    for (let k = 0; k < s.name.length; ++k) out[entry + k] = s.name.charCodeAt(k);
    view.setUint32(entry + 8, offsets[i], true);
    view.setUint32(entry + 12, s.bytes.length, true);
    out.set(s.bytes, offsets[i]);
  });
  return out;
}

/** image: Uint8Array → Map(name → Uint8Array view of the section) */
export function readImage(image) {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  if (image.length < 16 || String.fromCharCode(...image.subarray(0, 4)) !== 'NMT1' || view.getUint32(4, true) !== 1)
    throw new Error('not an NMT1 image');
  const out = new Map();
  const count = view.getUint32(8, true);
  for (let i = 0; i < count; ++i) {
    const entry = 16 + 16 * i;
    let name = '';
    for (let k = 0; k < 8 && image[entry + k]; ++k) name += String.fromCharCode(image[entry + k]);
    const off = view.getUint32(entry + 8, true), len = view.getUint32(entry + 12, true);
    out.set(name, image.subarray(off, off + len));
  }
  return out;
}
