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

  var charts = {};
  var enterpriseNames = {};
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
    var period = summary && summary.period;
    $("period").textContent = period && period.from ? period.from + " 至 " + period.to : DASH;
    renderColorChart(summary && summary.colors);
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: "canvas" });
    return charts[id];
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
        { type: "pie", radius: ["58%", "80%"], silent: true, label: { show: false }, animation: false,
          itemStyle: { color: "rgba(47,168,255,.12)" }, data: [1] },
        { type: "pie", radius: ["58%", "80%"], stillShowZeroSum: false, label: { show: false },
          itemStyle: { borderColor: "#050d1f", borderWidth: 3 }, data: data }
      ]
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
      byColor[color].push([c[0], c[1], p.name, p.industry || "", p.grid || ""]);
    });
    var points = byColor.unrated.concat(byColor.green, byColor.yellow, byColor.red);
    var labels = gridLabels(points);
    var element = $("chart-map");
    var extent = points.length ? squareExtent(points, element.clientWidth - 40, element.clientHeight - 40)
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
        { id: "grids", type: "scatter", silent: true, symbolSize: 0, data: labels, z: 1,
          label: { show: true, formatter: "{@[2]}", color: "rgba(127,156,196,.55)", fontSize: 18, fontWeight: "bold" } },
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
      var what = document.createElement("span");
      what.className = "what";
      what.textContent = [hazard.severity === "major" ? "【重大】" + hazard.title : hazard.title || "隐患 #" + hazard.id,
                          hazard.grid, hazard.submitted_in_time === false ? "超期提交" : "按期提交",
                          hazard.deadline ? "期限 " + hazard.deadline : ""].filter(Boolean).join(" · ");
      li.firstChild.appendChild(what);
      return li;
    }), body ? "暂无待复查的整改" : DASH);
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
        setLive("error", "实时连接中断,重连中");
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
  function loadAll(withMap) {
    if (!token()) return;
    var loads = [getJson("/dashboard/summary").then(renderSummary), getJson("/dashboard/trend").then(renderTrend),
                 getJson("/dashboard/overdue?size=12").then(renderOverdue),
                 getJson("/dashboard/awaiting-verification?size=12").then(renderAwaiting)];
    if (withMap) loads.push(getJson("/dashboard/map").then(renderMap));
    return Promise.all(loads).then(countLoad);
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
    getJson("/dashboard/map").then(renderMap).then(function () { return loadAll(false); }).then(function () {
      if (token()) startLive();
    });
    clearInterval(refreshTimer);
    refreshTimer = setInterval(function () { loadAll(true); }, REFRESH_MS);
  }

  function init() {
    tick();
    setInterval(tick, 1000);
    renderSummary(null);
    renderTrend(null);
    $("login-form").addEventListener("submit", login);
    $("logout").addEventListener("click", function () { clearInterval(refreshTimer); showLogin(""); });
    window.addEventListener("resize", function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });
    if (token()) start(); else showLogin("");
  }

  document.addEventListener("DOMContentLoaded", init);
}());
