// Starts ReDoc from a file: the page itself has no inline script (CSP script-src 'self').
"use strict";
(function () {
  var root = document.getElementById("redoc");
  Redoc.init(root.dataset.openapiUrl, { hideDownloadButton: false }, root);
})();
