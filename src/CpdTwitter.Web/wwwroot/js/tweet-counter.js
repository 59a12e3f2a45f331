// Live X character counter for the composer, using twitter-text 3.1.0 (global `twttr`, bundled by build/frontend.mjs).
// The server recounts with its own port (TweetText.Measure) and is the authority; this is what the author sees as they type.
//
// Markup contract:
//   <textarea data-tweet-counter
//             data-tweet-counter-output="ID"      element that shows "N characters left" / "N characters over the limit"
//             data-tweet-counter-highlight="ID">  element (hidden until needed) that shows the text with the part over
//                                                  the limit in <mark>
// The output element should have aria-live="polite"; it is rewritten only after a short pause in typing so screen
// readers are not flooded. An over-length (or invalid) text makes the textarea invalid (setCustomValidity), so the
// browser will not submit the form.
(function () {
  'use strict';

  var announceDelayMs = 400;

  function describe(result, text) {
    if (text.length === 0) {
      return { message: '280 characters left', invalid: null };
    }
    var left = 280 - result.weightedLength;
    if (left < 0) {
      var over = -left;
      return { message: over + (over === 1 ? ' character' : ' characters') + ' over the limit', invalid: 'The post is ' + over + ' characters over X\u2019s limit of 280.' };
    }
    if (!result.valid) {
      return { message: left + ' characters left', invalid: 'The post contains a character X does not accept.' };
    }
    return { message: left + (left === 1 ? ' character left' : ' characters left'), invalid: null };
  }

  function showOverflow(highlight, text, result) {
    if (!highlight) {
      return;
    }
    while (highlight.firstChild) {
      highlight.removeChild(highlight.firstChild);
    }
    if (result.valid || text.length === 0 || result.weightedLength <= 280) {
      highlight.hidden = true;
      return;
    }
    var cut = result.validRangeEnd + 1;
    var label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = 'Text over the limit: ';
    var mark = document.createElement('mark');
    mark.textContent = text.slice(cut);
    highlight.appendChild(document.createTextNode(text.slice(0, cut)));
    highlight.appendChild(label);
    highlight.appendChild(mark);
    highlight.hidden = false;
  }

  function attach(textarea) {
    var output = document.getElementById(textarea.getAttribute('data-tweet-counter-output'));
    var highlight = document.getElementById(textarea.getAttribute('data-tweet-counter-highlight'));
    var timer = null;

    function update(immediate) {
      var text = textarea.value;
      var result = window.twttr.parseTweet(text, window.twttr.configs.version3);
      var state = describe(result, text);
      textarea.setCustomValidity(state.invalid || '');
      textarea.classList.toggle('is-invalid', state.invalid !== null);
      showOverflow(highlight, text, result);
      if (!output) {
        return;
      }
      output.classList.toggle('text-danger', state.invalid !== null);
      if (immediate) {
        output.textContent = state.message;
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { output.textContent = state.message; }, announceDelayMs);
    }

    textarea.addEventListener('input', function () { update(false); });
    update(true);
  }

  function start() {
    if (!window.twttr || typeof window.twttr.parseTweet !== 'function') {
      return;
    }
    var areas = document.querySelectorAll('textarea[data-tweet-counter]');
    for (var i = 0; i < areas.length; i++) {
      attach(areas[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
