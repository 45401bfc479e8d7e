// Progress chart: per quantitative indicator, the realisation and what the pace of the year expects by today, both
// as a share of the yearly target (indicators have different units). The table on the page holds the same data.
(function () {
  'use strict';
  var canvas = document.getElementById('grafik-progres');
  if (!canvas || !window.Chart) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#tabel-progres tbody tr[data-numeric=true]'));
  function share(row, name) {
    var value = parseFloat(row.getAttribute('data-' + name));
    var target = parseFloat(row.getAttribute('data-target'));
    return isNaN(value) || isNaN(target) || target === 0 ? 0 : Math.round(value / target * 1000) / 10;
  }
  var labels = rows.map(function (r) {
    var label = r.getAttribute('data-label');
    return label.length > 40 ? label.slice(0, 38) + '…' : label;
  });
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.realised + ' (% target)', data: rows.map(function (r) { return share(r, 'realised'); }),
          backgroundColor: '#8b1d2c' },
        { label: canvas.dataset.expected + ' (% target)', data: rows.map(function (r) { return share(r, 'expected'); }),
          backgroundColor: '#8c959f' }
      ]
    },
    options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { beginAtZero: true, suggestedMax: 100 } } }
  });
})();
