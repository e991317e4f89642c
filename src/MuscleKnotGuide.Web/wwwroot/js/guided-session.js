// The guided session player. Without this script the page is the ordered list of steps and the save form.
// Time is measured from elapsed clock readings (performance.now), never by counting ticks: a backgrounded,
// throttled tab still ends each hold on time.
(function () {
  'use strict';

  var player = document.getElementById('session-player');
  var list = document.getElementById('session-steps');
  var finish = document.getElementById('session-finish');
  if (!player || !list || !finish) {
    return;
  }

  var steps = Array.prototype.map.call(list.querySelectorAll('.session-step'), function (item) {
    var img = item.querySelector('img');
    return {
      say: item.querySelector('.session-say').textContent,
      holdMs: Number(item.getAttribute('data-hold')) * 1000,
      src: img ? img.getAttribute('src') : null,
      alt: img ? img.getAttribute('alt') : ''
    };
  });
  if (steps.length === 0) {
    return;
  }

  var screens = {
    start: player.querySelector('[data-screen="start"]'),
    step: player.querySelector('[data-screen="step"]')
  };
  var count = document.getElementById('session-count');
  var progress = document.getElementById('session-progress');
  var figure = document.getElementById('session-figure');
  var picture = document.getElementById('session-picture');
  var now = document.getElementById('session-now');
  var timer = document.getElementById('session-timer');
  var pausedNote = document.getElementById('session-paused');
  var pauseButton = player.querySelector('[data-action="pause"]');
  var painBefore = document.getElementById('session-pain-before');
  var sound = document.getElementById('session-sound');

  var index = 0;
  var remainingMs = 0;    // what was left of the hold when it last (re)started running
  var runningSince = null; // performance.now() when it started running; null while paused
  var activeMs = 0;       // time spent running, for the minutes saved with the session
  var lastReading = null;
  var ticker = null;
  var wakeLock = null;

  list.hidden = true;
  finish.hidden = true;
  player.hidden = false;

  function show(name) {
    Object.keys(screens).forEach(function (key) { screens[key].hidden = key !== name; });
  }

  function left() {
    return runningSince === null ? remainingMs : remainingMs - (performance.now() - runningSince);
  }

  function clockText(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function render() {
    var step = steps[index];
    var remaining = left();
    timer.textContent = clockText(remaining);
    progress.value = index + Math.min(1, Math.max(0, 1 - remaining / step.holdMs));
    progress.textContent = 'Step ' + (index + 1) + ' of ' + steps.length;
  }

  function enter(newIndex) {
    index = newIndex;
    var step = steps[index];
    remainingMs = step.holdMs;
    runningSince = runningSince === null ? null : performance.now();
    count.textContent = 'Step ' + (index + 1) + ' of ' + steps.length;
    now.textContent = step.say;
    figure.hidden = !step.src;
    if (step.src) {
      picture.src = step.src;
      picture.alt = step.alt;
    }
    render();
  }

  function tick() {
    var reading = performance.now();
    if (runningSince !== null && lastReading !== null) {
      activeMs += reading - lastReading;
    }
    lastReading = reading;
    if (runningSince !== null && left() <= 0) {
      cue();
      if (index + 1 < steps.length) {
        enter(index + 1);
      } else {
        end();
        return;
      }
    }
    render();
  }

  function run() {
    runningSince = performance.now();
    lastReading = runningSince;
    pausedNote.hidden = true;
    pauseButton.textContent = 'Pause';
    keepAwake();
  }

  function pause() {
    tick();
    remainingMs = left();
    runningSince = null;
    pausedNote.hidden = false;
    pauseButton.textContent = 'Resume';
    letSleep();
  }

  // A gentle cue: a short vibration where supported, and a soft tone only when the person turned it on.
  function cue() {
    if (navigator.vibrate) {
      navigator.vibrate(200);
    }
    if (sound && sound.checked && window.AudioContext) {
      var audio = new AudioContext();
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.frequency.value = 660;
      volume.gain.value = 0.08;
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.25);
      tone.onended = function () { audio.close(); };
    }
  }

  function keepAwake() {
    if (!('wakeLock' in navigator) || wakeLock) {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () { wakeLock = null; });
    }).catch(function () { /* refused (battery saver, hidden tab): the session still works */ });
  }

  function letSleep() {
    if (wakeLock) {
      wakeLock.release();
      wakeLock = null;
    }
  }

  function end() {
    window.clearInterval(ticker);
    runningSince = null;
    letSleep();
    player.hidden = true;
    list.hidden = false;
    finish.hidden = false;
    var before = document.getElementById('Form_PainBefore');
    if (before && painBefore.value !== '') {
      before.value = painBefore.value;
    }
    var minutes = document.getElementById('Form_Minutes');
    if (minutes) {
      minutes.value = String(Math.max(1, Math.round(activeMs / 60000)));
    }
    var heading = document.getElementById('session-finish-heading');
    heading.textContent = 'Session finished: how is your pain now?';
    heading.focus();
  }

  player.querySelector('[data-action="start"]').addEventListener('click', function () {
    show('step');
    run();
    enter(0);
    ticker = window.setInterval(tick, 250);
  });

  pauseButton.addEventListener('click', function () {
    if (runningSince === null) {
      run();
    } else {
      pause();
    }
    render();
  });

  player.querySelector('[data-action="skip"]').addEventListener('click', function () {
    tick();
    if (index + 1 < steps.length) {
      enter(index + 1);
    } else {
      end();
    }
  });

  player.querySelector('[data-action="back"]').addEventListener('click', function () {
    tick();
    enter(Math.max(0, index - 1));
  });

  // The browser drops the wake lock when the tab is hidden; take it again on return if still running.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && runningSince !== null) {
      keepAwake();
    }
  });
})();
