/* Draws every [data-chart] from its JSON option, then sets <body data-charts-rendered=N>. */
(function () {
  var rendered = 0;
  var charts = [];
  var nodes = document.querySelectorAll('[data-chart]');
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i];
    var id = node.getAttribute('data-chart');
    try {
      var option = JSON.parse(document.getElementById('chart-option-' + id).textContent);
      var chart = echarts.init(node, null, {renderer: 'svg'});
      chart.setOption(option);
      charts.push(chart);
      if (node.querySelector('svg')) {
        rendered++;
        node.setAttribute('data-rendered', 'true');
      } else {
        window.__reportError('chart ' + id + ' drew nothing');
      }
    } catch (e) {
      window.__reportError('chart ' + id + ': ' + e.message);
    }
  }
  function resize() {
    for (var j = 0; j < charts.length; j++) {
      charts[j].resize();
    }
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  document.body.setAttribute('data-charts-rendered', String(rendered));
})();
