// Live X character counter for the composer, using twitter-text 3.1.0 (global `twttr`, bundled by build/frontend.mjs).
// The server recounts with its own port (TweetText.Measure) and is the authority; this is what the author sees as they type.
//
// Markup contract (every attribute but the first is optional):
//   <textarea data-tweet-counter
//             data-tweet-counter-output="ID"      element that shows "N characters left" / "N characters over the limit";
//                                                  give it aria-live="polite". Its id is added to the textarea's
//                                                  aria-describedby so the count is also read when the field gets focus.
//             data-tweet-counter-highlight="ID">  element (start it `hidden`) that shows the text with the part beyond
//                                                  X's limit in <mark>; shown only while the text is too long.
//   Load order: <script src="~/lib/twitter-text/twitter-text.min.js"></script><script src="~/js/tweet-counter.js"></script>
//
// The highlight and the textarea's validity change on every keystroke; the live region's text is rewritten only after a
// short pause in typing so screen readers are not flooded. An over-length (or otherwise invalid) text makes the textarea
// invalid (setCustomValidity + .is-invalid), so the browser will not submit the form. User text is only ever put in the
// page as text nodes. Nothing is added to the global scope.
(function () {
  'use strict';

  const announceDelayMs = 400;

  function plural(count, word) {
    return count + ' ' + word + (count === 1 ? '' : 's');
  }

  // What to show and, when the post cannot be sent, the validation message (null when it can).
  function describe(result, text, max) {
    const left = max - result.weightedLength;
    if (text.length === 0) {
      return { message: plural(max, 'character') + ' left', invalid: null };
    }
    if (left < 0) {
      return {
        message: plural(-left, 'character') + ' over the limit',
        invalid: 'The post is ' + plural(-left, 'character') + ' over X\u2019s limit of ' + max + '.',
      };
    }
    if (!result.valid) {
      return { message: plural(left, 'character') + ' left', invalid: 'The post contains a character X does not accept.' };
    }
    return { message: plural(left, 'character') + ' left', invalid: null };
  }

  function showOverflow(highlight, text, result, max) {
    if (!highlight) {
      return;
    }
    highlight.replaceChildren();
    if (text.length === 0 || result.weightedLength <= max) {
      highlight.hidden = true;
      return;
    }
    // parseTweet's ranges index the NFC-normalised text (validRangeEnd is inclusive).
    const normalized = typeof text.normalize === 'function' ? text.normalize() : text;
    const cut = result.validRangeEnd + 1;
    const label = document.createElement('span');
    label.className = 'tweet-overflow-label';
    label.textContent = 'Text over the limit: ';
    const mark = document.createElement('mark');
    mark.textContent = normalized.slice(cut);
    highlight.append(document.createTextNode(normalized.slice(0, cut)), label, mark);
    highlight.hidden = false;
  }

  function attach(textarea, twttr) {
    const config = twttr.configs.version3;
    const max = config.maxWeightedTweetLength;
    const output = document.getElementById(textarea.getAttribute('data-tweet-counter-output') || '');
    const highlight = document.getElementById(textarea.getAttribute('data-tweet-counter-highlight') || '');
    let timer = 0;

    if (output && output.id) {
      const described = (textarea.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (described.indexOf(output.id) < 0) {
        described.push(output.id);
        textarea.setAttribute('aria-describedby', described.join(' '));
      }
    }

    function update(immediate) {
      const text = textarea.value;
      const result = twttr.parseTweet(text, config);
      const state = describe(result, text, max);
      textarea.setCustomValidity(state.invalid || '');
      textarea.classList.toggle('is-invalid', state.invalid !== null);
      showOverflow(highlight, text, result, max);
      if (!output) {
        return;
      }
      output.classList.toggle('text-danger', state.invalid !== null);
      window.clearTimeout(timer);
      if (immediate) {
        output.textContent = state.message;
      } else {
        timer = window.setTimeout(function () { output.textContent = state.message; }, announceDelayMs);
      }
    }

    textarea.addEventListener('input', function () { update(false); });
    if (textarea.form) {
      // The reset event fires before the fields are reset.
      textarea.form.addEventListener('reset', function () { window.setTimeout(function () { update(true); }, 0); });
    }
    update(true);
  }

  function start() {
    const twttr = window.twttr;
    if (!twttr || typeof twttr.parseTweet !== 'function') {
      return; // the bundle did not load: the server still counts and refuses over-length posts
    }
    document.querySelectorAll('textarea[data-tweet-counter]').forEach(function (textarea) { attach(textarea, twttr); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
