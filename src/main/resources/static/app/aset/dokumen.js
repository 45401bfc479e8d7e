// The ZIP job's page: while the job runs, fetch the page again every two seconds and replace the progress section
// (no full reload; without JavaScript the "Perbarui" link does the same).
(function () {
  'use strict';
  var section = document.getElementById('kemajuan-zip');
  if (!section || section.getAttribute('data-running') !== 'true') {
    return;
  }
  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('kemajuan-zip');
        if (!fresh) {
          return;
        }
        section.innerHTML = fresh.innerHTML;
        if (fresh.getAttribute('data-running') === 'true') {
          window.setTimeout(poll, 2000);
        } else {
          section.setAttribute('data-running', 'false');
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
}());
