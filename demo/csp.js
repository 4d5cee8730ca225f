// The strict-CSP demo's one script of its own: lists every Content-Security-Policy violation
// on the page (a classic script in <head>, so it listens before anything else runs). Tests read
// window.cspViolations.
(function () {
  var violations = [];
  window.cspViolations = violations;
  function show() {
    var status = document.getElementById('csp-status');
    var list = document.getElementById('csp-violations');
    if (!status || !list) return;
    status.textContent = 'Content-Security-Policy violations: ' + (violations.length ? violations.length : 'none so far.');
    status.className = violations.length ? 'status bad' : 'status';
    list.textContent = '';
    violations.forEach(function (v) {
      var item = document.createElement('li');
      // Text only: a violation report quotes page content.
      item.textContent = v.directive + ' refused ' + (v.blockedURI || '(inline)') + (v.sample ? ': ' + v.sample : '') +
        (v.sourceFile ? ' (' + v.sourceFile + ':' + v.lineNumber + ')' : '');
      list.appendChild(item);
    });
  }
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      sourceFile: e.sourceFile,
      lineNumber: e.lineNumber,
    });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
