// Shows the Print buttons (without script they stay hidden: the browser's own print menu still works).
(function () {
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
