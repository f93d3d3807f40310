// Article page: a fact in the side panel scrolls to its words and lights up every piece of them.
(function () {
  'use strict';
  function light(fact) {
    document.querySelectorAll('.text .lit').forEach(function (el) { el.classList.remove('lit'); });
    document.querySelectorAll('.text [data-f]').forEach(function (el) {
      if (el.dataset.f.split(' ').indexOf(fact) >= 0) { el.classList.add('lit'); }
    });
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.jump');
    if (!link) { return; }
    var fact = link.dataset.fact;
    var anchor = document.getElementById(fact);
    if (!anchor) { return; }
    event.preventDefault();
    light(fact);
    anchor.scrollIntoView({ behavior: 'smooth', block: 'center' });
    history.replaceState(null, '', '#' + fact);
  });
  window.addEventListener('DOMContentLoaded', function () {
    if (location.hash.length > 1) { light(decodeURIComponent(location.hash.substring(1))); }
  });
})();
