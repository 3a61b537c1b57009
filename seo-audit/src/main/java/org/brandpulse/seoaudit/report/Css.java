package org.brandpulse.seoaudit.report;

/** The report's style sheet (screen and print) and its chart set-up script. */
final class Css {

  private Css() {}

  static final String STYLE =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Bengali",sans-serif;margin:0 auto;max-width:1200px;padding:1rem 2rem;color:#1d2430}
      header{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;justify-content:space-between}
      h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
      .score{font-size:3rem;font-weight:700;color:#19663a}.score small{font-size:1rem;color:#555;margin-left:.3rem}
      .cards{display:flex;gap:.5rem;flex-wrap:wrap}.card{padding:.5rem 1rem;border-radius:6px;background:#f2f4f8}
      .sev-critical{color:#8b0000}.sev-high{color:#c0392b}.sev-medium{color:#b9770e}.sev-low{color:#2e6da4}.sev-info{color:#666}
      .charts{display:flex;flex-wrap:wrap;gap:1rem}.chart{width:560px;height:320px}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e3e6ee;padding:.25rem .4rem;text-align:left;vertical-align:top}
      th{background:#f7f8fb}td.url{word-break:break-all;max-width:420px}
      details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}.why{color:#555;margin:.2rem 0}
      .diff .new{color:#c0392b;font-weight:600}.diff .fixed{color:#19663a;font-weight:600}
      @media print{body{max-width:none;padding:0;font-size:10pt}details{display:block}details>*{display:block}
      summary{list-style:none}.chart{width:48%;height:260px;page-break-inside:avoid}tr{page-break-inside:avoid}
      a{color:inherit;text-decoration:none}section{page-break-inside:auto}}
      """;

  static final String CHART_SCRIPT =
      """
      (function(){
        if (typeof echarts === 'undefined') { return; }
        var colors = {critical:'#8b0000', high:'#c0392b', medium:'#e6a23c', low:'#5b8fd6', info:'#aaaaaa'};
        var sev = echarts.init(document.getElementById('chart-severity'), null, {renderer:'svg'});
        sev.setOption({title:{text:'Findings by severity'}, tooltip:{trigger:'item'},
          series:[{type:'pie', radius:['35%','65%'], data:auditData.severity.map(function(d){
            return {name:d.name, value:d.value, itemStyle:{color:colors[d.name]}};})}]});
        var cat = echarts.init(document.getElementById('chart-category'), null, {renderer:'svg'});
        cat.setOption({title:{text:'Findings by category'}, tooltip:{}, grid:{left:110},
          xAxis:{type:'value'}, yAxis:{type:'category', data:auditData.categories},
          series:[{type:'bar', data:auditData.categoryCounts, itemStyle:{color:'#2e6da4'}}]});
      })();
      """;
}
