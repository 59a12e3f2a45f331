// Live preview for the composer: renders the post as X will show it while the author types, with twitter-text 3.1.0
// (global `twttr`, bundled by build/frontend.mjs). It mirrors the server's Pages/Posts/PostTextHtml.cs and
// _PostPreview.cshtml element for element, attribute for attribute, so the live preview equals the saved one:
//   link     <a href="https://…" title="https://…" rel="nofollow noopener noreferrer" class="post-preview-link">display…</a>
//   mention  <span class="post-preview-mention">@name</span>   (also post-preview-hashtag, post-preview-cashtag)
// Links are shown as X shows them (Domain/Posts/TweetDisplayUrl.cs): no scheme, no leading "www.", a bare "/" dropped,
// and what follows the host cut after 15 characters with "…".
//
// Markup contract:
//   <div data-post-preview-source="TEXTAREA-ID" data-post-preview-summary="ID">   wraps the _PostPreview partial, which
//        holds [data-post-preview-text] and [data-post-preview-media]. The summary element (visually hidden,
//        aria-live="polite") gets a short sentence such as "Preview: 1 link, 2 hashtags, 2 images." after a pause
//        in typing, and only when that sentence changes, so screen readers are not told about every keystroke.
//   Images: any element with data-preview-image, data-src (the image's URL) and data-alt (its alt text) inside the
//        textarea's form is shown in the preview, in document order, at most 4, laid out as X does (site.css,
//        .post-preview-media-1 … -4). Adding, removing or changing them updates the preview.
//   Load order: <script src="~/lib/twitter-text/twitter-text.min.js"></script><script src="~/js/post-preview.js"></script>
//
// The server rendered the preview for the text the page was loaded with; this script re-renders it on input only.
// User text is only ever put in the page as text nodes and attribute values. Nothing is added to the global scope.
(function () {
  'use strict';

  const announceDelayMs = 1000;
  const shownAfterHost = 15;
  const maxImages = 4;
  const classes = { mentions: 'post-preview-mention', hashtags: 'post-preview-hashtag', cashtags: 'post-preview-cashtag' };

  // Domain/Posts/TweetDisplayUrl.cs, line for line.
  function displayUrl(url) {
    let shown = url;
    const scheme = shown.indexOf('://');
    if (scheme >= 0) {
      shown = shown.slice(scheme + 3);
    }
    if (shown.slice(0, 4).toLowerCase() === 'www.') {
      shown = shown.slice(4);
    }
    const hostEnd = shown.search(/[/?#]/);
    if (hostEnd < 0) {
      return shown;
    }
    const host = shown.slice(0, hostEnd);
    const rest = shown.slice(hostEnd);
    if (rest === '/') {
      return host;
    }
    return rest.length <= shownAfterHost ? shown : host + rest.slice(0, shownAfterHost) + '\u2026';
  }

  // PostContent.NormalizeText then NFC, as the server does before it looks for entities.
  function normalize(text) {
    const lines = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
    return typeof lines.normalize === 'function' ? lines.normalize() : lines;
  }

  function kindOf(entity) {
    if (entity.url !== undefined) {
      return 'urls';
    }
    if (entity.screenName !== undefined) {
      return 'mentions';
    }
    return entity.hashtag !== undefined ? 'hashtags' : 'cashtags';
  }

  function renderText(target, text, twttr) {
    const normalized = normalize(text);
    const nodes = [];
    const counts = { urls: 0, mentions: 0, hashtags: 0, cashtags: 0 };
    let at = 0;
    twttr.extractEntitiesWithIndices(normalized).forEach(function (entity) {
      const start = entity.indices[0];
      const end = entity.indices[1];
      if (start > at) {
        nodes.push(document.createTextNode(normalized.slice(at, start)));
      }
      const shown = normalized.slice(start, end);
      const kind = kindOf(entity);
      counts[kind] += 1;
      let element;
      if (kind === 'urls') {
        const href = shown.indexOf('://') >= 0 ? shown : 'https://' + shown;
        element = document.createElement('a');
        element.setAttribute('href', href);
        element.setAttribute('title', href);
        element.setAttribute('rel', 'nofollow noopener noreferrer');
        element.setAttribute('class', 'post-preview-link');
        element.textContent = displayUrl(shown);
      } else {
        element = document.createElement('span');
        element.setAttribute('class', classes[kind]);
        element.textContent = shown;
      }
      nodes.push(element);
      at = end;
    });
    if (at < normalized.length) {
      nodes.push(document.createTextNode(normalized.slice(at)));
    }
    target.replaceChildren.apply(target, nodes);
    return counts;
  }

  function renderImages(media, form) {
    const found = form ? Array.prototype.slice.call(form.querySelectorAll('[data-preview-image]'), 0, maxImages) : [];
    const images = found.map(function (source) {
      const image = document.createElement('img');
      image.setAttribute('class', 'post-preview-image');
      image.setAttribute('src', source.getAttribute('data-src') || '');
      image.setAttribute('alt', source.getAttribute('data-alt') || '');
      return image;
    });
    for (let count = 0; count <= maxImages; count++) {
      media.classList.toggle('post-preview-media-' + count, count === images.length);
    }
    media.replaceChildren.apply(media, images);
    media.hidden = images.length === 0;
    return images.length;
  }

  function plural(count, word) {
    return count + ' ' + word + (count === 1 ? '' : 's');
  }

  function summarize(text, counts, images) {
    if (text.trim().length === 0 && images === 0) {
      return 'Preview: empty.';
    }
    const parts = [];
    if (counts.urls) { parts.push(plural(counts.urls, 'link')); }
    if (counts.mentions) { parts.push(plural(counts.mentions, 'mention')); }
    if (counts.hashtags) { parts.push(plural(counts.hashtags, 'hashtag')); }
    if (counts.cashtags) { parts.push(plural(counts.cashtags, 'cashtag')); }
    if (images) { parts.push(plural(images, 'image')); }
    return parts.length === 0 ? 'Preview: text only.' : 'Preview: ' + parts.join(', ') + '.';
  }

  function attach(container, twttr) {
    const textarea = document.getElementById(container.getAttribute('data-post-preview-source') || '');
    const target = container.querySelector('[data-post-preview-text]');
    const media = container.querySelector('[data-post-preview-media]');
    const summary = document.getElementById(container.getAttribute('data-post-preview-summary') || '');
    if (!textarea || !target) {
      return;
    }
    const form = textarea.form;
    let timer = 0;
    let announced = '';

    function update() {
      const counts = renderText(target, textarea.value, twttr);
      const images = media ? renderImages(media, form) : 0;
      if (!summary) {
        return;
      }
      const sentence = summarize(textarea.value, counts, images);
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        if (sentence !== announced) {
          announced = sentence;
          summary.textContent = sentence;
        }
      }, announceDelayMs);
    }

    textarea.addEventListener('input', update);
    if (form) {
      // The reset event fires before the fields are reset.
      form.addEventListener('reset', function () { window.setTimeout(update, 0); });
      if (media && typeof MutationObserver === 'function') {
        new MutationObserver(function (changes) {
          const relevant = changes.some(function (change) {
            const nodes = Array.prototype.slice.call(change.addedNodes).concat(Array.prototype.slice.call(change.removedNodes));
            return change.type === 'attributes' || nodes.some(function (node) {
              return node.nodeType === 1 && (node.hasAttribute('data-preview-image') || node.querySelector('[data-preview-image]') !== null);
            });
          });
          if (relevant) {
            update();
          }
        }).observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-preview-image', 'data-src', 'data-alt'] });
      }
    }
  }

  function start() {
    const twttr = window.twttr;
    if (!twttr || typeof twttr.extractEntitiesWithIndices !== 'function') {
      return; // the bundle did not load: the preview the server rendered stays
    }
    document.querySelectorAll('[data-post-preview-source]').forEach(function (container) { attach(container, twttr); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
