// core/tables/image.mjs writes the same bytes as core/tables/image_writer.h
// (tests/unit/table_test.cpp holds the same expected image) and reads them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readImage, writeImage } from '../../core/tables/image.mjs';

const expected = Uint8Array.from([
  ...Buffer.from('NMT1'), 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0,
  ...Buffer.from('words\0\0\0'), 0x30, 0, 0, 0, 3, 0, 0, 0,
  ...Buffer.from('weights\0'), 0x38, 0, 0, 0, 4, 0, 0, 0,
  ...Buffer.from('abc'), 0, 0, 0, 0, 0,
  1, 0, 0xff, 0xff,
]);

test('writeImage lays sections out like the C++ writer', () => {
  const image = writeImage([
    { name: 'words', bytes: Buffer.from('abc') },
    { name: 'weights', bytes: new Uint8Array(Int16Array.from([1, -1]).buffer) },
  ]);
  assert.deepEqual(image, expected);
  const sections = readImage(image);
  assert.equal(Buffer.from(sections.get('words')).toString(), 'abc');
  assert.deepEqual([...new Int16Array(sections.get('weights').slice().buffer)], [1, -1]);
});

test('writeImage refuses bad names; readImage refuses what is not an image', () => {
  assert.throws(() => writeImage([{ name: 'much-too-long', bytes: new Uint8Array() }]), /bad section name/);
  assert.throws(() => writeImage([{ name: 'a', bytes: new Uint8Array() }, { name: 'a', bytes: new Uint8Array() }]), /twice/);
  assert.throws(() => readImage(Uint8Array.from([1, 2, 3])), /not an NMT1 image/);
});
