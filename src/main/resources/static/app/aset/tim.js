// The team monitor (/app/tim): the table's rows come again from /app/tim/baris every 15 s, so new entries appear
// without a reload. Nothing while the tab is hidden; the sort the user chose is kept; after a failed request
// (offline, session ended) the rows stay as they are and the next tick tries again.
(function () {
  'use strict';
  var current = document.getElementById('baris-tim');
  if (!current || !window.fetch) { return; }
  var table = current.closest('table');
  var interval = parseInt(current.getAttribute('data-interval'), 10) || 15000;
  var url = current.getAttribute('data-refresh');

  function resort() {
    var sorted = table.querySelector('thead th[aria-sort="ascending"], thead th[aria-sort="descending"]');
    if (!sorted) { return; }
    var direction = sorted.getAttribute('aria-sort');
    // portal.js sorts ascending unless the column is ascending already: set the state the click turns into ours
    sorted.setAttribute('aria-sort', direction === 'ascending' ? 'none' : 'ascending');
    sorted.querySelector('button').click();
  }

  function refresh() {
    if (document.hidden) { return; }
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' }, redirect: 'manual' })
      .then(function (response) {
        return response.ok && response.type !== 'opaqueredirect' ? response.text() : null;
      })
      .then(function (html) {
        if (!html) { return; }
        var parsed = new DOMParser().parseFromString('<table>' + html + '</table>', 'text/html');
        var rows = parsed.getElementById('baris-tim');
        if (!rows) { return; }
        var body = document.getElementById('baris-tim');
        body.replaceWith(document.importNode(rows, true));
        var stamp = document.getElementById('tim-diperbarui');
        if (stamp) { stamp.textContent = rows.getAttribute('data-updated'); }
        resort();
      })
      .catch(function () { /* offline: try again at the next tick */ });
  }

  window.setInterval(refresh, interval);
})();
