// A records export's page: while the export waits or runs, asks the page's Progress handler every two seconds how far
// it has got and shows it; when it has finished, reloads the page so the download (or the failure) appears. Without
// script the page's Refresh link does the same.
(function () {
  const box = document.getElementById('export-refresh');
  if (!box) {
    return;
  }

  const url = box.getAttribute('data-progress-url');
  const state = document.getElementById('export-state');
  const progress = document.getElementById('export-progress');

  async function look() {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const data = await response.json();
        state.textContent = data.stateText;
        progress.textContent = data.progressText;
        if (data.done) {
          window.location.reload();
          return;
        }
      }
    } catch {
      // The next look tries again.
    }

    window.setTimeout(look, 2000);
  }

  window.setTimeout(look, 1000);
})();
