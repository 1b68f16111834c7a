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
      label.textContent = "Copied";
    }
    window.setTimeout(function () {
      button.classList.remove("copied");
      if (label) {
        label.textContent = "Copy";
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

    hasBridge: function () {
      return bridge !== null;
    }
  };
  window.qd = qd;

  if (typeof qt !== "undefined" && qt.webChannelTransport && typeof QWebChannel === "function") {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
      if (bridge && typeof window.qdCopy !== "function") {
        window.qdCopy = function (text) { bridge.action("copy-text", "", text); };
      }
    });
  }
})();
