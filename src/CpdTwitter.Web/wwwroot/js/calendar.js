// The calendar grid: the arrow keys move between days (to the day's link), Home and End to the week's first and last
// day. Tab still walks every day and posting in order; this only adds the movement a calendar is expected to have.
(function () {
  'use strict';
  var grid = document.getElementById('calendar-grid');
  if (!grid) {
    return;
  }

  var rows = Array.prototype.slice.call(grid.tBodies[0].rows);

  function dayLink(row, column) {
    var cell = rows[row] && rows[row].cells[column];
    return cell ? cell.querySelector('a.calendar-day-link') : null;
  }

  grid.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }

    var cell = event.target.closest('td');
    if (!cell || !grid.contains(cell)) {
      return;
    }

    var row = rows.indexOf(cell.parentElement);
    var column = cell.cellIndex;
    var target = null;
    switch (event.key) {
      case 'ArrowLeft':
        target = column > 0 ? dayLink(row, column - 1) : dayLink(row - 1, 6);
        break;
      case 'ArrowRight':
        target = column < 6 ? dayLink(row, column + 1) : dayLink(row + 1, 0);
        break;
      case 'ArrowUp':
        target = dayLink(row - 1, column);
        break;
      case 'ArrowDown':
        target = dayLink(row + 1, column);
        break;
      case 'Home':
        target = dayLink(row, 0);
        break;
      case 'End':
        target = dayLink(row, 6);
        break;
      default:
        return;
    }

    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
})();
