// TechPool's only script: glue for htmx and the charts. No inline scripts anywhere (the pages' CSP forbids them).
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // Every htmx request carries the CSRF token, and says it is script-driven, so an expired session is answered
  // with a status instead of a redirect to Keycloak that an XHR cannot follow.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-TOKEN"] = csrfToken();
    event.detail.headers["X-Requested-With"] = "JavaScript";
  });

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr.status;
    if (status === 499 || status === 401) {
      window.location.href = "/login?redirect=" + encodeURIComponent(window.location.pathname + window.location.search);
      return;
    }
    toast(document.documentElement.getAttribute("lang") === "en"
      ? "The request failed (" + status + "). Please try again."
      : "请求失败（" + status + "），请重试。");
  });

  function toast(text) {
    var node = document.createElement("div");
    node.className = "toast";
    node.setAttribute("role", "alert");
    node.textContent = text;
    document.body.appendChild(node);
    setTimeout(function () { node.remove(); }, 5000);
  }

  // Checkable facets and sort selects submit their form as soon as they change.
  document.addEventListener("change", function (event) {
    var form = event.target.closest("form[data-autosubmit]");
    if (form) {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });

  // Charts: an element with data-chart holds its ECharts option as JSON in a <script type="application/json">
  // child (data, not code). ECharts is loaded only by pages that draw charts.
  function drawCharts(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll("[data-chart]").forEach(function (node) {
      var source = node.querySelector('script[type="application/json"]');
      if (!source || node.dataset.drawn) {
        return;
      }
      node.dataset.drawn = "1";
      var chart = window.echarts.init(node, null, { renderer: "svg" });
      chart.setOption(JSON.parse(source.textContent));
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
})();
