// The demo host page's own script: lists the events the embedded kit sends (what a portal
// would use to, say, show a "thank you" or count completions). window.dbiEvents is read by the
// browser test.
(function () {
  'use strict';
  var list = document.getElementById('events');
  window.dbiEvents = [];
  ['ready', 'step', 'completed'].forEach(function (type) {
    document.addEventListener('dbi-kit:' + type, function (e) {
      window.dbiEvents.push({ type: type, detail: e.detail });
      var li = document.createElement('li');
      li.textContent = type + ': ' + JSON.stringify(e.detail);
      list.appendChild(li);
    });
  });
  document.addEventListener('dbi-kit:resize', function (e) {
    window.dbiEvents.push({ type: 'resize', detail: e.detail });
  });
})();
