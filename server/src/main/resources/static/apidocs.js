// Starts Swagger UI on the server's own OpenAPI document (kept out of the page: the CSP allows no inline script).
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('swagger-ui');
  window.SwaggerUIBundle({ url: root.dataset.spec, domNode: root, deepLinking: true });
});
