// /app/admin/proses/migrasi/{batch}: the page reloads every two seconds until every job of the batch ran.
(function () {
  'use strict';
  var progress = document.getElementById('progres');
  if (progress && progress.getAttribute('data-finished') !== 'true') {
    setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
