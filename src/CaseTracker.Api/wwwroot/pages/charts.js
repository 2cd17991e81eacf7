// Draws each <canvas data-chart="{type, labels, values, label}"> with Chart.js (served from /lib).
// The same figures are always in a table beside the chart; without script nothing is lost.
(function () {
    "use strict";
    if (typeof Chart === "undefined") return;
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var spec = JSON.parse(canvas.getAttribute("data-chart"));
        new Chart(canvas, {
            type: spec.type,
            data: {
                labels: spec.labels,
                datasets: [{
                    label: spec.label,
                    data: spec.values,
                    borderColor: "#1d4f91",
                    backgroundColor: spec.type === "line" ? "#1d4f91" : "rgba(29, 79, 145, 0.85)",
                    spanGaps: true
                }]
            },
            options: {
                animation: reduceMotion ? false : { duration: 300 },
                responsive: true,
                scales: { y: { beginAtZero: true, ticks: { color: "#1b1b1b" } }, x: { ticks: { color: "#1b1b1b" } } },
                plugins: { legend: { labels: { color: "#1b1b1b" } } }
            }
        });
    });
})();
