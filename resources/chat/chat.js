/* Qwen Desk transcript page. Python renders every message to HTML and calls the `qd`
 * functions below through runJavaScript; clicks go back through the Qt web channel
 * object `bridge` (bridge.action(kind, messageId, payload)) when there is one. */
(function () {
  "use strict";

  var root = document.documentElement;
  var list = document.getElementById("messages");
  var jump = document.getElementById("jump-latest");
  var bridge = null;
  var follow = true; // keep the newest text in view until the user scrolls away
  var NEAR_BOTTOM_PX = 48;
  var MORPH_DEPTH = 6;
  // The page's own words, in the interface language (desktop/gui/chat/page.py fills them in).
  var TEXT = /*QD:TEXT*/{};

  function scroller() {
    return document.scrollingElement || document.documentElement;
  }

  function nearBottom() {
    var s = scroller();
    return s.scrollHeight - s.scrollTop - s.clientHeight <= NEAR_BOTTOM_PX;
  }

  function scrollToBottom() {
    var s = scroller();
    s.scrollTop = s.scrollHeight;
    follow = true;
    jump.hidden = true;
  }

  /* Run a DOM change, then follow the bottom or offer the "jump to latest" button. */
  function changing(change) {
    var stick = follow;
    change();
    if (stick) {
      scrollToBottom();
    } else {
      jump.hidden = false;
    }
  }

  window.addEventListener("scroll", function () {
    follow = nearBottom();
    if (follow) {
      jump.hidden = true;
    }
  }, { passive: true });

  window.addEventListener("resize", function () {
    if (follow) {
      scrollToBottom();
    }
  });

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  function messageNode(id) {
    return document.getElementById("msg-" + id);
  }

  /* Copy b's attributes onto a, except a <details> the user opened or closed by hand. */
  function syncAttributes(a, b) {
    var keepOpen = a.tagName === "DETAILS" && a.hasAttribute("data-user-toggled");
    var i, name;
    for (i = a.attributes.length - 1; i >= 0; i--) {
      name = a.attributes[i].name;
      if (!b.hasAttribute(name) && name !== "data-user-toggled" && !(keepOpen && name === "open")) {
        a.removeAttribute(name);
      }
    }
    for (i = 0; i < b.attributes.length; i++) {
      name = b.attributes[i].name;
      if (keepOpen && name === "open") {
        continue;
      }
      if (a.getAttribute(name) !== b.attributes[i].value) {
        a.setAttribute(name, b.attributes[i].value);
      }
    }
  }

  /* Turn live node a into b, touching only the parts that differ, so a selection or an
   * open <details> in an unchanged part survives while a reply streams in. */
  function morph(a, b, depth) {
    syncAttributes(a, b);
    var next = Array.prototype.slice.call(b.childNodes);
    for (var i = 0; i < next.length; i++) {
      var x = a.childNodes[i];
      var y = next[i];
      if (!x) {
        a.appendChild(y);
      } else if (x.isEqualNode(y)) {
        continue;
      } else if (x.nodeType === 3 && y.nodeType === 3) {
        x.data = y.data;
      } else if (depth > 0 && x.nodeType === 1 && y.nodeType === 1 &&
                 x.tagName === y.tagName && x.namespaceURI === y.namespaceURI) {
        morph(x, y, depth - 1);
      } else {
        a.replaceChild(y, x);
      }
    }
    while (a.childNodes.length > next.length) {
      a.removeChild(a.lastChild);
    }
  }

  function send(kind, messageId, payload) {
    if (bridge) {
      bridge.action(kind, messageId || "", payload || "");
    }
    qd.actions.push([kind, messageId || "", payload || ""]);
    if (qd.actions.length > 50) {
      qd.actions.shift();
    }
  }

  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
    } finally {
      document.body.removeChild(area);
    }
  }

  function copyText(text) {
    if (typeof window.qdCopy === "function") {
      window.qdCopy(text);
    } else if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { legacyCopy(text); });
    } else {
      legacyCopy(text);
    }
  }

  function flashCopied(button) {
    button.classList.add("copied");
    var label = button.querySelector(".code-copy-label");
    if (label) {
      label.textContent = TEXT.copied;
    }
    window.setTimeout(function () {
      button.classList.remove("copied");
      if (label) {
        label.textContent = TEXT.copy;
      }
    }, 1500);
  }

  function codeOf(button, message) {
    var index = button.getAttribute("data-code-index");
    var scope = message || document;
    var code = scope.querySelector('code[data-code-index="' + index + '"]');
    if (!code || !button.closest(".code-block").contains(code)) {
      code = button.closest(".code-block").querySelector("code");
    }
    return code ? code.textContent : "";
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var el = target && target.closest("[data-action], a.qd-link, details.thinking > summary");
    if (!el) {
      return;
    }
    var message = el.closest(".msg");
    var id = message ? message.getAttribute("data-id") : "";
    if (el.tagName === "SUMMARY") {
      el.parentElement.setAttribute("data-user-toggled", "");
      return; // the browser toggles it
    }
    if (el.tagName === "A") {
      if (bridge) {
        event.preventDefault();
        send("link", id, el.href);
      }
      return; // without a channel, Qt's navigation handling sees the click
    }
    event.preventDefault();
    var kind = el.getAttribute("data-action");
    if (kind === "jump") {
      scrollToBottom();
    } else if (kind === "copy-code") {
      copyText(codeOf(el, message));
      flashCopied(el);
    } else if (kind === "copy" && !bridge && message) {
      var body = message.querySelector(".msg-body .answer") || message.querySelector(".msg-body");
      copyText(body ? body.innerText : "");
      flashCopied(el);
      send(kind, id, el.getAttribute("data-payload"));
    } else {
      if (kind === "copy") {
        flashCopied(el);
      }
      send(kind, id, el.getAttribute("data-payload"));
    }
  });

  var qd = {
    /* Actions sent so far (the newest 50), for tests and for pages without a channel. */
    actions: [],

    setMessages: function (html) {
      editSaved = {}; // the editors and search marks go with the old content
      list.innerHTML = html;
      scrollToBottom();
    },

    appendMessage: function (id, html) {
      if (messageNode(id)) {
        qd.replaceMessage(id, html);
        return;
      }
      changing(function () { list.appendChild(fragment(html)); });
    },

    replaceMessage: function (id, html) {
      var old = messageNode(id);
      var fresh = fragment(html).firstElementChild;
      if (!fresh) {
        return;
      }
      changing(function () {
        if (!old) {
          list.appendChild(fresh);
        } else if (old.tagName === fresh.tagName) {
          morph(old, fresh, MORPH_DEPTH);
        } else {
          old.replaceWith(fresh);
        }
      });
    },

    removeMessage: function (id) {
      var old = messageNode(id);
      if (old) {
        old.remove();
      }
    },

    setTheme: function (theme) {
      root.classList.toggle("theme-dark", theme === "dark");
      root.classList.toggle("theme-light", theme === "light");
      root.classList.toggle("theme-contrast", theme === "contrast");
    },

    setFontSize: function (px) {
      root.style.setProperty("--qd-font-size", Number(px) + "px");
      if (follow) {
        scrollToBottom();
      }
    },

    scrollToBottom: scrollToBottom,

    /* Whether new text keeps being scrolled into view (false once the reader scrolls up). */
    isFollowing: function () {
      return follow;
    },

    scrollToMessage: function (id) {
      var node = messageNode(id);
      if (node) {
        node.scrollIntoView({ block: "start" });
      }
    },

    /* The finished-reply status screen readers read once (the live region; never the
     * streaming text, whose message is aria-busy until it ends). */
    setStatus: function (text) {
      var status = document.getElementById("qd-status");
      if (status) {
        status.textContent = "";
        status.textContent = String(text);
      }
    },

    hasBridge: function () {
      return bridge !== null;
    }
  };
  window.qd = qd;

  /* ------------------------------------------------------------ edit in place
   * qd.editMessage(id, text, enterSends) turns a message of the user into a multi-line
   * editor in the transcript. Enter / Shift+Enter behave as in the message box (Ctrl+Enter
   * always saves), Esc cancels. Saving sends bridge.action("edit-save", id, text); the
   * window makes the new version and shows the conversation again. */
  var editSaved = {}; // message id -> the body's HTML before editing

  function fitEditor(area) {
    area.style.height = "auto";
    area.style.height = Math.min(area.scrollHeight + 2, window.innerHeight * 0.6) + "px";
  }

  function endEdit(id) {
    var node = messageNode(id);
    if (node && Object.prototype.hasOwnProperty.call(editSaved, id)) {
      node.querySelector(".msg-body").innerHTML = editSaved[id];
      node.classList.remove("editing");
    }
    delete editSaved[id];
  }

  function editButton(label, kind, primary) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "msg-edit-button" + (primary ? " primary" : "");
    button.setAttribute("data-edit", kind);
    button.textContent = label;
    return button;
  }

  qd.editMessage = function (id, text, enterSends) {
    var node = messageNode(id);
    if (!node) {
      return false;
    }
    var body = node.querySelector(".msg-body");
    if (node.classList.contains("editing")) {
      body.querySelector("textarea").focus();
      return true;
    }
    editSaved[id] = body.innerHTML;
    node.classList.add("editing");
    body.innerHTML = "";
    var area = document.createElement("textarea");
    area.className = "msg-edit-area";
    area.setAttribute("aria-label", TEXT.editLabel);
    area.setAttribute("dir", "auto");
    area.value = text;
    var bar = document.createElement("div");
    bar.className = "msg-edit-bar";
    var hint = document.createElement("span");
    hint.className = "msg-edit-hint";
    hint.textContent = enterSends
      ? TEXT.enterHint
      : TEXT.ctrlEnterHint;
    var cancel = editButton(TEXT.cancel, "cancel", false);
    var save = editButton(TEXT.save, "save", true);
    bar.appendChild(hint);
    bar.appendChild(cancel);
    bar.appendChild(save);
    body.appendChild(area);
    body.appendChild(bar);

    function finish(keep) {
      var edited = area.value;
      endEdit(id);
      if (keep) {
        send("edit-save", id, edited);
      }
    }
    function sync() {
      save.disabled = !area.value.trim();
      fitEditor(area);
    }
    area.addEventListener("input", sync);
    area.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        finish(false);
      } else if (event.key === "Enter" && !event.isComposing &&
                 (event.ctrlKey || (enterSends && !event.shiftKey))) {
        event.preventDefault();
        if (area.value.trim()) {
          finish(true);
        }
      }
    });
    cancel.addEventListener("click", function () { finish(false); });
    save.addEventListener("click", function () { finish(true); });
    sync();
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    node.scrollIntoView({ block: "nearest" });
    return true;
  };

  qd.cancelEdit = function (id) {
    endEdit(id);
  };

  /* ------------------------------------------------------------ search hits
   * qd.revealMatch(id, terms) marks every occurrence of the terms (case-insensitive) in a
   * message, opens a thinking block that holds one, and scrolls the first into the middle
   * of the view. The marks stay until the next search hit or the next conversation. */
  var SEARCH_MARK = "qd-search-hit";
  var SKIPPED = "button, .msg-actions, .msg-header, .msg-footer, .code-header, script, style";

  function clearSearchMarks() {
    var marks = document.querySelectorAll("mark." + SEARCH_MARK);
    for (var i = 0; i < marks.length; i++) {
      var parent = marks[i].parentNode;
      parent.replaceChild(document.createTextNode(marks[i].textContent), marks[i]);
      parent.normalize();
    }
    var targets = document.querySelectorAll(".qd-search-target");
    for (var j = 0; j < targets.length; j++) {
      targets[j].classList.remove("qd-search-target");
    }
  }

  function textNodes(root) {
    var found = [];
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        return parent && !parent.closest(SKIPPED) && node.data.trim()
          ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      }
    });
    while (walker.nextNode()) {
      found.push(walker.currentNode);
    }
    return found;
  }

  /* The earliest occurrence of any term in text: [index, length], or null. */
  function earliest(text, terms) {
    var lower = text.toLowerCase();
    var best = null;
    for (var i = 0; i < terms.length; i++) {
      var at = lower.indexOf(terms[i]);
      if (at >= 0 && (best === null || at < best[0])) {
        best = [at, terms[i].length];
      }
    }
    return best;
  }

  function markTerms(root, terms) {
    var marks = [];
    var nodes = textNodes(root);
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var hit = earliest(node.data, terms);
      while (hit) {
        var match = node.splitText(hit[0]);
        node = match.splitText(hit[1]);
        var mark = document.createElement("mark");
        mark.className = SEARCH_MARK;
        match.parentNode.replaceChild(mark, match);
        mark.appendChild(match);
        marks.push(mark);
        hit = earliest(node.data, terms);
      }
    }
    return marks;
  }

  qd.revealMatch = function (id, terms) {
    clearSearchMarks();
    var node = messageNode(id);
    if (!node) {
      return 0;
    }
    var wanted = [];
    for (var i = 0; i < terms.length; i++) {
      var term = String(terms[i]).toLowerCase();
      if (term.trim() && wanted.indexOf(term) < 0) {
        wanted.push(term);
      }
    }
    wanted.sort(function (a, b) { return b.length - a.length; });
    var marks = wanted.length ? markTerms(node.querySelector(".msg-body") || node, wanted) : [];
    var target = marks.length ? marks[0] : node;
    var details = target.closest("details");
    if (details && !details.open) {
      details.open = true;
      details.setAttribute("data-user-toggled", "");
    }
    node.classList.add("qd-search-target");
    target.scrollIntoView({ block: marks.length ? "center" : "start" });
    follow = nearBottom();
    jump.hidden = follow;
    return marks.length;
  };

  if (typeof qt !== "undefined" && qt.webChannelTransport && typeof QWebChannel === "function") {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
      if (bridge && typeof window.qdCopy !== "function") {
        window.qdCopy = function (text) { bridge.action("copy-text", "", text); };
      }
    });
  }
})();
