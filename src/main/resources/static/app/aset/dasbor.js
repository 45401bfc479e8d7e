// Dashboard charts (issue 19): every canvas[data-table] is drawn from the table it names, which the page prints
// beneath it. Series: the header cells with data-series; labels: each body row's data-label. No inline script (CSP).
(function () {
  'use strict';
  if (!window.Chart) { return; }
  var colours = ['#1a7f37', '#2e6da4', '#d4a72c', '#cf6a23', '#8b1d2c', '#8c959f'];
  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-table]'), function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) { return; }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) { series.push({ label: th.getAttribute('data-series'), index: index }); }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    var stacked = canvas.getAttribute('data-stacked') === 'true';
    var max = canvas.getAttribute('data-max');
    var valueAxis = { beginAtZero: true, stacked: stacked };
    if (max) { valueAxis.max = parseFloat(max); }
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) {
          var label = r.getAttribute('data-label');
          return label.length > 45 ? label.slice(0, 43) + '…' : label;
        }),
        datasets: series.map(function (s, i) {
          return {
            label: s.label,
            backgroundColor: colours[i % colours.length],
            data: rows.map(function (r) {
              var cell = r.children[s.index];
              var value = cell ? parseFloat(cell.textContent.replace(',', '.')) : NaN;
              return isNaN(value) ? 0 : value;
            })
          };
        })
      },
      options: {
        indexAxis: canvas.getAttribute('data-horizontal') === 'true' ? 'y' : 'x',
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: canvas.getAttribute('data-horizontal') === 'true'
          ? { x: valueAxis, y: { stacked: stacked } } : { y: valueAxis, x: { stacked: stacked } }
      }
    });
  });
})();
