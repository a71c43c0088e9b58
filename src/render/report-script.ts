/**
 * The review page's only script, inline: filters by rule, category, locale and
 * severity, a text search, and counts that follow them. It reads the page's
 * own markup (data attributes), fetches nothing, and the page's Content
 * Security Policy admits it by hash, so no other script can run there.
 */
import {createHash} from 'node:crypto'

export const reportScript = `
'use strict';
(function () {
  var facets = ['rule', 'category', 'locale', 'severity'];
  var groups = Array.prototype.slice.call(document.querySelectorAll('tbody.finding-group'));
  var texts = groups.map(function (group) { return group.textContent.toLowerCase(); });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var reset = document.getElementById('reset');

  function wanted() {
    var selection = {};
    facets.forEach(function (facet) {
      var values = boxes.filter(function (box) { return box.name === facet && box.checked; }).map(function (box) { return box.value; });
      selection[facet] = values.length > 0 ? values : null;
    });
    return selection;
  }

  function update() {
    var selection = wanted();
    var terms = search.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var visible = 0;
    groups.forEach(function (group, index) {
      var passes = facets.every(function (facet) {
        return selection[facet] === null || selection[facet].indexOf(group.getAttribute('data-' + facet)) !== -1;
      }) && terms.every(function (term) { return texts[index].indexOf(term) !== -1; });
      group.hidden = !passes;
      if (passes) visible++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.file'), function (section) {
      var count = section.querySelectorAll('tbody.finding-group:not([hidden])').length;
      section.hidden = count === 0;
      var entry = document.querySelector('#contents li[data-file="' + section.id + '"]');
      if (entry) {
        entry.hidden = count === 0;
        entry.querySelector('.count').textContent = String(count);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('#contents .locale'), function (locale) {
      var entries = Array.prototype.slice.call(locale.querySelectorAll('li[data-file]'));
      var total = entries.reduce(function (sum, entry) { return sum + (entry.hidden ? 0 : Number(entry.querySelector('.count').textContent)); }, 0);
      locale.hidden = total === 0;
      locale.querySelector('.locale-count').textContent = String(total);
    });
    shown.textContent = visible === groups.length ? 'Showing all ' + groups.length + ' findings' : 'Showing ' + visible + ' of ' + groups.length + ' findings';
  }

  document.getElementById('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  boxes.forEach(function (box) { box.addEventListener('change', update); });
  search.addEventListener('input', update);
  reset.addEventListener('click', function () {
    boxes.forEach(function (box) { box.checked = false; });
    search.value = '';
    update();
  });
  update();
})();
`

/** `'sha256-…'` for the Content Security Policy. */
export const reportScriptHash = `'sha256-${createHash('sha256').update(reportScript).digest('base64')}'`
