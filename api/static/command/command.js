/* 金雁安全云 command center. Reads /api/v1/dashboard/* with the password login's token (kept in sessionStorage)
   and follows /api/v1/dashboard/stream with a single-use ticket. Any part whose endpoint fails shows "—"; the page itself never breaks.
   Text from the server is set with textContent only. */
(function () {
  "use strict";

  var API = "/api/v1";
  var TOKEN_KEY = "jinyan.command.token";
  var USER_KEY = "jinyan.command.user";
  var REFRESH_MS = 60000;
  var FEED_LIMIT = 40;
  var RECONNECT_MS = 3000;
  var COLORS = { green: "#2fd47a", yellow: "#ffc53d", red: "#ff4d4f", unrated: "#6f86a8" };
  var COLOR_NAMES = { green: "绿码", yellow: "黄码", red: "红码", unrated: "未评定" };
  var EVENT_NAMES = { hazard_created: "新增隐患", hazard_closed: "隐患销号", risk_changed: "风险变化" };
  var DASH = "—";
  // Region outlines under the dots: the street boldest, communities dashed, grids faintly filled.
  var OUTLINES = {
    district: { fill: "rgba(0,0,0,0)", stroke: "rgba(54,207,255,.5)", width: 1, dash: null },
    street: { fill: "rgba(47,168,255,.035)", stroke: "rgba(54,207,255,.95)", width: 2.5, dash: null },
    community: { fill: "rgba(0,0,0,0)", stroke: "rgba(143,211,255,.7)", width: 1.6, dash: [8, 5] },
    grid: { fill: "rgba(47,168,255,.07)", stroke: "rgba(54,207,255,.35)", width: 1, dash: null }
  };

  var charts = {};
  var enterpriseNames = {};
  var enterpriseFacts = {};  // id → {grid, industry, category} from the map
  var regions = [];
  var period = { kind: "month", from: null, to: null };
  var drawerTrail = [];  // what the drawer showed before, for 返回
  var alertsSeen = {};
  var stream = null;
  var liveGeneration = 0;  // bumped by stopLive, so a ticket fetched before a stop opens nothing
  var lastEventId = null;
  var reconnectTimer = null;
  var refreshTimer = null;
  var pendingRefresh = null;

  function $(id) { return document.getElementById(id); }

  // ---- session ----
  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  function showLogin(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
    stopLive();
    $("login-error").textContent = message || "";
    $("login").hidden = false;
    $("username").focus();
  }

  function login(event) {
    event.preventDefault();
    var button = $("login-submit");
    button.disabled = true;
    $("login-error").textContent = "";
    fetch(API + "/auth/password", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: $("username").value.trim(), password: $("password").value })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error(body.message || "登录失败(" + response.status + ")");
        sessionStorage.setItem(TOKEN_KEY, body.access_token);
        sessionStorage.setItem(USER_KEY, (body.user && body.user.name) || "");
        $("password").value = "";
        $("login").hidden = true;
        start();
      });
    }).catch(function (error) {
      $("login-error").textContent = error.message === "Failed to fetch" ? "无法连接服务器" : error.message;
    }).then(function () { button.disabled = false; });
  }

  /* The JSON of GET path, or null when it is missing or failing. 401 and 403 end the session. */
  function getJson(path) {
    return fetch(API + path, { headers: { Authorization: "Bearer " + token() } }).then(function (response) {
      if (response.status === 401) { showLogin("登录已失效,请重新登录"); return null; }
      if (response.status === 403) { showLogin("此账号无权查看指挥中心"); return null; }
      return response.ok ? response.json() : null;
    }).catch(function () { return null; });
  }

  // ---- formatting ----
  function pick(object, path) {
    return path.split(".").reduce(function (value, key) {
      return value !== null && value !== undefined ? value[key] : undefined;
    }, object);
  }

  function formatCount(value) {
    return typeof value === "number" && isFinite(value) ? value.toLocaleString("zh-CN") : DASH;
  }

  /* Rates arrive as fractions (0.96); the screen shows 96.0%. */
  function formatRate(value) {
    return typeof value === "number" && isFinite(value) ? (value * 100).toFixed(1) + "%" : DASH;
  }

  /* A change since the previous period: counts as +3, rates in percentage points as +2.5%. */
  function signed(name, delta) {
    var text = /_rate$|_coverage$/.test(name) ? (Math.abs(delta) * 100).toFixed(1) + "%" : Math.abs(delta).toLocaleString("zh-CN");
    return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + text;
  }

  function formatMetric(name, value) {
    return /_rate$|_coverage$/.test(name) ? formatRate(value) : formatCount(value);
  }

  var shanghaiTime = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", weekday: "short",
    hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false
  });
  var shanghaiClock = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false
  });

  function tick() { $("clock").textContent = shanghaiTime.format(new Date()); }

  // ---- headline numbers ----
  function renderSummary(summary) {
    document.querySelectorAll("[data-metric]").forEach(function (element) {
      var name = element.getAttribute("data-metric");
      element.textContent = formatMetric(name, summary ? pick(summary, name) : undefined);
    });
    document.querySelectorAll("[data-change]").forEach(function (element) {
      var name = element.getAttribute("data-change");
      var delta = summary && summary.change ? pick(summary.change, name) : undefined;
      element.textContent = typeof delta === "number" && isFinite(delta) ? "较上期 " + signed(name, delta) : "";
      element.setAttribute("data-trend", delta > 0 ? "up" : delta < 0 ? "down" : "flat");
    });
    var period = summary && summary.period, previous = summary && summary.previous && summary.previous.period;
    $("period").textContent = period && period.from ? period.from + " 至 " + period.to : DASH;
    $("previous-period").textContent = previous && previous.from ? previous.from + " 至 " + previous.to : DASH;
    renderColorChart(summary && summary.colors);
  }

  /* A wall screen of twice 1920×1080 or more shows the same layout scaled up twice (command.css): the charts then
     draw at the scaled resolution, not upscaled. */
  var WALL = "(min-width: 2880px) and (min-height: 1620px)";  // the media query of command.css
  function pageZoom() {
    return window.matchMedia && window.matchMedia(WALL).matches ? 2 : 1;
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id), null, { renderer: "canvas", devicePixelRatio: (window.devicePixelRatio || 1) * pageZoom() });
    }
    return charts[id];
  }

  var lastZoom = null;
  function onResize() {
    var zoom = pageZoom();
    if (lastZoom !== null && zoom !== lastZoom) {
      Object.keys(charts).forEach(function (id) { charts[id].dispose(); delete charts[id]; });
      lastZoom = zoom;
      loadAll(true);
      return;
    }
    lastZoom = zoom;
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  }

  // ---- renewal: a wall screen stays signed in (POST /auth/refresh every 12 hours, up to SESSION_MAX_DAYS) ----
  var RENEW_EVERY_MS = 12 * 3600 * 1000;
  var renewTimer = null;

  function renewToken() {
    if (!token()) return;
    fetch(API + "/auth/refresh", { method: "POST", headers: { Authorization: "Bearer " + token() } })
      .then(function (response) {
        if (response.status === 401) { showLogin("登录已超过有效期,请重新登录"); return null; }
        return response.ok ? response.json() : null;
      })
      .then(function (body) { if (body && body.access_token) sessionStorage.setItem(TOKEN_KEY, body.access_token); })
      .catch(function () {});  // offline: the next round tries again, the token still has days left
  }

  function startRenewal() {
    clearInterval(renewTimer);
    renewTimer = setInterval(renewToken, RENEW_EVERY_MS);
  }

  // ---- kiosk: ?kiosk=N rotates the periods every N seconds (at least 5) ----
  var KIOSK_VIEWS = ["month", "quarter", "year", "week"];
  var kioskTimer = null;

  function kioskSeconds() {
    var match = /[?&]kiosk=(\d{1,4})(?:&|$)/.exec(location.search);
    return match ? Math.max(5, Number(match[1])) : 0;
  }

  function startKiosk() {
    var seconds = kioskSeconds();
    if (!seconds) return;
    document.body.classList.add("kiosk");
    document.body.setAttribute("data-kiosk", String(seconds));
    // Keep the wall screen awake where the browser allows it (a secure context); without it the screen still works.
    if (navigator.wakeLock && navigator.wakeLock.request) navigator.wakeLock.request("screen").catch(function () {});
    clearInterval(kioskTimer);
    kioskTimer = setInterval(function () {
      if (!token()) return;
      if (!$("drawer").hidden) closeDrawer();
      var next = KIOSK_VIEWS[(KIOSK_VIEWS.indexOf(period.kind) + 1) % KIOSK_VIEWS.length];
      choosePeriod(next);
    }, seconds * 1000);
  }

  var TOOLTIP = { renderMode: "richText", backgroundColor: "rgba(6,20,48,.92)", borderColor: "#2fa8ff",
                  textStyle: { color: "#d7e9ff", fontSize: 15 } };

  function renderColorChart(colors) {
    var data = ["green", "yellow", "red", "unrated"].map(function (color) {
      return { name: COLOR_NAMES[color], value: colors ? colors[color] || 0 : 0, itemStyle: { color: COLORS[color] } };
    });
    var total = data.reduce(function (sum, item) { return sum + item.value; }, 0);
    chart("chart-colors").setOption({
      tooltip: Object.assign({ trigger: "item", formatter: "{b}:{c} 家({d}%)" }, TOOLTIP),
      title: { text: colors ? total.toLocaleString("zh-CN") : DASH, subtext: "在册企业", left: "center", top: "38%",
               textStyle: { color: "#fff", fontSize: 30, fontWeight: "bold" }, subtextStyle: { color: "#7f9cc4", fontSize: 14 } },
      series: [
        { type: "pie", radius: ["58%", "80%"], silent: true, z: 0, label: { show: false }, animation: false,
          itemStyle: { color: "rgba(47,168,255,.12)" }, data: [1] },
        { type: "pie", radius: ["58%", "80%"], stillShowZeroSum: false, label: { show: false },
          itemStyle: { borderColor: "#050d1f", borderWidth: 3 }, data: data }
      ]
    });
    var ring = chart("chart-colors");
    ring.off("click");
    ring.on("click", function (event) {
      var color = Object.keys(COLOR_NAMES).filter(function (key) { return COLOR_NAMES[key] === event.name; })[0];
      if (color && color !== "unrated") openColorList(color, true);
    });
  }

  // ---- trend ----
  /* Accepts [{date, opened, closed}] at the top level or under items/days/series. */
  function trendRows(body) {
    var rows = Array.isArray(body) ? body : body && (body.items || body.days || body.series);
    return Array.isArray(rows) ? rows : [];
  }

  function renderTrend(body) {
    var rows = trendRows(body);
    var axis = { type: "category", data: rows.map(function (row) { return String(row.date || row.day || "").slice(5); }),
                 axisLine: { lineStyle: { color: "#1b4f8f" } }, axisLabel: { color: "#7f9cc4", fontSize: 13 } };
    chart("chart-trend").setOption({
      tooltip: Object.assign({ trigger: "axis" }, TOOLTIP),
      legend: { top: 0, right: 0, textStyle: { color: "#d7e9ff", fontSize: 14 }, data: ["新增隐患", "销号"] },
      grid: { left: 36, right: 12, top: 34, bottom: 26 },
      graphic: rows.length ? [] : [{ type: "text", left: "center", top: "middle",
                                     style: { text: body ? "本期暂无隐患" : "暂无数据", fill: "#7f9cc4", fontSize: 16 } }],
      xAxis: axis,
      yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "rgba(27,79,143,.4)" } },
               axisLabel: { color: "#7f9cc4" } },
      series: [
        { name: "新增隐患", type: "bar", barMaxWidth: 14, itemStyle: { color: "#ffc53d" },
          data: rows.map(function (row) { return row.opened !== undefined ? row.opened : row.created || 0; }) },
        { name: "销号", type: "line", smooth: true, symbolSize: 6, itemStyle: { color: "#2fd47a" },
          areaStyle: { color: "rgba(47,212,122,.15)" }, data: rows.map(function (row) { return row.closed || 0; }) }
      ]
    }, { notMerge: true });
  }

  // ---- map ----
  function bounds(points) {
    var lng = points.map(function (p) { return p[0]; }), lat = points.map(function (p) { return p[1]; });
    return { minLng: Math.min.apply(null, lng), maxLng: Math.max.apply(null, lng),
             minLat: Math.min.apply(null, lat), maxLat: Math.max.apply(null, lat) };
  }

  /* Axis ranges with equal ground distance per pixel on both axes, so the street keeps its shape. */
  function squareExtent(points, width, height) {
    var b = bounds(points);
    var midLat = (b.minLat + b.maxLat) / 2, midLng = (b.minLng + b.maxLng) / 2;
    var shrink = Math.cos(midLat * Math.PI / 180);
    var lngSpan = Math.max(b.maxLng - b.minLng, 0.002) * 1.12, latSpan = Math.max(b.maxLat - b.minLat, 0.002) * 1.12;
    var perPixel = Math.max(lngSpan * shrink / width, latSpan / height);
    var halfLng = perPixel * width / shrink / 2, halfLat = perPixel * height / 2;
    return { x: [midLng - halfLng, midLng + halfLng], y: [midLat - halfLat, midLat + halfLat] };
  }

  /* One faint label per grid (网格) at the middle of its enterprises: the page's stand-in for a base map. */
  function gridLabels(points) {
    var sums = {};
    points.forEach(function (p) {
      if (!p[4]) return;
      var sum = sums[p[4]] || (sums[p[4]] = [0, 0, 0]);
      sum[0] += p[0]; sum[1] += p[1]; sum[2] += 1;
    });
    return Object.keys(sums).map(function (name) {
      var sum = sums[name];
      return [sum[0] / sum[2], sum[1] / sum[2], name];
    });
  }

  function renderMap(body) {
    var features = body && Array.isArray(body.features) ? body.features : [];
    var byColor = { green: [], yellow: [], red: [], unrated: [] };
    features.forEach(function (feature) {
      var p = feature.properties || {}, c = feature.geometry && feature.geometry.coordinates;
      if (p.id !== undefined) enterpriseNames[p.id] = p.name;
      var color = p.color || "unrated";
      if (!c || byColor[color] === undefined) return;
      byColor[color].push([c[0], c[1], p.name, p.industry || "", p.grid || "", p.id]);
      if (p.id !== undefined) enterpriseFacts[p.id] = { grid: p.grid, industry: p.industry, category: p.category };
    });
    var points = byColor.unrated.concat(byColor.green, byColor.yellow, byColor.red);
    var labels = gridLabels(points);
    var outline = boundaryRings();
    $("chart-map").setAttribute("data-outlines", String(outline.length));
    var element = $("chart-map");
    var framed = points.concat.apply(points, outline.map(function (ring) { return ring.points; }));
    var extent = framed.length ? squareExtent(framed, element.clientWidth - 40, element.clientHeight - 40)
                               : { x: [0, 1], y: [0, 1] };
    var note = body ? "共 " + points.length + " 家有坐标" : "地图数据暂不可用";
    if (body && body.without_location) note += ",另有 " + body.without_location + " 家未定位";
    $("map-note").textContent = note;
    var hidden = { show: false };
    var grid = { lineStyle: { color: "rgba(47,168,255,.10)" } };
    chart("chart-map").setOption({
      tooltip: Object.assign({ trigger: "item", formatter: function (item) {
        return item.value[2] + "\n" + COLOR_NAMES[item.seriesId] + " · " + item.value[3] + (item.value[4] ? " · " + item.value[4] : "");
      } }, TOOLTIP),
      legend: { bottom: 4, left: "center", textStyle: { color: "#d7e9ff", fontSize: 15 }, itemGap: 28 },
      grid: { left: 20, right: 20, top: 20, bottom: 40 },
      xAxis: { type: "value", min: extent.x[0], max: extent.x[1], axisLabel: hidden, axisTick: hidden, axisLine: hidden,
               splitNumber: 16, splitLine: grid },
      yAxis: { type: "value", min: extent.y[0], max: extent.y[1], axisLabel: hidden, axisTick: hidden, axisLine: hidden,
               splitNumber: 10, splitLine: grid },
      series: [
        { id: "boundaries", type: "custom", silent: true, z: 0, data: outline.map(function (ring, n) { return [n]; }),
          renderItem: function (params, api) {
            var ring = outline[params.dataIndex];
            var look = OUTLINES[ring.level] || OUTLINES.grid;
            return { type: "polygon", shape: { points: ring.points.map(function (p) { return api.coord(p); }) },
                     style: { fill: look.fill, stroke: look.stroke, lineWidth: look.width, lineDash: look.dash } };
          } },
        { id: "grids", type: "scatter", silent: true, symbolSize: 0, data: labels, z: 1,
          label: { show: true, formatter: "{@[2]}", color: "rgba(160,190,230,.6)", fontSize: 14, fontWeight: "bold", textBorderColor: "rgba(5,13,31,.8)", textBorderWidth: 3 } },
        { id: "unrated", name: "未评定 " + byColor.unrated.length, type: "scatter", symbolSize: 8, data: byColor.unrated,
          itemStyle: { color: COLORS.unrated, opacity: .8 } },
        { id: "green", name: "绿码 " + byColor.green.length, type: "scatter", symbolSize: 9, data: byColor.green,
          itemStyle: { color: COLORS.green, opacity: .85, shadowBlur: 6, shadowColor: COLORS.green } },
        { id: "yellow", name: "黄码 " + byColor.yellow.length, type: "effectScatter", symbolSize: 13, data: byColor.yellow,
          rippleEffect: { scale: 2.6, brushType: "stroke" }, itemStyle: { color: COLORS.yellow, shadowBlur: 10, shadowColor: COLORS.yellow } },
        { id: "red", name: "红码 " + byColor.red.length, type: "effectScatter", symbolSize: 16, data: byColor.red,
          rippleEffect: { scale: 3.5, brushType: "stroke" }, itemStyle: { color: COLORS.red, shadowBlur: 14, shadowColor: COLORS.red } }
      ]
    }, { notMerge: true });
    var map = chart("chart-map");
    map.off("click");
    map.on("click", function (event) {
      if (event.value && event.value[5] !== undefined) openEnterprise(event.value[5], true);
    });
  }

  /* Region boundaries (GeoJSON Polygon or MultiPolygon, GCJ-02) from GET /regions: the base map without tiles. */
  function boundaryRings() {
    var rings = [];
    regions.forEach(function (region) {
      var shape = region.boundary;
      if (!shape || !Array.isArray(shape.coordinates)) return;
      var polygons = shape.type === "MultiPolygon" ? shape.coordinates : [shape.coordinates];
      polygons.forEach(function (polygon) {
        if (Array.isArray(polygon) && Array.isArray(polygon[0]) && polygon[0].length >= 3) {
          rings.push({ level: region.level, name: region.name, points: polygon[0] });
        }
      });
    });
    return rings;
  }

  // ---- lists ----
  function item(parts) {
    var li = document.createElement("li");
    parts.forEach(function (part) {
      var element = document.createElement(part[0]);
      element.className = part[1];
      element.textContent = part[2];
      li.appendChild(element);
    });
    return li;
  }

  function replaceList(list, items, emptyText) {
    list.textContent = "";
    if (!items.length) items = [item([["span", "", emptyText]])], items[0].className = "empty";
    items.forEach(function (li) { list.appendChild(li); });
  }

  function daysLate(hazard) {
    if (typeof hazard.days_overdue === "number") return hazard.days_overdue;
    var deadline = hazard.deadline || hazard.deadline_date;
    if (!deadline) return null;
    return Math.max(1, Math.floor((Date.now() - Date.parse(deadline + "T23:59:59+08:00")) / 86400000) + 1);
  }

  /* Only a hazard still waiting for the enterprise's fix is late (逾期); one whose fix was submitted waits for the
     street (待复查) and is listed there, never here, whatever an older server sends. */
  function renderOverdue(body) {
    var rows = body && Array.isArray(body.items) ? body.items.filter(function (hazard) {
      return !hazard.status || hazard.status === "open";
    }) : [];
    $("overdue-total").textContent = body ? formatCount(body.total !== undefined ? body.total : rows.length) : DASH;
    replaceList($("overdue-list"), rows.map(function (hazard) {
      var who = hazard.enterprise_name || (hazard.enterprise && hazard.enterprise.name) || enterpriseNames[hazard.enterprise_id] || "企业 #" + hazard.enterprise_id;
      var late = daysLate(hazard);
      var li = item([["div", "who", who], ["span", "late", late === null ? "逾期" : "逾期 " + late + " 天"]]);
      li.setAttribute("data-hazard", String(hazard.id));
      li.setAttribute("data-enterprise-id", String(hazard.enterprise_id));
      var what = document.createElement("span");
      what.className = "what";
      what.textContent = [hazard.severity === "major" ? "【重大】" + hazard.title : hazard.title || "隐患 #" + hazard.id,
                          hazard.grid, hazard.deadline ? "期限 " + hazard.deadline : ""].filter(Boolean).join(" · ");
      li.firstChild.appendChild(what);
      return li;
    }), body ? "暂无逾期隐患" : DASH);
  }

  /* 待复查: fixes the enterprises submitted, waiting for the street's verification, the longest waiting first. */
  function renderAwaiting(body) {
    var rows = body && Array.isArray(body.items) ? body.items : [];
    $("awaiting-total").textContent = body ? formatCount(body.total !== undefined ? body.total : rows.length) : DASH;
    replaceList($("awaiting-list"), rows.map(function (hazard) {
      var who = hazard.enterprise_name || enterpriseNames[hazard.enterprise_id] || "企业 #" + hazard.enterprise_id;
      var waiting = typeof hazard.waiting_days === "number" ? "已等 " + hazard.waiting_days + " 天" : "待复查";
      var li = item([["div", "who", who], ["span", "wait", waiting]]);
      li.setAttribute("data-hazard", String(hazard.id));
      li.setAttribute("data-enterprise-id", String(hazard.enterprise_id));
      var what = document.createElement("span");
      what.className = "what";
      what.textContent = [hazard.severity === "major" ? "【重大】" + hazard.title : hazard.title || "隐患 #" + hazard.id,
                          hazard.grid, hazard.submitted_in_time === false ? "超期提交" : "按期提交",
                          hazard.deadline ? "期限 " + hazard.deadline : ""].filter(Boolean).join(" · ");
      li.firstChild.appendChild(what);
      return li;
    }), body ? "暂无待复查的整改" : DASH);
  }

  // ---- 红码 · 黄码 enterprises, 七日预警, 比学赶超, 社区分布 ----
  function enterpriseRow(id, name, tail, tailClass, sub) {
    var li = item([["div", "who", name], ["span", tailClass, tail]]);
    li.setAttribute("data-enterprise", String(id));
    if (sub) {
      var what = document.createElement("span");
      what.className = "what";
      what.textContent = sub;
      li.firstChild.appendChild(what);
    }
    return li;
  }

  function renderFlagged(red, yellow) {
    var rows = [];
    [[red, "red"], [yellow, "yellow"]].forEach(function (pair) {
      var items = pair[0] && Array.isArray(pair[0].items) ? pair[0].items : [];
      items.forEach(function (e) {
        enterpriseNames[e.id] = e.name;
        var facts = enterpriseFacts[e.id] || {};
        var score = e.risk && typeof e.risk.score === "number" ? e.risk.score.toFixed(1) + " 分" : "";
        rows.push(enterpriseRow(e.id, e.name, COLOR_NAMES[pair[1]], "tag tag-" + pair[1],
                                [facts.grid, e.industry, score, e.risk && e.risk.overridden ? "人工认定" : ""]
                                  .filter(Boolean).join(" · ")));
      });
    });
    var known = red && yellow;
    $("flagged-total").textContent = known ? formatCount((red.total || 0) + (yellow.total || 0)) : DASH;
    replaceList($("flagged-list"), rows, known ? "没有红码、黄码企业" : DASH);
  }

  function renderWorsening(body) {
    var rows = body && Array.isArray(body.items) ? body.items : [];
    $("worsening-total").textContent = body ? formatCount(rows.length) : DASH;
    replaceList($("worsening-list"), rows.map(function (e) {
      var li = enterpriseRow(e.enterprise_id, e.name, COLOR_NAMES[e.color] + " → " + COLOR_NAMES[e.projected_color],
                             "to to-" + e.projected_color, (e.reasons || []).join(";"));
      li.setAttribute("data-worsening", String(e.enterprise_id));
      return li;
    }), body ? "七日内无企业将变差" : DASH);
  }

  function ranked(list, rows, empty, known) {
    replaceList(list, rows.map(function (e) {
      var delta = typeof e.change === "number" ? e.change : 0;
      return enterpriseRow(e.enterprise_id, e.name, (delta > 0 ? "+" : delta < 0 ? "−" : "±") + Math.abs(delta).toFixed(1),
                           "delta " + (delta > 0 ? "up" : delta < 0 ? "down" : ""), "");
    }), known ? empty : DASH);
  }

  /* The board is per community and per month: merged here, the largest changes first, each with its community. */
  function renderBoard(board, ranking) {
    var improved = [], green = [];
    (board && board.communities || []).forEach(function (community) {
      improved = improved.concat(community.improved_most || []);
      green = green.concat(community.turned_green || []);
    });
    var byChange = function (a, b) { return b.change - a.change; };
    improved.sort(byChange);
    green.sort(byChange);
    $("board-month").textContent = board ? board.month + " · 按社区评比" : DASH;
    ranked($("board-improved"), improved.slice(0, 6), "本月暂无", !!board);
    ranked($("board-green"), green.slice(0, 6), "本月暂无", !!board);
    ranked($("board-fell"), (ranking && ranking.worsened || []).slice(0, 6), "本期暂无", !!ranking);
  }

  function renderBreakdown(body) {
    var tbody = $("breakdown").tBodies[0];
    tbody.textContent = "";
    var rows = body && Array.isArray(body.items) ? body.items : [];
    if (!rows.length) {
      var tr = tbody.insertRow(), td = tr.insertCell();
      td.colSpan = 7; td.className = "empty"; td.textContent = body ? "暂无" : DASH;
      return;
    }
    rows.forEach(function (row) {
      var tr = tbody.insertRow();
      tr.setAttribute("data-region", row.key);
      [[row.name, ""], [row.enterprises, ""], [row.colors.green, "g"], [row.colors.yellow, "y"], [row.colors.red, "r"],
       [row.hazards_open, ""], [row.hazards_overdue, row.hazards_overdue ? "r" : ""]].forEach(function (cell) {
        var td = tr.insertCell();
        td.className = cell[1];
        td.textContent = typeof cell[0] === "number" ? formatCount(cell[0]) : cell[0];
      });
    });
  }

  // ---- the drawer: an enterprise, a hazard, the enterprises of a colour ----
  var STATUS_NAMES = { open: "待整改", submitted: "待复查", closed: "已销号" };

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = text;
    return element;
  }

  /* mode: true (opened from the drawer or the page: 返回 goes back to what the drawer showed), "back", or false
     (a fresh start). */
  function showDrawer(title, body, kind, again, mode) {
    if (mode === true && !$("drawer").hidden && drawerTrail.current) drawerTrail.push(drawerTrail.current);
    if (!mode) drawerTrail.length = 0;
    drawerTrail.current = again;
    $("drawer-title").textContent = title;
    var holder = $("drawer-body");
    holder.textContent = "";
    holder.appendChild(body);
    $("drawer").setAttribute("data-kind", kind);
    $("drawer").hidden = false;
    $("drawer-back").hidden = drawerTrail.length === 0;
  }

  function closeDrawer() {
    $("drawer").hidden = true;
    drawerTrail.length = 0;
    drawerTrail.current = null;
  }

  function drawerBack() {
    var previous = drawerTrail.pop();
    if (previous) previous();
  }

  function shanghaiMinute(iso) {
    var at = new Date(iso);
    return isNaN(at) ? (iso || DASH) : shanghaiTime.format(at).replace(/:\d\d$/, "");
  }

  /* A photo needs the login token, which an <img> cannot send: fetched, then shown as a data: URL (the CSP allows
     data: images, not blob:). */
  function photo(id) {
    var img = el("img");
    img.alt = "照片 #" + id;
    img.setAttribute("data-upload", String(id));
    fetch(API + "/uploads/" + id + "/thumb", { headers: { Authorization: "Bearer " + token() } }).then(function (r) {
      return r.ok ? r.blob() : null;
    }).then(function (blob) {
      if (!blob) { img.alt = "照片不可用"; return; }
      var reader = new FileReader();
      reader.onload = function () { img.src = reader.result; };
      reader.readAsDataURL(blob);
    }).catch(function () { img.alt = "照片不可用"; });
    return img;
  }

  function hazardBlock(hazard, detail, withEnterpriseLink) {
    var box = el("div", "hazard" + (hazard.severity === "major" ? " major" : ""));
    box.setAttribute("data-hazard-card", String(hazard.id));
    var head = el("div", "hazard-head");
    var title = el("button", "", (hazard.severity === "major" ? "【重大】" : "") + (hazard.title || "隐患 #" + hazard.id));
    title.type = "button";
    title.addEventListener("click", function () { openHazard(hazard.id, true); });
    head.appendChild(title);
    head.appendChild(el("span", "status" + (hazard.overdue && hazard.status === "open" ? " late" : ""),
                        hazard.overdue && hazard.status === "open" ? "逾期" : STATUS_NAMES[hazard.status] || hazard.status));
    box.appendChild(head);
    box.appendChild(el("div", "muted", [hazard.category, "期限 " + hazard.deadline, hazard.description].filter(Boolean).join(" · ")));
    if (withEnterpriseLink) {
      var link = el("button", "link", "所属企业:" + (enterpriseNames[hazard.enterprise_id] || "企业 #" + hazard.enterprise_id) + " →");
      link.type = "button";
      link.setAttribute("data-open-enterprise", String(hazard.enterprise_id));
      link.addEventListener("click", function () { openEnterprise(hazard.enterprise_id, true); });
      box.appendChild(link);
    }
    if (detail && Array.isArray(detail.timeline)) {
      var line = el("ol", "timeline");
      detail.timeline.forEach(function (step) {
        var li = el("li");
        li.appendChild(el("time", "", shanghaiMinute(step.at)));
        li.appendChild(document.createTextNode((step.actor || "") + " " + (STATUS_NAMES[step.from] ? STATUS_NAMES[step.from] + " → " : "") +
                                               (STATUS_NAMES[step.to] || step.to) + (step.note ? ":" + step.note : "")));
        line.appendChild(li);
      });
      box.appendChild(line);
    }
    var ids = (hazard.photo_ids || []).concat(hazard.fix_photo_ids || []);
    if (detail && Array.isArray(detail.timeline)) detail.timeline.forEach(function (step) { ids = ids.concat(step.photo_ids || []); });
    ids = ids.filter(function (id, n) { return ids.indexOf(id) === n; }).slice(0, 8);
    if (ids.length) {
      var photos = el("div", "photos");
      ids.forEach(function (id) { photos.appendChild(photo(id)); });
      box.appendChild(photos);
    }
    return box;
  }

  function riskSection(risk, holder) {
    var verdict = el("div", "verdict");
    var color = risk && risk.color;
    verdict.appendChild(el("span", "swatch " + (color || "none")));
    var text = el("div");
    text.appendChild(el("b", "c-" + (color || "unrated"), color ? COLOR_NAMES[color] : risk ? "尚未评定" : DASH));
    text.appendChild(el("div", "muted", risk ? [typeof risk.score === "number" ? "综合得分 " + risk.score.toFixed(1) : "",
      risk.overridden && risk.override ? "人工认定至 " + shanghaiMinute(risk.override.until) + ":" + risk.override.reason : "",
      risk.scored_at ? "评定于 " + shanghaiMinute(risk.scored_at) : "",
      risk.ruleset_version ? "规则 v" + risk.ruleset_version : ""].filter(Boolean).join(" · ") : "风险说明暂不可用"));
    verdict.appendChild(text);
    holder.appendChild(verdict);
    if (!risk) return;
    holder.appendChild(el("h3", "", "为什么是这个颜色"));
    var reasons = el("ul", "reasons");
    reasons.id = "risk-reasons";
    (risk.vetoes || []).forEach(function (veto) {
      var li = el("li", "veto");
      li.setAttribute("data-reason", "veto");
      var left = el("div", "", veto.reason || veto.rule);
      left.appendChild(el("span", "sub", ["否决项 " + veto.rule, veto.source,
        (veto.facts || []).map(function (f) { return f.occurred_on + " " + f.reason; }).join(";")].filter(Boolean).join(" · ")));
      li.appendChild(left);
      li.appendChild(el("span", "pts", "直接" + (COLOR_NAMES[veto.color] || veto.color)));
      reasons.appendChild(li);
    });
    var lines = risk.breakdown || [];
    var costs = lines.filter(function (line) { return line.points < 0; }).sort(function (a, b) { return a.points - b.points; });
    var gains = lines.filter(function (line) { return line.points > 0; });
    costs.forEach(function (line) {
      var li = el("li");
      li.setAttribute("data-reason", line.rule);
      var left = el("div", "", line.reason);
      left.appendChild(el("span", "sub", [line.dimension, line.rule].filter(Boolean).join(" · ")));
      li.appendChild(left);
      li.appendChild(el("span", "pts" + (line.points > 0 ? " good" : ""), (line.points > 0 ? "+" : "") + line.points));
      reasons.appendChild(li);
    });
    if (!reasons.children.length) reasons.appendChild(el("li", "muted", "没有扣分项或否决项"));
    holder.appendChild(reasons);
    if (gains.length) {
      var earned = el("p", "muted gains", "得分项:" + gains.map(function (line) { return line.reason + " +" + line.points; }).join(";"));
      holder.appendChild(earned);
    }
    holder.appendChild(el("h3", "", color === "green" ? "保持绿码" : "回到绿码的路径"));
    var advice = el("ol", "reasons");
    advice.id = "risk-advice";
    (risk.advice || []).forEach(function (step) {
      var li = el("li");
      var left = el("div", "", step.action);
      if (step.lifts) left.appendChild(el("span", "sub", step.lifts));
      li.appendChild(left);
      li.appendChild(el("span", "pts good", "+" + step.gain));
      advice.appendChild(li);
    });
    if (!advice.children.length) advice.appendChild(el("li", "muted", color === "green" ? "当前无需整改事项" : "暂无建议"));
    holder.appendChild(advice);
  }

  function openEnterprise(id, push) {
    var again = function () { openEnterprise(id, "back"); };
    var title = enterpriseNames[id] || "企业 #" + id;
    Promise.all([getJson("/enterprises/" + id), getJson("/enterprises/" + id + "/risk"),
                 getJson("/hazards?enterprise_id=" + id + "&size=50")]).then(function (got) {
      var enterprise = got[0], risk = got[1], hazards = got[2];
      var open = hazards && Array.isArray(hazards.items) ? hazards.items.filter(function (h) { return h.status !== "closed"; }) : [];
      return Promise.all(open.slice(0, 10).map(function (h) { return getJson("/hazards/" + h.id); })).then(function (details) {
        if (enterprise) enterpriseNames[id] = enterprise.name;
        var body = el("div");
        body.setAttribute("data-enterprise-id", String(id));
        var facts = enterpriseFacts[id] || {};
        var card = el("dl", "card");
        [["网格", facts.grid], ["行业", enterprise && enterprise.industry], ["类别", enterprise && enterprise.category],
         ["信用代码", enterprise && enterprise.credit_code], ["地址", enterprise && enterprise.address],
         ["联系人", enterprise && [enterprise.contact_name, enterprise.contact_phone].filter(Boolean).join(" ")],
         ["从业人数", enterprise && enterprise.employee_count]].forEach(function (pair) {
          card.appendChild(el("dt", "", pair[0]));
          card.appendChild(el("dd", "", pair[1] === undefined || pair[1] === null || pair[1] === "" ? DASH : String(pair[1])));
        });
        body.appendChild(card);
        riskSection(risk, body);
        body.appendChild(el("h3", "", "未闭环隐患 " + (hazards ? open.length + " 条" : DASH)));
        if (!open.length) body.appendChild(el("p", "muted", hazards ? "没有未闭环的隐患" : DASH));
        open.forEach(function (h, n) { body.appendChild(hazardBlock(h, details[n], false)); });
        showDrawer(enterprise ? enterprise.name : title, body, "enterprise", again, push);
      });
    });
  }

  function openHazard(id, push) {
    var again = function () { openHazard(id, "back"); };
    getJson("/hazards/" + id).then(function (hazard) {
      var body = el("div");
      body.setAttribute("data-hazard-id", String(id));
      if (!hazard) body.appendChild(el("p", "muted", "隐患暂不可见"));
      else body.appendChild(hazardBlock(hazard, hazard, true));
      showDrawer(hazard ? hazard.title : "隐患 #" + id, body, "hazard", again, push);
    });
  }

  function openColorList(color, push) {
    var again = function () { openColorList(color, "back"); };
    getJson("/enterprises?color=" + color + "&status=active&size=100").then(function (page) {
      var body = el("div");
      var list = el("ol", "list flagged");
      list.id = "color-list";
      var items = page && Array.isArray(page.items) ? page.items : [];
      items.forEach(function (e) {
        enterpriseNames[e.id] = e.name;
        var facts = enterpriseFacts[e.id] || {};
        list.appendChild(enterpriseRow(e.id, e.name, e.risk && typeof e.risk.score === "number" ? e.risk.score.toFixed(1) + " 分" : "",
                                       "tag tag-" + color, [facts.grid, e.industry, e.address].filter(Boolean).join(" · ")));
      });
      if (!items.length) list.appendChild(el("li", "empty", page ? "没有" + COLOR_NAMES[color] + "企业" : DASH));
      body.appendChild(el("p", "muted", page ? "共 " + page.total + " 家" + (page.total > items.length ? ",显示前 " + items.length + " 家" : "") : ""));
      body.appendChild(list);
      showDrawer(COLOR_NAMES[color] + "企业", body, "colors", again, push);
    });
  }

  /* A community's enterprises, the worst colours first. */
  function openRegionList(regionId, name, push) {
    var again = function () { openRegionList(regionId, name, "back"); };
    getJson("/enterprises?region_id=" + regionId + "&status=active&size=100").then(function (page) {
      var rank = { red: 0, yellow: 1, unrated: 2, green: 3 };
      var items = page && Array.isArray(page.items) ? page.items.slice() : [];
      items.sort(function (a, b) {
        var ca = (a.risk && a.risk.color) || "unrated", cb = (b.risk && b.risk.color) || "unrated";
        return rank[ca] - rank[cb] || ((a.risk && a.risk.score) || 0) - ((b.risk && b.risk.score) || 0);
      });
      var body = el("div");
      var list = el("ol", "list flagged");
      list.id = "region-list";
      items.forEach(function (e) {
        enterpriseNames[e.id] = e.name;
        var color = (e.risk && e.risk.color) || "unrated";
        var facts = enterpriseFacts[e.id] || {};
        list.appendChild(enterpriseRow(e.id, e.name, COLOR_NAMES[color], "tag tag-" + color,
                                       [facts.grid, e.industry, e.risk && typeof e.risk.score === "number" ? e.risk.score.toFixed(1) + " 分" : ""]
                                         .filter(Boolean).join(" · ")));
      });
      if (!items.length) list.appendChild(el("li", "empty", page ? "没有企业" : DASH));
      body.appendChild(el("p", "muted", page ? "共 " + page.total + " 家,红码、黄码在前" : ""));
      body.appendChild(list);
      showDrawer(name + " · 企业", body, "region", again, push);
    });
  }

  /* Any list row naming an enterprise or a hazard opens it: one listener for the page and the drawer. */
  function onRowClick(event) {
    var region = event.target.closest && event.target.closest("tr[data-region]");
    if (region) { openRegionList(region.getAttribute("data-region"), region.cells[0].textContent, true); return; }
    var row = event.target.closest && event.target.closest("li[data-enterprise], li[data-hazard], [data-color-list]");
    if (!row) return;
    if (row.hasAttribute("data-color-list")) { openColorList(row.getAttribute("data-color-list"), true); return; }
    if (row.hasAttribute("data-enterprise")) openEnterprise(Number(row.getAttribute("data-enterprise")), true);
    else if (row.hasAttribute("data-enterprise-id")) openEnterprise(Number(row.getAttribute("data-enterprise-id")), true);
    else openHazard(Number(row.getAttribute("data-hazard")), true);
  }

  // ---- alerts: a new 重大 hazard, an enterprise turned red; they stay until acknowledged ----
  function raiseAlert(key, badge, text, open) {
    if (alertsSeen[key]) return;
    alertsSeen[key] = true;
    var box = el("div", "alert");
    box.setAttribute("data-alert", key);
    box.appendChild(el("span", "badge", badge));
    box.appendChild(el("span", "text", text));
    var look = el("button", "", "查看");
    look.type = "button";
    look.addEventListener("click", open);
    var ack = el("button", "ack", "确认");
    ack.type = "button";
    ack.addEventListener("click", function () { box.remove(); });
    box.appendChild(look);
    box.appendChild(ack);
    $("alerts").appendChild(box);
  }

  function alertFor(kind, data) {
    var who = data.enterprise_name || enterpriseNames[data.enterprise_id] || "企业 #" + data.enterprise_id;
    if (kind === "hazard_created" && data.severity === "major") {
      raiseAlert("hazard-" + data.hazard_id, "重大隐患", who + ":" + (data.title || "隐患 #" + data.hazard_id),
                 function () { openHazard(data.hazard_id, false); });
    } else if (kind === "risk_changed" && data.color === "red" && data.previous_color !== "red") {
      raiseAlert("red-" + data.enterprise_id + "-" + (data.at || ""), "转为红码",
                 who + ":" + (COLOR_NAMES[data.previous_color] || "未评定") + " → 红码",
                 function () { openEnterprise(data.enterprise_id, false); });
    }
  }

  // ---- periods ----
  function beijingToday() {
    var parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" })
      .format(new Date());
    return parts;  // YYYY-MM-DD
  }

  function isoDay(y, m, d) {
    var at = new Date(Date.UTC(y, m - 1, d));
    return at.toISOString().slice(0, 10);
  }

  /* 本周 from Monday, 本月 from the 1st, 本季度 from the quarter's first day, 本年 from 1 January; all up to today. */
  function periodRange(kind, today) {
    var y = Number(today.slice(0, 4)), m = Number(today.slice(5, 7)), d = Number(today.slice(8, 10));
    if (kind === "week") {
      var weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
      return { from: isoDay(y, m, d - weekday), to: today };
    }
    if (kind === "quarter") return { from: isoDay(y, Math.floor((m - 1) / 3) * 3 + 1, 1), to: today };
    if (kind === "year") return { from: isoDay(y, 1, 1), to: today };
    return { from: isoDay(y, m, 1), to: today };
  }

  function choosePeriod(kind, from, to) {
    var range = kind === "custom" ? { from: from, to: to } : periodRange(kind, beijingToday());
    period = { kind: kind, from: range.from, to: range.to };
    document.querySelectorAll("#periods button").forEach(function (button) {
      button.classList.toggle("on", button.getAttribute("data-period") === kind);
    });
    document.body.setAttribute("data-period", kind);
    loadAll(false);
  }

  function periodQuery() {
    return period.from ? "from=" + period.from + "&to=" + period.to : "";
  }

  function onPeriodClick(event) {
    var button = event.target.closest && event.target.closest("button[data-period]");
    if (!button) return;
    var kind = button.getAttribute("data-period");
    if (kind === "custom") {
      $("custom-range").hidden = !$("custom-range").hidden;
      if (!$("range-from").value) { $("range-from").value = period.from || ""; $("range-to").value = period.to || ""; }
      return;
    }
    $("custom-range").hidden = true;
    choosePeriod(kind);
  }

  function onCustomRange(event) {
    event.preventDefault();
    var from = $("range-from").value, to = $("range-to").value;
    var days = (Date.parse(to) - Date.parse(from)) / 86400000 + 1;
    var problem = !from || !to || from > to ? "开始日期不能晚于结束日期" : days > 366 ? "统计周期最长 366 天" : "";
    $("range-from").setCustomValidity(problem);
    if (problem) { $("range-from").reportValidity(); return; }
    $("range-from").setCustomValidity("");
    $("custom-range").hidden = true;
    choosePeriod("custom", from, to);
  }

  // ---- live feed ----
  function eventText(kind, data) {
    var who = data.enterprise_name || enterpriseNames[data.enterprise_id] || "企业 #" + data.enterprise_id;
    if (kind === "risk_changed") {
      return who + ":" + (COLOR_NAMES[data.previous_color] || "未评定") + " → " + (COLOR_NAMES[data.color] || data.color);
    }
    return who + ":" + (data.title || "隐患 #" + data.hazard_id);
  }

  function addToFeed(kind, data) {
    var feed = $("feed");
    var empty = feed.querySelector(".empty");
    if (empty) empty.remove();
    var at = data.at ? new Date(data.at) : new Date();
    var li = item([["time", "", shanghaiClock.format(isNaN(at) ? new Date() : at)], ["span", "kind kind-" + kind, EVENT_NAMES[kind]],
                   ["span", "text", eventText(kind, data)]]);
    li.className = "fresh";
    if (data.hazard_id !== undefined) li.setAttribute("data-hazard", String(data.hazard_id));
    else if (data.enterprise_id !== undefined) li.setAttribute("data-enterprise", String(data.enterprise_id));
    li.setAttribute("data-event", kind);
    feed.insertBefore(li, feed.firstChild);
    while (feed.children.length > FEED_LIMIT) feed.removeChild(feed.lastChild);
  }

  /* A single-use ticket for the stream: EventSource cannot send the Authorization header, and a login token in a
     URL ends up in access logs and histories. Null when it cannot be had (401 and 403 end the session). */
  function fetchTicket() {
    return fetch(API + "/dashboard/stream-ticket", {
      method: "POST", headers: { Authorization: "Bearer " + token() }
    }).then(function (response) {
      if (response.status === 401) { showLogin("登录已失效,请重新登录"); return null; }
      if (response.status === 403) { showLogin("此账号无权查看指挥中心"); return null; }
      return response.ok ? response.json() : null;
    }).catch(function () { return null; });
  }

  function startLive() {
    stopLive();
    if (typeof EventSource === "undefined") return;
    openStream(liveGeneration);
  }

  function openStream(generation) {
    fetchTicket().then(function (issued) {
      if (generation !== liveGeneration || !token()) return;  // stopped or logged out meanwhile
      if (!issued) { scheduleReconnect(generation); return; }
      var url = API + "/dashboard/stream?ticket=" + encodeURIComponent(issued.ticket) +
                (lastEventId ? "&after=" + encodeURIComponent(lastEventId) : "");
      stream = new EventSource(url);
      stream.onopen = function () { setLive("on", "实时连接"); };
      stream.onerror = function () {
        // The ticket is spent, so EventSource's own retry would be refused: reconnect with a new ticket, from the
        // last event seen.
        setLive("error", navigator.onLine === false ? "网络离线,恢复后自动重连" : "实时连接中断,重连中");
        if (stream) stream.close();
        stream = null;
        scheduleReconnect(generation);
      };
      Object.keys(EVENT_NAMES).forEach(function (kind) {
        stream.addEventListener(kind, function (message) {
          var data = {};
          try { data = JSON.parse(message.data); } catch (ignored) { /* keep the empty object */ }
          if (message.lastEventId) lastEventId = message.lastEventId;
          addToFeed(kind, data);
          alertFor(kind, data);
          scheduleRefresh(kind === "risk_changed");
        });
      });
    });
  }

  function scheduleReconnect(generation) {
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(function () {
      if (generation === liveGeneration) openStream(generation);
    }, RECONNECT_MS);
  }

  function stopLive() {
    liveGeneration += 1;
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (stream) stream.close();
    stream = null;
    setLive("off", "未连接");
  }

  function setLive(state, text) {
    var element = $("live-state");
    element.setAttribute("data-state", state);
    element.textContent = text;
  }

  // ---- loading ----
  /* Every panel with a time dimension follows the period (summary and its change against the previous equal period,
     trend, the ranking's fallers, the board of the period's last month); the queues are as of now. */
  function loadAll(withMap) {
    if (!token()) return;
    var query = periodQuery();
    var loads = [getJson("/dashboard/summary" + (query ? "?" + query : "")).then(renderSummary),
                 getJson("/dashboard/trend" + (query ? "?" + query : "")).then(renderTrend),
                 getJson("/dashboard/overdue?size=12").then(renderOverdue),
                 getJson("/dashboard/awaiting-verification?size=12").then(renderAwaiting),
                 getJson("/dashboard/worsening?days=7").then(renderWorsening),
                 getJson("/dashboard/breakdown?by=region").then(renderBreakdown),
                 Promise.all([getJson("/dashboard/board" + (period.to ? "?month=" + period.to.slice(0, 7) : "")),
                              getJson("/dashboard/ranking?limit=6" + (query ? "&" + query : ""))])
                   .then(function (got) { renderBoard(got[0], got[1]); }),
                 Promise.all([getJson("/enterprises?color=red&status=active&size=100"),
                              getJson("/enterprises?color=yellow&status=active&size=100")])
                   .then(function (got) { renderFlagged(got[0], got[1]); })];
    if (withMap) loads.push(loadMap());
    return Promise.all(loads).then(countLoad);
  }

  function loadMap() {
    return getJson("/regions").then(function (tree) {
      regions = Array.isArray(tree) ? tree : [];
      return getJson("/dashboard/map");
    }).then(renderMap);
  }

  /* data-loads on <body> counts finished refreshes: a browser test waits on it instead of sleeping. */
  function countLoad() {
    document.body.setAttribute("data-loads", String(Number(document.body.getAttribute("data-loads") || 0) + 1));
  }

  /* Events come in bursts (one inspection, several hazards): refresh once after the burst. */
  function scheduleRefresh(withMap) {
    clearTimeout(pendingRefresh);
    pendingRefresh = setTimeout(function () { loadAll(withMap); }, 800);
  }

  function start() {
    $("user-name").textContent = sessionStorage.getItem(USER_KEY) || DASH;
    // The map first: its names label the overdue list and the feed.
    var range = periodRange(period.kind === "custom" ? "month" : period.kind, beijingToday());
    if (period.kind !== "custom") { period.from = range.from; period.to = range.to; }
    loadMap().then(function () { return loadAll(false); }).then(function () {
      if (token()) startLive();
    });
    clearInterval(refreshTimer);
    refreshTimer = setInterval(function () { loadAll(true); }, REFRESH_MS);
    startKiosk();
    startRenewal();
  }

  function init() {
    tick();
    setInterval(tick, 1000);
    renderSummary(null);
    renderTrend(null);
    $("login-form").addEventListener("submit", login);
    $("periods").addEventListener("click", onPeriodClick);
    $("custom-range").addEventListener("submit", onCustomRange);
    ["range-from", "range-to"].forEach(function (id) {  // a refused range must not block the corrected one
      $(id).addEventListener("input", function () { $("range-from").setCustomValidity(""); });
    });
    document.addEventListener("click", onRowClick);
    $("drawer-close").addEventListener("click", closeDrawer);
    $("drawer-back").addEventListener("click", drawerBack);
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") closeDrawer(); });
    window.addEventListener("offline", function () { setLive("error", "网络离线,恢复后自动重连"); });
    window.addEventListener("online", function () { if (token()) startLive(); });
    $("logout").addEventListener("click", function () { clearInterval(refreshTimer); showLogin(""); });
    window.addEventListener("resize", onResize);
    lastZoom = pageZoom();
    if (token()) start(); else showLogin("");
  }

  document.addEventListener("DOMContentLoaded", init);
}());
