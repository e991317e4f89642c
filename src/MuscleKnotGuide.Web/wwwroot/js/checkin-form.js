// Enhancement only: ticking a method opens its details, and typing a detail ticks the method.
// Without script the details still open by hand and the tick decides what is saved.
(function () {
  document.querySelectorAll('[data-method-row]').forEach(function (row) {
    var tick = row.querySelector('[data-method-tried]');
    var details = row.querySelector('details');
    if (!tick || !details) { return; }
    tick.addEventListener('change', function () {
      if (tick.checked) { details.open = true; }
    });
    details.addEventListener('input', function (event) {
      if (event.target && event.target.value) { tick.checked = true; }
    });
  });
})();
