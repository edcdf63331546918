// Compares the fingerprint after '#' in the link (which never reaches the server) with the
// register's fingerprint shown on the page, and says whether they match.
(function () {
  'use strict';
  var el = document.getElementById('fingerprint-check');
  if (!el) { return; }
  var expected = (el.getAttribute('data-fingerprint') || '').toLowerCase();
  var given = decodeURIComponent((window.location.hash || '').replace(/^#/, ''))
    .toLowerCase().replace(/[^0-9a-f]/g, '');
  var outcome = given === '' ? 'absent' : (given === expected ? 'match' : 'mismatch');
  el.textContent = el.getAttribute('data-' + outcome);
  el.classList.add(outcome);
  el.setAttribute('data-outcome', outcome);
  // Keep the fragment when switching language.
  var sw = document.getElementById('lang-switch');
  if (sw && window.location.hash) { sw.setAttribute('href', sw.getAttribute('href') + window.location.hash); }
})();
