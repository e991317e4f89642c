// Pre-selects the browser's own time zone; without script the list still works by hand.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  document.querySelectorAll('select[data-browser-time-zone]').forEach(function (select) {
    if (select.value !== 'UTC' || !zone) { return; }
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) { select.value = zone; break; }
    }
  });
})();
