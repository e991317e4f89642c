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

// The body map: the checkboxes are the real fields. Tapping a region of the picture toggles its checkbox, and any
// change of a checkbox (tap, keyboard, label) shades its region. Marking a thigh, calf or foot highlights the hint
// and the leg questions among the warning symptoms. Without script the checkboxes alone work.
(function () {
  var map = document.querySelector('[data-body-map="tappable"]');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('[data-area-box]'));
  if (!map || boxes.length === 0) { return; }
  var legHint = document.querySelector('[data-leg-hint]');
  var legSymptoms = document.querySelectorAll('[data-leg-symptom="true"]');

  function regionOf(box) {
    return map.querySelector('[data-area="' + box.getAttribute('data-area-box') + '"]');
  }

  function show() {
    boxes.forEach(function (box) {
      var region = regionOf(box);
      if (region) { region.classList.toggle('is-marked', box.checked); }
    });
    var leg = boxes.some(function (box) { return box.checked && box.getAttribute('data-leg') === 'true'; });
    if (legHint) { legHint.classList.toggle('is-prompted', leg); }
    legSymptoms.forEach(function (input) {
      var choice = input.closest('.choice');
      if (choice) { choice.classList.toggle('is-prompted', leg); }
    });
  }

  map.classList.add('is-tappable');
  map.addEventListener('click', function (event) {
    var region = event.target.closest ? event.target.closest('[data-area]') : null;
    if (!region) { return; }
    var box = document.getElementById('Form_Areas_' + region.getAttribute('data-area'));
    if (!box) { return; }
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
  boxes.forEach(function (box) { box.addEventListener('change', show); });
  show();
})();
