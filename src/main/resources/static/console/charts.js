// Draws each element with a data-chart attribute ({"labels": [...], "series": [{"name", "values"}]},
// written by console/Charts.java) as an ECharts line chart. Values are exact decimals as text; a
// null is a gap in the line. A script file, not inline: the Content-Security-Policy allows no other.
(function () {
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 80, right: 24, top: 40, bottom: 32},
      xAxis: {type: 'category', data: data.labels},
      yAxis: {type: 'value', scale: true},
      series: data.series.map(function (s) {
        return {name: s.name, type: 'line', connectNulls: false,
                data: s.values.map(function (v) { return v === null ? null : Number(v); })};
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
