// The static site's checks, run in the visitor's browser (ocn site publish):
//  1. the fingerprint after '#' in the link is the register's (it never leaves the browser);
//  2. the log's checkpoint is signed by the log key the page pins (C2SP signed note, Ed25519,
//     WebCrypto);
//  3. the fingerprint is in that checkpoint's tree: an RFC 6962 inclusion proof computed from the
//     C2SP tlog-tiles and checked against the signed root;
//  4. it is not on the revocation list.
// Every text comes from the page (Swedish or English); the script only fills in numbers.
(function () {
  'use strict';

  var section = document.getElementById('browser');
  var lookup = document.getElementById('lookup');
  if (lookup) {
    lookup.addEventListener('submit', function (e) {
      e.preventDefault();
      var code = (document.getElementById('code').value || '').trim().toUpperCase()
        .replace(/\s+/g, '');
      if (code) { window.location.href = encodeURIComponent(code) + '/'; }
    });
  }
  var fragment = decodeURIComponent((window.location.hash || '').replace(/^#/, ''))
    .toLowerCase().replace(/[^0-9a-f]/g, '');
  var sw = document.getElementById('lang-switch');
  if (sw && window.location.hash) { sw.setAttribute('href', sw.getAttribute('href') + window.location.hash); }

  // The register's fingerprint shown on the page, compared with the link's (as on the server).
  var fp = document.getElementById('fingerprint-check');
  if (fp) {
    var expected = fp.getAttribute('data-fingerprint');
    var outcome = fragment === '' ? 'absent' : (fragment === expected ? 'match' : 'mismatch');
    fp.textContent = fp.getAttribute('data-' + outcome);
    fp.classList.add(outcome);
    fp.setAttribute('data-outcome', outcome);
  }
  if (!section) { return; }

  function text(name, args) {
    var s = section.getAttribute('data-' + name) || name;
    (args || []).forEach(function (a, i) { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }
  var list = document.getElementById('browser-checks');
  var verdict = document.getElementById('browser-verdict');
  function report(check, passed, message) {
    var li = document.createElement('li');
    li.setAttribute('data-check', check);
    li.setAttribute('data-outcome', passed ? 'passed' : 'failed');
    li.className = passed ? 'passed' : 'failed';
    li.textContent = message;
    list.appendChild(li);
    return passed;
  }
  function conclude(state) {
    verdict.textContent = text('verdict-' + state);
    verdict.className = 'verdict ' + state;
    verdict.setAttribute('data-verdict', state);
  }

  var enc = new TextEncoder();
  function hexToBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(hex.substr(i * 2, 2), 16); }
    return out;
  }
  function b64ToBytes(b64) {
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function concat(parts) {
    var n = 0;
    parts.forEach(function (p) { n += p.length; });
    var out = new Uint8Array(n);
    var at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }
  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }
  // RFC 6962: leaf hash SHA-256(0x00 || data), node hash SHA-256(0x01 || left || right).
  function leafHash(data) { return sha256(concat([new Uint8Array([0]), data])); }
  function nodeHash(l, r) { return sha256(concat([new Uint8Array([1]), l, r])); }

  var root = section.getAttribute('data-root');
  async function fetchBytes(path) {
    var response = await fetch(root + path, { cache: 'no-cache' });
    if (!response.ok) { throw new Error(path + ': HTTP ' + response.status); }
    return new Uint8Array(await response.arrayBuffer());
  }

  // C2SP signed note with an Ed25519 key: <name>+<hex key ID>+<base64(0x01 || key)>.
  async function verifyCheckpoint(note, vkey) {
    // The base64 key may itself hold '+': split at the first two only.
    var first = vkey.indexOf('+');
    var second = vkey.indexOf('+', first + 1);
    if (first < 0 || second < 0) { return null; }
    var name = vkey.substring(0, first);
    var keyBytes = b64ToBytes(vkey.substring(second + 1));
    if (keyBytes[0] !== 1 || keyBytes.length !== 33) { return null; }
    var keyId = hexToBytes(vkey.substring(first + 1, second));
    var split = note.indexOf('\n\n');
    if (split < 0) { return null; }
    var body = note.substring(0, split + 1);
    var key = await crypto.subtle.importKey('raw', keyBytes.slice(1), { name: 'Ed25519' }, false,
      ['verify']);
    var lines = note.substring(split + 2).split('\n');
    for (var i = 0; i < lines.length; i++) {
      var m = /^\u2014 (\S+) (\S+)$/.exec(lines[i]);
      if (!m || m[1] !== name) { continue; }
      var sig = b64ToBytes(m[2]);
      if (sig.length !== 68 || !equal(sig.slice(0, 4), keyId)) { continue; }
      if (await crypto.subtle.verify({ name: 'Ed25519' }, key, sig.slice(4), enc.encode(body))) {
        var head = body.split('\n');
        return { origin: head[0], size: parseInt(head[1], 10), root: b64ToBytes(head[2]) };
      }
      return null;
    }
    return null;
  }

  // C2SP tlog-tiles: tile/<L>/<N>[.p/<W>], N in groups of three digits, all but the last x-prefixed.
  function encodeIndex(n) {
    var s = String(n % 1000).padStart(3, '0');
    for (n = Math.floor(n / 1000); n > 0; n = Math.floor(n / 1000)) {
      s = 'x' + String(n % 1000).padStart(3, '0') + '/' + s;
    }
    return s;
  }
  function Tiles(size) {
    var cache = {};
    // The stored hash at level 8*L, index i, from the tile holding it in a tree of this size.
    this.hashAt = async function (tileLevel, i) {
      var count = Math.floor(size / Math.pow(256, tileLevel));
      var n = Math.floor(i / 256);
      var width = Math.min(256, count - n * 256);
      var path = 'log/tile/' + tileLevel + '/' + encodeIndex(n) + (width < 256 ? '.p/' + width : '');
      if (!cache[path]) { cache[path] = fetchBytes(path); }
      var tile = await cache[path];
      var at = (i % 256) * 32;
      if (tile.length < at + 32) { throw new Error(path + ': short tile'); }
      return tile.slice(at, at + 32);
    };
  }
  // The root of the complete subtree of 2^level leaves starting at leaf index * 2^level.
  async function subtree(tiles, level, index) {
    if (level % 8 === 0) { return tiles.hashAt(level / 8, index); }
    return nodeHash(await subtree(tiles, level - 1, 2 * index),
      await subtree(tiles, level - 1, 2 * index + 1));
  }
  function largestPowerOfTwoBelow(n) { var k = 1; while (k * 2 < n) { k *= 2; } return k; }
  // MTH(D[start:start+n]) of RFC 6962, from complete subtrees.
  async function mth(tiles, start, n) {
    if ((n & (n - 1)) === 0) { return subtree(tiles, Math.log2(n), start / n); }
    var k = largestPowerOfTwoBelow(n);
    return nodeHash(await mth(tiles, start, k), await mth(tiles, start + k, n - k));
  }
  // PATH(m, D[start:start+n]) of RFC 6962, leaf first.
  async function path(tiles, m, start, n) {
    if (n === 1) { return []; }
    var k = largestPowerOfTwoBelow(n);
    if (m < k) {
      return (await path(tiles, m, start, k)).concat([await mth(tiles, start + k, n - k)]);
    }
    return (await path(tiles, m - k, start + k, n - k)).concat([await mth(tiles, start, k)]);
  }
  // RFC 9162 section 2.1.3.2: verifying an inclusion proof.
  async function included(leaf, index, size, proof, expectedRoot) {
    if (index >= size) { return false; }
    var fn = index;
    var sn = size - 1;
    var r = leaf;
    for (var i = 0; i < proof.length; i++) {
      if (sn === 0) { return false; }
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(proof[i], r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
        }
      } else {
        r = await nodeHash(r, proof[i]);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && equal(r, expectedRoot);
  }

  async function run() {
    verdict.textContent = text('running');
    var expected = section.getAttribute('data-fingerprint');
    var ok = true;
    var fingerprint = expected;
    if (fragment === '') {
      report('FINGERPRINT', true, text('fingerprint-none'));
    } else {
      ok = report('FINGERPRINT', fragment === expected,
        text(fragment === expected ? 'fingerprint-ok' : 'fingerprint-bad')) && ok;
      fingerprint = fragment.length === 64 ? fragment : expected;
    }
    if (!(window.crypto && crypto.subtle)) {
      report('LOG_CHECKPOINT', false, text('unsupported'));
      conclude('invalid');
      return;
    }
    var vkey = section.getAttribute('data-log-key');
    var note = new TextDecoder().decode(await fetchBytes('log/checkpoint'));
    var checkpoint;
    try {
      checkpoint = await verifyCheckpoint(note, vkey);
    } catch (e) {
      report('LOG_CHECKPOINT', false, text('unsupported'));
      conclude('invalid');
      return;
    }
    if (!checkpoint) {
      report('LOG_CHECKPOINT', false, text('checkpoint-bad', [vkey.split('+')[0]]));
      conclude('invalid');
      return;
    }
    report('LOG_CHECKPOINT', true, text('checkpoint-ok', [checkpoint.size, vkey.split('+')[0]]));
    var index = parseInt(section.getAttribute('data-leaf-index'), 10);
    var tiles = new Tiles(checkpoint.size);
    var inLog = false;
    if (index < checkpoint.size) {
      var proof = await path(tiles, index, 0, checkpoint.size);
      inLog = await included(await leafHash(hexToBytes(fingerprint)), index, checkpoint.size,
        proof, checkpoint.root);
    }
    ok = report('LOG_INCLUSION', inLog, text(inLog ? 'inclusion-ok' : 'inclusion-bad', [index]))
      && ok;
    var revocations = JSON.parse(new TextDecoder().decode(await fetchBytes('revocations.json')));
    var revoked = revocations.revoked.filter(function (r) { return r.fingerprint === fingerprint; });
    report('STATUS', revoked.length === 0, revoked.length === 0 ? text('revocation-ok')
      : text('revocation-bad', [revoked[0].revokedAt.substring(0, 10)]));
    conclude(!ok ? 'invalid' : revoked.length > 0 ? 'revoked' : 'valid');
  }

  run().catch(function (e) {
    report('ERROR', false, text('error', [e && e.message ? e.message : String(e)]));
    conclude('invalid');
  });
})();
