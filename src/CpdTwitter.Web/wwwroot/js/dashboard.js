// The News Affairs dashboard: draws every table marked data-chart as a chart in its [data-chart-for] box, with Chart.js
// (bundled from npm into /lib/chart.js). The table is the source and stays on the page: the chart shows exactly the
// table's numbers (each cell's data-value) and is hidden from screen readers, who read the table. Without script the
// tables alone are the dashboard.
const Chart = window.Chart;

const text = (cell) => cell.textContent.replace(/\s+/g, ' ').trim();

const value = (cell) => {
  const raw = cell.getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
};

// Distinct hues for up to the 22 districts, in an order where neighbours differ.
const colour = (index, count) => `hsl(${Math.round((index * 360 * 7) / Math.max(count, 1)) % 360}, 65%, 42%)`;

function seriesOf(table) {
  const headers = Array.from(table.tHead.rows[0].cells).slice(1);
  const rows = Array.from(table.tBodies[0].rows);
  if (table.dataset.series === 'columns') {
    return {
      labels: rows.map((row) => text(row.cells[0])),
      series: headers.map((header, i) => ({ label: text(header), axis: header.dataset.axis, data: rows.map((row) => value(row.cells[i + 1])) })),
    };
  }

  return {
    labels: headers.map(text),
    series: rows.map((row) => ({ label: text(row.cells[0]), data: Array.from(row.cells).slice(1).map(value) })),
  };
}

function configFor(table) {
  const kind = table.dataset.chart;
  const { labels, series } = seriesOf(table);
  const stacked = kind === 'stacked-bar';
  const datasets = series.map((s, i) => {
    const c = colour(i, series.length);
    const set = { label: s.label, data: s.data, backgroundColor: c, borderColor: c };
    if (kind === 'line' && s.axis) {
      return { ...set, type: 'bar', yAxisID: s.axis, backgroundColor: 'rgba(108, 117, 125, 0.35)', borderColor: 'rgb(108, 117, 125)', order: 2 };
    }

    return kind === 'line' ? { ...set, yAxisID: 'y', spanGaps: true, order: 1 } : set;
  });
  const scales = {
    x: { stacked },
    y: { stacked, beginAtZero: true, title: { display: true, text: table.dataset.axisTitle || '' } },
  };
  for (const s of series.filter((item) => item.axis)) {
    scales[s.axis] = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: s.label } };
  }

  return {
    type: kind === 'line' ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  };
}

if (Chart) {
  for (const table of document.querySelectorAll('table[data-chart]')) {
    const box = document.querySelector(`[data-chart-for="${table.id}"]`);
    if (box && table.tBodies.length > 0 && table.tBodies[0].rows.length > 0) {
      const canvas = document.createElement('canvas');
      canvas.id = `${table.id}-chart`;
      canvas.setAttribute('aria-hidden', 'true');
      box.appendChild(canvas);
      new Chart(canvas, configFor(table));
    }
  }
}
