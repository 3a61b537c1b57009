/* Records script errors on <html data-script-errors> so a headless browser's DOM dump shows them. */
(function () {
  var errors = [];
  window.__reportError = function (message) {
    errors.push(String(message));
    document.documentElement.setAttribute('data-script-errors', errors.join(' | '));
  };
  window.addEventListener('error', function (event) {
    window.__reportError(event.message || 'error');
  });
})();
