// Kinerja portal: what every page needs. No inline scripts anywhere (Content-Security-Policy).
(function () {
  'use strict';
  // the daily report opens offline too: a service worker keeps its page and assets (sw.js)
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch(function () { /* optional */ });
  }
  // logging out forgets what the device kept of the pages (not the waiting entries, which belong to the user)
  document.addEventListener('submit', function (event) {
    if (event.target.matches('form.logout') && 'caches' in window) {
      caches.keys().then(function (keys) { keys.forEach(function (k) { caches.delete(k); }); });
    }
  });
  // sortable tables: <table data-sortable> with <th aria-sort="none"><button>…</button></th>
  document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    table.querySelectorAll('thead th[aria-sort]').forEach(function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th[aria-sort]').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].getAttribute('data-sort') || a.cells[index].textContent.trim();
          var y = b.cells[index].getAttribute('data-sort') || b.cells[index].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'id');
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
