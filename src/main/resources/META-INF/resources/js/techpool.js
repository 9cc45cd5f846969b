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

  // Event times: the page writes them in the event's own zone (with its UTC offset); the browser alone knows the
  // viewer's zone, so it adds the time there when that differs (Intl applies the zone's DST rules).
  function localTimes(root) {
    root.querySelectorAll("time[data-local-time]").forEach(function (node) {
      var label = node.parentNode.querySelector("[data-local-label]");
      if (!label || node.dataset.localized) {
        return;
      }
      node.dataset.localized = "1";
      var start = new Date(node.getAttribute("datetime"));
      var end = node.dataset.localEnd ? new Date(node.dataset.localEnd) : null;
      var lang = document.documentElement.getAttribute("lang") || "zh-CN";
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      var format = new Intl.DateTimeFormat(lang, {
        year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      });
      var text = format.format(start) + (end ? " – " + format.format(end) : "");
      if (node.textContent.indexOf(zone) >= 0) {
        return; // the viewer is in the event's zone: nothing to add
      }
      label.textContent = label.dataset.localLabel + " " + text + " (" + zone + ")";
      label.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
})();
